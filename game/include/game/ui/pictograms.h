// A pictogram per kind of board space and card: a house (who can help), a
// check mark (true or false), a question mark (a situation), a star
// (neighbourhood life), a speech bubble (let's talk), a flag (start), a
// checkered flag (finish) and a steaming cup (rest). They are our own SVGs
// under assets/pictograms, embedded in the binary and rasterised by SDL_image
// at the size drawn, so they stay crisp. Players who read with difficulty know
// a space or a card by its picture as well as its name.
#pragma once
#include <string_view>

#include "engine/renderer.h"
#include "game/content/model.h"

namespace game {

// The pictogram's name under assets/pictograms ("resource", "rest"...).
std::string_view pictogramName(content::SpaceKind kind);
std::string_view pictogramName(content::CardKind kind);

// Draws the pictogram of `kind` centred on `center`, `size` canvas units tall, in `colour`.
void drawSpacePictogram(engine::Renderer& r, content::SpaceKind kind, engine::Vec2 center, float size, engine::Color colour);
void drawCardPictogram(engine::Renderer& r, content::CardKind kind, engine::Vec2 center, float size, engine::Color colour);

}  // namespace game
