#include "game/ui/pictograms.h"

#include "game/ui/pictogram_svgs.h"

namespace game {

namespace {
void drawPictogram(engine::Renderer& r, std::string_view name, engine::Vec2 c, float size, engine::Color colour) {
  r.drawVectorImage(name, pictogramSvg(name), {c.x - size / 2, c.y - size / 2, size, size}, colour);
}
}  // namespace

std::string_view pictogramName(content::SpaceKind kind) {
  switch (kind) {
    case content::SpaceKind::Start: return "start";
    case content::SpaceKind::Finish: return "finish";
    case content::SpaceKind::Resource: return "resource";
    case content::SpaceKind::Right: return "right";
    case content::SpaceKind::Scenario: return "scenario";
    case content::SpaceKind::Event: return "event";
    case content::SpaceKind::Rest: return "rest";
    case content::SpaceKind::Discussion: return "discussion";
  }
  return "rest";
}

std::string_view pictogramName(content::CardKind kind) {
  switch (kind) {
    case content::CardKind::Resource: return "resource";
    case content::CardKind::Right: return "right";
    case content::CardKind::Scenario: return "scenario";
    case content::CardKind::Event: return "event";
    case content::CardKind::Discussion: return "discussion";
  }
  return "resource";
}

void drawSpacePictogram(engine::Renderer& r, content::SpaceKind kind, engine::Vec2 c, float size, engine::Color colour) {
  drawPictogram(r, pictogramName(kind), c, size, colour);
}

void drawCardPictogram(engine::Renderer& r, content::CardKind kind, engine::Vec2 c, float size, engine::Color colour) {
  drawPictogram(r, pictogramName(kind), c, size, colour);
}

}  // namespace game
