// The neighbourhood around « Mon quartier »'s streets: little houses and
// trees where no street runs, soft enough that nothing competes with the spaces.
#pragma once
#include <vector>

#include "engine/renderer.h"
#include "game/ui/theme.h"

namespace game {

// One small scene in each cell (houses and a tree, varied from cell to cell).
void drawStreetScene(engine::Renderer& r, const Theme& theme, const std::vector<engine::Rect>& cells);

}  // namespace game
