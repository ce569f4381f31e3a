// Saving a game: its configuration and command log, as a small text file
// written atomically after every turn. Loading replays the log, so a saved
// game comes back exactly as it was. A damaged file is refused with a reason.
#pragma once
#include <optional>
#include <string>

#include "game/content/model.h"
#include "game/rules/game_state.h"

namespace game::rules {

// The save names the pack and fingerprints its cards: after a pack update the
// same moves would deal other cards, so such a save is refused, with a reason.
std::string serialize(const GameState& state, const content::Pack& pack);

struct LoadedGame {
  std::optional<GameState> state;
  std::string error;  // why the save could not be used
};
LoadedGame deserialize(const content::Pack& pack, const std::string& text);

bool saveGame(const std::string& path, const GameState& state, const content::Pack& pack, std::string& error);
LoadedGame loadGame(const content::Pack& pack, const std::string& path);

}  // namespace game::rules
