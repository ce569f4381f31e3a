#include "game/rules/bot.h"

#include <algorithm>
#include <cstdio>

#include "game/content/stats.h"
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
      const int count = choiceCount(pack, s);
      // Right seven times in ten when there is a right answer; otherwise any choice.
      if (s.table->correct >= 0 && randomBelow(botRng, 10) < 7) c.choice = s.table->correct;
      else c.choice = static_cast<int>(randomBelow(botRng, static_cast<std::uint32_t>(std::max(1, count))));
      break;
    }
  }
  return c;
}

namespace {
double median(std::vector<int> v) {
  if (v.empty()) return 0;
  std::sort(v.begin(), v.end());
  const std::size_t n = v.size();
  return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2.0;
}

std::string percent(int part, int whole) {
  char out[32];
  std::snprintf(out, sizeof out, "%.1f", whole ? 100.0 * part / whole : 0.0);
  return out;
}
}  // namespace

namespace {
// Services on the list that serve at most three territories and can be phoned or
// visited, the office apart: what a player can act on the next morning.
int reachableNearby(const TakeHome& home, const std::string& officeId) {
  int n = 0;
  auto consider = [&](const content::Resource* r) {
    if (r->id == officeId || r->allTerritories || r->territories.size() > content::PackStats::kNearbyTerritories) return;
    if (!r->contact.phone.empty() || !r->contact.tollFree.empty() || !r->contact.address.empty()) ++n;
  };
  for (const auto* r : home.essentials) consider(r);
  for (const auto* r : home.met) consider(r);
  return n;
}
}  // namespace

std::vector<std::string> autoplay(const content::Pack& pack, const AutoplayOptions& options) {
  std::vector<std::string> lines;
  std::vector<int> ownMrc;  // per player and game: local resources of their MRC met in play
  int playerGames = 0, zero = 0, office = 0, essentialsFirst = 0;
  int threeNearby = 0;  // players whose take-home list has 3 nearby services they can phone or visit
  int crisisLines = 0;  // players whose list has a province-wide toll-free line (the bundled pack: its crisis lines)
  for (int g = 0; g < options.games; ++g) {
    const std::uint64_t seed = options.seed + static_cast<std::uint64_t>(g);
    std::string territory = options.territory;
    if (territory.empty() && !pack.territories.empty())
      territory = pack.territories[static_cast<std::size_t>(g) % pack.territories.size()].id;
    GameConfig config = defaultConfig(options.players, options.solo, options.cooperative, territory, seed);
    config.board = options.board;
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
    // What each player learnt of their own MRC.
    std::string ownList, officeList, nearbyList;
    for (int p = 0; p < static_cast<int>(s.players.size()); ++p) {
      const auto local = localResourcesMet(pack, s, p);
      const content::Territory* t = pack.territory(playerTerritory(s, p));
      const auto& met = s.players[static_cast<std::size_t>(p)].met;
      const bool metOffice = t && !t->office.empty() && std::find(met.begin(), met.end(), t->office) != met.end();
      const TakeHome home = takeHome(pack, s, p);
      const bool essentials = t && !home.essentials.empty() &&
                              (t->office.empty() ? home.officeNote != nullptr : home.essentials.front()->id == t->office);
      ownMrc.push_back(static_cast<int>(local.size()));
      ++playerGames;
      zero += local.empty();
      office += metOffice;
      essentialsFirst += essentials;
      const int nearby = reachableNearby(home, t ? t->office : std::string());
      threeNearby += nearby >= 3;
      crisisLines += std::any_of(home.essentials.begin(), home.essentials.end(), [](const content::Resource* resource) {
        return resource->allTerritories && !resource->contact.tollFree.empty();
      });
      nearbyList += (p ? "," : "") + std::to_string(nearby);
      ownList += (p ? "," : "") + std::to_string(local.size());
      officeList += (p ? "," : "") + std::string(metOffice ? "1" : "0");
    }
    line += " mrc=" + territory + " own_mrc=" + ownList + " own_office=" + officeList + " take_home_nearby=" + nearbyList;
    lines.push_back(line);
  }
  char med[32];
  std::snprintf(med, sizeof med, "%g", median(ownMrc));
  lines.push_back("summary games=" + std::to_string(options.games) + " own_mrc_median=" + med +
                  " own_mrc_zero_pct=" + percent(zero, playerGames) + " own_office_pct=" + percent(office, playerGames) +
                  " essentials_pct=" + percent(essentialsFirst, playerGames) +
                  " take_home_3_nearby_pct=" + percent(threeNearby, playerGames) +
                  " take_home_crisis_line_pct=" + percent(crisisLines, playerGames));
  return lines;
}

}  // namespace game::rules
