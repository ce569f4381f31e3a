#include "game/rules/bot.h"

#include <algorithm>

#include "game/rules/rules.h"
#include "rng.h"

namespace game::rules {

GameConfig defaultConfig(int players, bool solo, bool cooperative, const std::string& territory, std::uint64_t seed) {
  GameConfig config;
  config.solo = solo;
  config.mode = cooperative ? Mode::Cooperative : Mode::Competitive;
  config.territory = territory;
  config.seed = seed;
  const int count = solo ? 1 : std::clamp(players, 1, kMaxPlayers);
  for (int i = 0; i < count; ++i) {
    PlayerConfig p;
    p.name = solo ? "Vous" : "Équipe " + std::to_string(i + 1);
    p.colour = i;
    p.shape = static_cast<TokenShape>(i);
    config.players.push_back(p);
  }
  return config;
}

Command botCommand(const content::Pack& pack, const GameState& s, std::uint64_t& botRng) {
  Command c;
  switch (s.phase) {
    case Phase::Rolling: c.kind = Command::Kind::Roll; break;
    case Phase::Revealing: c.kind = Command::Kind::Continue; break;
    case Phase::Over: c.kind = Command::Kind::EndEarly; break;
    case Phase::Answering: {
      c.kind = Command::Kind::Answer;
      int count = answerCount(s);
      if (s.table->card.kind == content::CardKind::Scenario)
        count = static_cast<int>(pack.scenarios[s.table->card.index].choices.size());
      // Right seven times in ten when there is a right answer; otherwise any choice.
      if (s.table->correct >= 0 && randomBelow(botRng, 10) < 7) c.choice = s.table->correct;
      else c.choice = static_cast<int>(randomBelow(botRng, static_cast<std::uint32_t>(std::max(1, count))));
      break;
    }
  }
  return c;
}

std::vector<std::string> autoplay(const content::Pack& pack, const AutoplayOptions& options) {
  std::vector<std::string> lines;
  for (int g = 0; g < options.games; ++g) {
    const std::uint64_t seed = options.seed + static_cast<std::uint64_t>(g);
    GameConfig config = defaultConfig(options.players, options.solo, options.cooperative, options.territory, seed);
    GameState s = newGame(pack, config);
    std::uint64_t botRng = seed ^ 0x5DEECE66Dull;
    // A hard cap so that a rules bug shows as a line, not a hang.
    for (int step = 0; step < 100000 && s.phase != Phase::Over; ++step) s = apply(pack, std::move(s), botCommand(pack, s, botRng));
    Result r = result(pack, s);
    std::string line = "game " + std::to_string(g + 1) + " seed " + std::to_string(seed) + ": ";
    if (s.phase != Phase::Over) {
      line += "did not finish";
    } else if (config.mode == Mode::Cooperative) {
      line += std::string(r.cooperativeWon ? "cooperative win" : "cooperative loss") + ", " +
              std::to_string(s.territoriesDiscovered.size()) + "/" + std::to_string(cooperativeTarget(pack, config)) +
              " territories, team score " + std::to_string(s.teamScore);
    } else if (config.solo) {
      line += "solo game, score " + std::to_string(r.bestScore);
    } else {
      line += "winner ";
      for (std::size_t i = 0; i < r.winners.size(); ++i)
        line += (i ? " and " : "") + config.players[static_cast<std::size_t>(r.winners[i])].name;
      line += ", score " + std::to_string(r.bestScore);
    }
    line += ", turns " + std::to_string(s.turns) + ", cards seen " + std::to_string(s.cardsSeen);
    lines.push_back(line);
  }
  return lines;
}

}  // namespace game::rules
