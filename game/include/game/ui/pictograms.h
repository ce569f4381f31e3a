// A pictogram per kind of board space, drawn from a few shapes so it stays crisp
// at any size: a house (who can help), a check mark (true or false), a question
// mark (a situation), a star (neighbourhood life), a speech bubble (let's talk),
// a flag (start, finish) and two bars (rest). Players who read with difficulty
// know a space by its picture as well as its name.
#pragma once
#include "engine/renderer.h"
#include "game/content/model.h"

namespace game {

// Draws the pictogram of `kind` centred on `center`, `size` canvas units tall, in `colour`.
void drawSpacePictogram(engine::Renderer& r, content::SpaceKind kind, engine::Vec2 center, float size, engine::Color colour);

}  // namespace game
