// The end of a group game on a podium: the best place in the middle on the
// tallest step, the next to its left, the one after to its right; tied players
// stand together on one step. Everyone else is named on a line below.
#pragma once
#include <string>
#include <vector>

#include "engine/renderer.h"
#include "game/rules/game_state.h"
#include "game/ui/settings.h"
#include "game/ui/theme.h"

namespace game {

struct PodiumPlayer {
  int rank = 1;  // tied players share a rank (rules::ranking)
  std::string name;
  std::string points;  // « 6 points »
  rules::TokenShape shape{};
  int colour = 0;
};

// The height the podium of `players` needs, the line below it included.
float podiumHeight(const std::vector<PodiumPlayer>& players, const Settings& settings);
// Draws the podium of `players` (best first) in `area`; `thenLabel` introduces
// the players below the third place (« Ensuite : {} »).
void drawPodium(engine::Renderer& r, const Theme& theme, const Settings& settings, const std::vector<PodiumPlayer>& players,
                engine::Rect area, const std::string& thenLabel);

}  // namespace game
