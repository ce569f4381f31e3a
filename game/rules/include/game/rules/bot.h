// Bot players for headless autoplay and soak tests: they roll, answer (right
// most of the time, as a player who is learning) and continue.
#pragma once
#include <cstdint>
#include <string>

#include "game/content/model.h"
#include "game/rules/game_state.h"

namespace game::rules {

Command botCommand(const content::Pack& pack, const GameState& state, std::uint64_t& botRng);

struct AutoplayOptions {
  int games = 1;
  std::uint64_t seed = 1;
  int players = 4;
  bool solo = false;
  bool cooperative = false;
  std::string territory;  // every player's MRC; empty: each game cycles through the pack's
  std::string board;      // the pack board's id; empty: the first
};

// Plays `games` complete games; returns one line per game (winner or outcome,
// score, turns, cards seen, then key=value figures of what each player learnt
// of their own MRC) and a last "summary" line. The same options always give
// the same lines.
std::vector<std::string> autoplay(const content::Pack& pack, const AutoplayOptions& options);

// Default players: "Équipe 1"... (group) or "Vous" (solo), with distinct colours and shapes.
GameConfig defaultConfig(int players, bool solo, bool cooperative, const std::string& territory, std::uint64_t seed);

}  // namespace game::rules
