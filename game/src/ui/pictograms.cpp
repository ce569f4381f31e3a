#include "game/ui/pictograms.h"

#include "game/ui/pictogram_svgs.h"

namespace game {

namespace {
void drawPictogram(engine::Renderer& r, std::string_view name, engine::Vec2 c, float size, engine::Color colour) {
  r.drawVectorImage(name, pictogramSvg(name), {c.x - size / 2, c.y - size / 2, size, size}, colour);
}
}  // namespace

// Each picture is named as the pack names its kind (assets/pictograms/rest.svg for 'type: rest').
std::string_view pictogramName(content::SpaceKind kind) { return content::spaceKindName(kind); }
std::string_view pictogramName(content::CardKind kind) { return content::cardKindName(kind); }

void drawSpacePictogram(engine::Renderer& r, content::SpaceKind kind, engine::Vec2 c, float size, engine::Color colour) {
  drawPictogram(r, pictogramName(kind), c, size, colour);
}

void drawCardPictogram(engine::Renderer& r, content::CardKind kind, engine::Vec2 c, float size, engine::Color colour) {
  drawPictogram(r, pictogramName(kind), c, size, colour);
}

}  // namespace game
