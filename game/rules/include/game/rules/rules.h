// The rules: a command goes in, a new state comes out. Pure functions over the
// pack and the state; nothing here draws, waits or reads a clock.
#pragma once
#include <string>
#include <vector>

#include "game/content/model.h"
#include "game/rules/game_state.h"

namespace game::rules {

// A fresh game; `config` is checked (1 to 8 players, a board).
GameState newGame(const content::Pack& pack, const GameConfig& config);

// True when `command` is allowed now (e.g. Answer only while a card waits).
bool allowed(const content::Pack& pack, const GameState& state, const Command& command);
// Applies one command; a command that is not allowed leaves the state as it was.
GameState apply(const content::Pack& pack, GameState state, const Command& command);
// Rebuilds a game from its configuration and log.
GameState replay(const content::Pack& pack, const GameConfig& config, const std::vector<Command>& log);
// The facilitator's undo: back to the card, before its answer was given.
GameState undoLastAnswer(const content::Pack& pack, const GameState& state);

int roundsOf(const content::Pack& pack, const GameConfig& config);
int dieSides(const content::Pack& pack, const GameConfig& config);
// The board a game is played on (throws std::invalid_argument when the pack has none by that id).
const content::Board& board(const content::Pack& pack, const GameConfig& config);
// The number of territories to discover together in cooperative play.
int cooperativeTarget(const content::Pack& pack, const GameConfig& config);

// How many answers the card on the table offers (0 for an event; -1 when it
// depends on the pack: use choiceCount).
int answerCount(const GameState& state);
// How many answers a player can give to the card on the table.
int choiceCount(const content::Pack& pack, const GameState& state);

struct Result {
  bool over = false;
  std::vector<int> winners;     // competitive: best score (ties share the win)
  bool cooperativeWon = false;  // cooperative: every territory discovered in time
  int bestScore = 0;
};
Result result(const content::Pack& pack, const GameState& state);

struct Placing {
  int player = 0;
  int rank = 1;  // 1 for the best score; tied players share a rank (1, 1, 3)
  int score = 0;
};
// Every player from the best score down; ties keep the order of play.
std::vector<Placing> ranking(const GameState& state);

// The resources a scenario points to that serve `territory` (all of them when
// it is empty): a tenant of Montmagny is told of Montmagny's food help, not Lévis's.
std::vector<const content::Resource*> scenarioHelpers(const content::Pack& pack, const content::Scenario& scenario,
                                                      const std::string& territory);

// The MRC of player `player`: their own, else the group's.
const std::string& playerTerritory(const GameState& state, int player);

// "Mes ressources" for a player (or the group when `player` is -1): first the
// essentials the pack gives their MRC (the housing office, then the MRC's and
// the pack's essentials), then the resources met that serve it, each once.
struct TakeHome {
  std::vector<const content::Resource*> essentials;
  std::vector<const content::Resource*> met;
  const content::Text* officeNote = nullptr;  // the pack's advice when the MRC has no office
};
TakeHome takeHome(const content::Pack& pack, const GameState& state, int player = -1);

// Resources met during the game that serve the players' territory (or all of
// it when the game has none).
std::vector<const content::Resource*> myResources(const content::Pack& pack, const GameState& state);

// The local resources (not region-wide) serving `territory` that `player` met.
std::vector<std::string> localResourcesMet(const content::Pack& pack, const GameState& state, int player);

}  // namespace game::rules
