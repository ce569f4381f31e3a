// Player tokens: a colour and a shape each, so colour is never the only cue.
#pragma once
#include "engine/renderer.h"
#include "game/rules/game_state.h"
#include "game/ui/theme.h"

namespace game {

// A token of the theme's colour `colour`, outlined in white for contrast on any space.
void drawToken(engine::Renderer& r, const Theme& theme, rules::TokenShape shape, int colour, engine::Vec2 center,
               float radius);

}  // namespace game
