// The region under the board: a schematic map, one tile per territory where
// the pack places it (a territory's `map: [column, row]`), lit once the players
// have met one of its resources. The current team's own MRC is outlined, so
// everyone sees where home is, and what is left to discover.
#pragma once
#include <set>
#include <string>

#include "engine/renderer.h"
#include "game/content/model.h"
#include "game/ui/settings.h"
#include "game/ui/theme.h"

namespace game {

// True when the pack places at least two territories on the map.
bool hasRegionMap(const content::Pack& pack);

// Draws the map in `area` (its tiles as large as fit, centred), with a one-line caption above.
void drawRegionMap(engine::Renderer& r, const Theme& theme, const Settings& settings, const content::Pack& pack,
                   const std::set<std::string>& discovered, const std::string& home, engine::Rect area);

}  // namespace game
