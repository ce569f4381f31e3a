// Player tokens: a colour and a shape each, so colour is never the only cue.
#pragma once
#include "engine/renderer.h"
#include "game/rules/game_state.h"

namespace game {

engine::Color tokenColor(int index);
// A shape filled with `fill`, outlined in white for contrast on any space.
void drawToken(engine::Renderer& r, rules::TokenShape shape, int colour, engine::Vec2 center, float radius);

}  // namespace game
