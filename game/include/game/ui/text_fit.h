// The validator's "will it fit?" rule: every text a player reads is laid out
// with the engine's text layout in the box the game gives it, at the smallest
// text size the game may shrink to, so the game never shows clipped text.
#pragma once
#include <string>
#include <unordered_set>
#include "engine/fonts.h"
#include "game/content/diagnostics.h"
#include "game/content/model.h"

namespace game {

void checkTextFits(const content::Pack& pack, const engine::TextMeasurer& measurer, content::Report& report);

// Texts already known to fit their box (text, box, style): kept across checks
// by the editor, whose next check after a keystroke then lays out one card.
struct TextFitCache {
  std::unordered_set<std::string> fitting;
};
void checkTextFits(const content::Pack& pack, const engine::TextMeasurer& measurer, content::Report& report,
                   TextFitCache& cache);

}  // namespace game
