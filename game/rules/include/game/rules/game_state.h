// The game's state as a plain value: it can be copied, compared, saved (as
// its configuration and command log) and rebuilt by replaying that log. The
// random generator's state lives here, so the same seed and commands always
// give the same game. No SDL, no drawing: screens read this and draw it.
#pragma once
#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "game/content/model.h"

namespace game::rules {

enum class Mode { Competitive, Cooperative };
enum class TokenShape { Circle, Square, Triangle, Diamond, Star, Hexagon, Pentagon, Cross };
inline constexpr int kMaxPlayers = 8;

struct PlayerConfig {
  std::string name;
  int colour = 0;  // index into the palette of token colours
  TokenShape shape = TokenShape::Circle;
  std::string territory;  // this player's or team's MRC; empty: the group's
  bool operator==(const PlayerConfig&) const = default;
};

struct GameConfig {
  std::vector<PlayerConfig> players;  // 1 to 8 players or teams
  Mode mode = Mode::Competitive;
  bool solo = false;
  std::string territory;  // the players' MRC: "Mes ressources" lists what serves it
  std::uint64_t seed = 1;
  int rounds = 0;         // 0: the board's setting
  std::string board;      // the pack board's id; empty: the pack's first board
  bool operator==(const GameConfig&) const = default;
};

struct CardRef {
  content::CardKind kind = content::CardKind::Resource;
  std::uint32_t index = 0;  // into the pack's list of that kind
  bool operator==(const CardRef&) const = default;
};

struct Command {
  enum class Kind { Roll, Answer, Continue, Skip, EndEarly };
  Kind kind = Kind::Roll;
  int choice = -1;  // Answer: the answer's index
  bool operator==(const Command&) const = default;
};

enum class Phase { Rolling, Answering, Revealing, Over };

struct PlayerState {
  int position = 0;
  int score = 0;
  bool finished = false;  // reached the finish of a path board
  std::vector<std::string> met;  // resource ids this player or team met, in order
  bool operator==(const PlayerState&) const = default;
};

struct DeckState {
  std::vector<std::uint32_t> order;  // card indices, shuffled
  std::size_t next = 0;
  int reshuffles = 0;
  bool operator==(const DeckState&) const = default;
};

// The card on the table and, for a resource card, the names to choose from.
struct TableCard {
  CardRef card;
  int space = 0;                      // the board space it was drawn on
  std::vector<std::uint32_t> options; // resource quiz: resource indices; the answer is `correct`
  int correct = -1;                   // index into the answers that is right (-1: no right answer)
  bool operator==(const TableCard&) const = default;
};

struct RevealState {
  int chosen = -1;
  bool correct = false;
  int points = 0;
  int moved = 0;
  bool operator==(const RevealState&) const = default;
};

struct GameState {
  GameConfig config;
  std::uint64_t rng = 0;
  Phase phase = Phase::Rolling;
  int current = 0;  // whose turn
  int round = 1;
  int turns = 0;
  int cardsSeen = 0;
  int lastRoll = 0;
  int lastMoveFrom = 0;
  int jumpedFrom = -1;  // the last roll ended on a shortcut or setback from this space (-1: none)
  std::vector<PlayerState> players;
  int teamScore = 0;
  std::optional<TableCard> table;
  std::optional<RevealState> reveal;
  std::map<std::string, DeckState> decks;       // by deck key, "resource/levis"
  std::set<std::string> territoriesDiscovered;  // cooperative goal
  std::vector<std::string> resourcesMet;        // ids, in the order met
  std::set<std::pair<int, std::uint32_t>> dealt;  // cards on the table so far (kind, index): none comes twice
  std::vector<Command> log;
  bool endedEarly = false;

  bool operator==(const GameState&) const = default;
};

}  // namespace game::rules
