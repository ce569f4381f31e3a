#include "game/rules/rules.h"

#include <algorithm>
#include <stdexcept>

#include "rng.h"

namespace game::rules {

using content::CardKind;
using content::Pack;
using content::SpaceKind;

namespace {

const content::Board& boardOf(const Pack& pack, const GameConfig& config) {
  const content::Board* board = pack.board(config.board);
  if (!board || board->spaces.empty())
    throw std::invalid_argument(config.board.empty() ? "the pack has no board" : "the pack has no board '" + config.board + "'");
  return *board;
}

bool isPath(const Pack& pack, const GameConfig& config) {
  return boardOf(pack, config).layout == content::BoardLayout::Path;
}

int startSpace(const Pack& pack, const GameConfig& config) {
  const auto& spaces = boardOf(pack, config).spaces;
  for (std::size_t i = 0; i < spaces.size(); ++i)
    if (spaces[i].kind == SpaceKind::Start) return static_cast<int>(i);
  return 0;
}

bool scenarioServes(const content::Scenario& s, const std::string& territory) {
  return territory.empty() || s.allTerritories ||
         std::find(s.territories.begin(), s.territories.end(), territory) != s.territories.end();
}

// The cards a deck holds: all of its kind, or those serving its territory
// (only the local ones, not region-wide, when `localOnly`).
std::vector<std::uint32_t> deckCards(const Pack& pack, CardKind kind, const std::string& territory, bool localOnly) {
  std::vector<std::uint32_t> out;
  auto add = [&](std::size_t count, auto&& keep) {
    for (std::size_t i = 0; i < count; ++i)
      if (keep(i)) out.push_back(static_cast<std::uint32_t>(i));
  };
  switch (kind) {
    case CardKind::Resource:
      add(pack.resources.size(), [&](std::size_t i) {
        const content::Resource& r = pack.resources[i];
        return (territory.empty() || r.serves(territory)) && !(localOnly && r.allTerritories);
      });
      break;
    case CardKind::Right: add(pack.rights.size(), [](std::size_t) { return true; }); break;
    case CardKind::Scenario:
      add(pack.scenarios.size(), [&](std::size_t i) { return scenarioServes(pack.scenarios[i], territory); });
      break;
    case CardKind::Event: add(pack.events.size(), [](std::size_t) { return true; }); break;
    case CardKind::Discussion: add(pack.discussions.size(), [](std::size_t) { return true; }); break;
  }
  return out;
}

void shuffle(std::vector<std::uint32_t>& v, std::uint64_t& rng) {
  for (std::size_t i = v.size(); i > 1; --i) std::swap(v[i - 1], v[randomBelow(rng, static_cast<std::uint32_t>(i))]);
}

// Draws the next card of a deck, reshuffling it when it runs out.
std::optional<std::uint32_t> draw(const Pack& pack, GameState& s, CardKind kind, const std::string& territory,
                                  bool localOnly = false) {
  const std::string key = std::string(content::cardKindName(kind)) + (localOnly ? "/local/" : "/") + territory;
  DeckState& deck = s.decks[key];
  if (deck.next >= deck.order.size()) {
    if (!deck.order.empty()) ++deck.reshuffles;
    deck.order = deckCards(pack, kind, territory, localOnly);
    shuffle(deck.order, s.rng);
    deck.next = 0;
  }
  if (deck.order.empty()) return std::nullopt;
  // The same card sits in several decks (its MRC's, the local one, all of them):
  // skip what was already dealt while this deck still holds unseen cards.
  const int k = static_cast<int>(kind);
  for (std::size_t i = deck.next; i < deck.order.size(); ++i) {
    if (s.dealt.count({k, deck.order[i]})) continue;
    std::swap(deck.order[i], deck.order[deck.next]);
    s.dealt.insert({k, deck.order[deck.next]});
    return deck.order[deck.next++];
  }
  return deck.order[deck.next++];
}

// The group meets a resource, and so does the player or team whose turn it is.
void meet(GameState& s, const std::string& resourceId) {
  auto add = [&](std::vector<std::string>& list) {
    if (std::find(list.begin(), list.end(), resourceId) == list.end()) list.push_back(resourceId);
  };
  add(s.resourcesMet);
  add(s.players[static_cast<std::size_t>(s.current)].met);
}

void addPoints(GameState& s, int player, int points) {
  s.players[static_cast<std::size_t>(player)].score = std::max(0, s.players[static_cast<std::size_t>(player)].score + points);
  if (s.config.mode == Mode::Cooperative) s.teamScore = std::max(0, s.teamScore + points);
}

void moveBy(const Pack& pack, GameState& s, int player, int steps) {
  const int count = static_cast<int>(boardOf(pack, s.config).spaces.size());
  PlayerState& p = s.players[static_cast<std::size_t>(player)];
  if (isPath(pack, s.config)) {
    p.position = std::clamp(p.position + steps, 0, count - 1);
    if (boardOf(pack, s.config).spaces[static_cast<std::size_t>(p.position)].kind == SpaceKind::Finish) p.finished = true;
  } else {
    p.position = ((p.position + steps) % count + count) % count;
  }
}

bool gameShouldEnd(const Pack& pack, const GameState& s) {
  if (s.round > roundsOf(pack, s.config)) return true;
  if (s.config.mode == Mode::Competitive) {
    int goal = boardOf(pack, s.config).settings.goalPoints;
    if (goal > 0)
      for (const auto& p : s.players)
        if (p.score >= goal) return true;
  } else if (static_cast<int>(s.territoriesDiscovered.size()) >= cooperativeTarget(pack, s.config)) {
    return true;
  }
  return std::all_of(s.players.begin(), s.players.end(), [](const PlayerState& p) { return p.finished; });
}

// Ends the turn: next player (skipping those who finished), next round, or the end.
void nextTurn(const Pack& pack, GameState& s) {
  s.table.reset();
  s.reveal.reset();
  ++s.turns;
  if (gameShouldEnd(pack, s)) {
    s.phase = Phase::Over;
    return;
  }
  const int n = static_cast<int>(s.players.size());
  for (int step = 0; step < n; ++step) {
    s.current = (s.current + 1) % n;
    if (s.current == 0) ++s.round;
    if (!s.players[static_cast<std::size_t>(s.current)].finished) break;
  }
  s.phase = gameShouldEnd(pack, s) ? Phase::Over : Phase::Rolling;
}

// A roll that ends on a shortcut (bike path, bus) or a setback follows it,
// once: the space it leads to is where the player lands.
void takeJump(const Pack& pack, GameState& s) {
  s.jumpedFrom = -1;
  PlayerState& p = s.players[static_cast<std::size_t>(s.current)];
  const auto& spaces = boardOf(pack, s.config).spaces;
  const auto& jump = spaces[static_cast<std::size_t>(p.position)].jump;
  if (!jump || jump->to < 0 || jump->to >= static_cast<int>(spaces.size())) return;
  s.jumpedFrom = p.position;
  p.position = jump->to;
  if (spaces[static_cast<std::size_t>(p.position)].kind == SpaceKind::Finish) p.finished = true;
}

// The player has landed: draw from the space's deck, or end the turn.
void land(const Pack& pack, GameState& s) {
  const PlayerState& p = s.players[static_cast<std::size_t>(s.current)];
  const content::Space& space = boardOf(pack, s.config).spaces[static_cast<std::size_t>(p.position)];
  auto kind = space.deck();
  if (!kind) {
    nextTurn(pack, s);
    return;
  }
  // A resource space without its own territory draws for the current
  // player's MRC; with 'mrc: player', only that MRC's own resources.
  const std::string& mine = playerTerritory(s, s.current);
  std::string territory = space.territory;
  if (territory.empty() && *kind == CardKind::Resource) territory = mine;
  std::optional<std::uint32_t> index;
  if (space.playerMrc && !territory.empty()) index = draw(pack, s, *kind, territory, true);
  if (!index) index = draw(pack, s, *kind, territory);
  if (!index && !territory.empty()) index = draw(pack, s, *kind, "");
  if (!index) {
    nextTurn(pack, s);
    return;
  }
  TableCard table;
  table.card = {*kind, *index};
  table.space = p.position;
  ++s.cardsSeen;
  switch (*kind) {
    case CardKind::Resource: {
      // "Who does this?": the right name among up to three. The others come
      // from elsewhere, so that a player's own MRC is never the wrong answer.
      std::vector<std::uint32_t> elsewhere, others;
      for (std::uint32_t i = 0; i < pack.resources.size(); ++i) {
        if (i == *index) continue;
        (mine.empty() || !pack.resources[i].serves(mine) ? elsewhere : others).push_back(i);
      }
      shuffle(elsewhere, s.rng);
      shuffle(others, s.rng);
      elsewhere.insert(elsewhere.end(), others.begin(), others.end());
      table.options = {*index};
      for (std::size_t i = 0; i < elsewhere.size() && table.options.size() < 3; ++i) table.options.push_back(elsewhere[i]);
      shuffle(table.options, s.rng);
      table.correct = static_cast<int>(std::find(table.options.begin(), table.options.end(), *index) - table.options.begin());
      s.phase = Phase::Answering;
      break;
    }
    case CardKind::Right:
      table.correct = pack.rights[*index].answer ? 0 : 1;  // answers: True, False
      s.phase = Phase::Answering;
      break;
    case CardKind::Scenario:
    case CardKind::Discussion:  // no right answer: people talk, or pick the closest answer
      s.phase = Phase::Answering;
      break;
    case CardKind::Event: {
      const content::Outcome& effect = pack.events[*index].effect;
      RevealState reveal;
      reveal.points = effect.points;
      reveal.moved = effect.move;
      if (effect.everyone) {
        for (int i = 0; i < static_cast<int>(s.players.size()); ++i) {
          if (s.config.mode == Mode::Competitive) addPoints(s, i, effect.points);
        }
        if (s.config.mode == Mode::Cooperative) s.teamScore = std::max(0, s.teamScore + effect.points);
      } else {
        addPoints(s, s.current, effect.points);
      }
      moveBy(pack, s, s.current, effect.move);
      s.reveal = reveal;
      s.phase = Phase::Revealing;
      break;
    }
  }
  s.table = table;
}

void answer(const Pack& pack, GameState& s, int choice) {
  const TableCard& t = *s.table;
  RevealState reveal;
  reveal.chosen = choice;
  switch (t.card.kind) {
    case CardKind::Resource: {
      const content::Resource& r = pack.resources[t.card.index];
      reveal.correct = choice == t.correct;
      reveal.points = reveal.correct ? 2 : 0;
      meet(s, r.id);  // met either way: the reveal shows its contact card
      // A local resource makes every territory it serves known to the group;
      // a region-wide one counts for the territory of the space it was drawn on.
      if (!r.allTerritories) {
        s.territoriesDiscovered.insert(r.territories.begin(), r.territories.end());
      } else {
        const content::Space& space = boardOf(pack, s.config).spaces[static_cast<std::size_t>(t.space)];
        std::string territory = space.territory.empty() ? playerTerritory(s, s.current) : space.territory;
        if (!territory.empty()) s.territoriesDiscovered.insert(territory);
      }
      break;
    }
    case CardKind::Right: {
      const content::Right& r = pack.rights[t.card.index];
      reveal.correct = choice == t.correct;
      reveal.points = reveal.correct ? 2 : 0;
      for (const auto& id : r.resources) meet(s, id);
      break;
    }
    case CardKind::Scenario: {
      const content::Scenario& sc = pack.scenarios[t.card.index];
      const content::Choice& c = sc.choices[static_cast<std::size_t>(choice)];
      reveal.points = c.outcome.points;
      reveal.moved = c.outcome.move;
      reveal.correct = c.outcome.points > 0;
      for (const content::Resource* r : scenarioHelpers(pack, sc, playerTerritory(s, s.current))) meet(s, r->id);
      break;
    }
    case CardKind::Discussion: {
      // Talking earns points: for every team when the pack says so, in a group.
      const content::Outcome& o = pack.discussions[t.card.index].outcome;
      reveal.points = o.points;
      reveal.correct = true;
      if (o.everyone && !s.config.solo && s.config.mode == Mode::Competitive) {
        for (int i = 0; i < static_cast<int>(s.players.size()); ++i)
          if (i != s.current) addPoints(s, i, o.points);
      }
      break;
    }
    case CardKind::Event: break;
  }
  addPoints(s, s.current, reveal.points);
  if (reveal.moved != 0) moveBy(pack, s, s.current, reveal.moved);
  s.reveal = reveal;
  s.phase = Phase::Revealing;
}

}  // namespace

int roundsOf(const Pack& pack, const GameConfig& config) {
  return config.rounds > 0 ? config.rounds : boardOf(pack, config).settings.rounds;
}

int dieSides(const Pack& pack, const GameConfig& config) { return std::max(2, boardOf(pack, config).settings.dieSides); }

const content::Board& board(const Pack& pack, const GameConfig& config) { return boardOf(pack, config); }

int cooperativeTarget(const Pack& pack, const GameConfig& config) {
  int goal = boardOf(pack, config).settings.cooperativeGoal;
  return goal > 0 ? goal : static_cast<int>(std::max<std::size_t>(1, pack.territories.size()));
}

int choiceCount(const Pack& pack, const GameState& s) {
  if (!s.table) return 0;
  switch (s.table->card.kind) {
    case CardKind::Scenario: return static_cast<int>(pack.scenarios[s.table->card.index].choices.size());
    // In a group the facilitator taps « On en a parlé »; alone, the player picks an answer.
    case CardKind::Discussion:
      return s.config.solo ? static_cast<int>(pack.discussions[s.table->card.index].answers.size()) : 1;
    default: return answerCount(s);
  }
}

int answerCount(const GameState& state) {
  if (!state.table) return 0;
  switch (state.table->card.kind) {
    case CardKind::Resource: return static_cast<int>(state.table->options.size());
    case CardKind::Right: return 2;
    case CardKind::Scenario: return -1;  // depends on the scenario: see allowed()
    case CardKind::Discussion: return -1;  // depends on the card and on solo play: see allowed()
    case CardKind::Event: return 0;
  }
  return 0;
}

GameState newGame(const Pack& pack, const GameConfig& config) {
  if (config.players.empty() || static_cast<int>(config.players.size()) > kMaxPlayers)
    throw std::invalid_argument("a game needs 1 to 8 players");
  (void)boardOf(pack, config);
  GameState s;
  s.config = config;
  s.rng = config.seed;
  s.players.assign(config.players.size(), PlayerState{startSpace(pack, config), 0, false, {}});
  return s;
}

bool allowed(const Pack& pack, const GameState& s, const Command& c) {
  switch (c.kind) {
    case Command::Kind::Roll: return s.phase == Phase::Rolling;
    case Command::Kind::Answer: {
      if (s.phase != Phase::Answering || !s.table || c.choice < 0) return false;
      return c.choice < choiceCount(pack, s);
    }
    case Command::Kind::Continue: return s.phase == Phase::Revealing;
    case Command::Kind::Skip: return s.phase == Phase::Answering || s.phase == Phase::Revealing;
    case Command::Kind::EndEarly: return s.phase != Phase::Over;
  }
  return false;
}

GameState apply(const Pack& pack, GameState s, const Command& c) {
  if (!allowed(pack, s, c)) return s;
  s.log.push_back(c);
  switch (c.kind) {
    case Command::Kind::Roll: {
      s.lastRoll = 1 + static_cast<int>(randomBelow(s.rng, static_cast<std::uint32_t>(dieSides(pack, s.config))));
      s.lastMoveFrom = s.players[static_cast<std::size_t>(s.current)].position;
      moveBy(pack, s, s.current, s.lastRoll);
      takeJump(pack, s);
      land(pack, s);
      break;
    }
    case Command::Kind::Answer: answer(pack, s, c.choice); break;
    case Command::Kind::Continue:
    case Command::Kind::Skip: nextTurn(pack, s); break;
    case Command::Kind::EndEarly:
      s.endedEarly = true;
      s.table.reset();
      s.reveal.reset();
      s.phase = Phase::Over;
      break;
  }
  return s;
}

GameState replay(const Pack& pack, const GameConfig& config, const std::vector<Command>& log) {
  GameState s = newGame(pack, config);
  for (const auto& c : log) s = apply(pack, std::move(s), c);
  return s;
}

GameState undoLastAnswer(const Pack& pack, const GameState& state) {
  auto last = std::find_if(state.log.rbegin(), state.log.rend(),
                           [](const Command& c) { return c.kind == Command::Kind::Answer; });
  if (last == state.log.rend()) return state;
  std::vector<Command> kept(state.log.begin(), std::prev(last.base()));
  return replay(pack, state.config, kept);
}

Result result(const Pack& pack, const GameState& s) {
  Result r;
  r.over = s.phase == Phase::Over;
  for (const auto& p : s.players) r.bestScore = std::max(r.bestScore, p.score);
  if (s.config.mode == Mode::Competitive) {
    for (int i = 0; i < static_cast<int>(s.players.size()); ++i)
      if (s.players[static_cast<std::size_t>(i)].score == r.bestScore) r.winners.push_back(i);
  } else {
    r.cooperativeWon = static_cast<int>(s.territoriesDiscovered.size()) >= cooperativeTarget(pack, s.config);
  }
  return r;
}

std::vector<Placing> ranking(const GameState& s) {
  std::vector<Placing> out;
  for (int i = 0; i < static_cast<int>(s.players.size()); ++i) out.push_back({i, 1, s.players[static_cast<std::size_t>(i)].score});
  std::stable_sort(out.begin(), out.end(), [](const Placing& a, const Placing& b) { return a.score > b.score; });
  for (std::size_t k = 1; k < out.size(); ++k)
    out[k].rank = out[k].score == out[k - 1].score ? out[k - 1].rank : static_cast<int>(k) + 1;
  return out;
}

namespace {
// The resources named by `ids` that serve `territory` (all of them when it is empty).
std::vector<const content::Resource*> resourcesServing(const Pack& pack, const std::vector<std::string>& ids,
                                                       const std::string& territory) {
  std::vector<const content::Resource*> out;
  for (const auto& id : ids) {
    const content::Resource* r = pack.resource(id);
    if (r && (territory.empty() || r->serves(territory))) out.push_back(r);
  }
  return out;
}
}  // namespace

std::vector<const content::Resource*> scenarioHelpers(const Pack& pack, const content::Scenario& scenario,
                                                      const std::string& territory) {
  return resourcesServing(pack, scenario.resources, territory);
}

std::vector<const content::Resource*> myResources(const Pack& pack, const GameState& s) {
  return resourcesServing(pack, s.resourcesMet, s.config.territory);
}

const std::string& playerTerritory(const GameState& s, int player) {
  if (player >= 0 && static_cast<std::size_t>(player) < s.config.players.size()) {
    const std::string& own = s.config.players[static_cast<std::size_t>(player)].territory;
    if (!own.empty()) return own;
  }
  return s.config.territory;
}

TakeHome takeHome(const Pack& pack, const GameState& s, int player) {
  TakeHome out;
  const std::string& territory = player >= 0 ? playerTerritory(s, player) : s.config.territory;
  // The office first, then the lines every tenant needs (211, 811, 911, a crisis line),
  // then the MRC's own services: food help, the volunteer centre.
  std::vector<std::string> ids;
  const content::Territory* t = pack.territory(territory);
  if (t && !t->office.empty()) ids.push_back(t->office);
  else if (t && !t->officeNote.empty()) out.officeNote = &t->officeNote;
  ids.insert(ids.end(), pack.info.essentials.begin(), pack.info.essentials.end());
  if (t) ids.insert(ids.end(), t->essentials.begin(), t->essentials.end());
  std::vector<std::string> seen;
  auto fresh = [&](const std::string& id) {
    if (std::find(seen.begin(), seen.end(), id) != seen.end()) return false;
    seen.push_back(id);
    return true;
  };
  for (const auto& id : ids)
    if (const content::Resource* r = pack.resource(id); r && fresh(id)) out.essentials.push_back(r);
  const auto& met = player >= 0 ? s.players[static_cast<std::size_t>(player)].met : s.resourcesMet;
  for (const content::Resource* r : resourcesServing(pack, met, territory))
    if (fresh(r->id)) out.met.push_back(r);
  return out;
}

std::vector<std::string> localResourcesMet(const Pack& pack, const GameState& s, int player) {
  std::vector<std::string> out;
  const std::string& territory = playerTerritory(s, player);
  for (const auto& id : s.players[static_cast<std::size_t>(player)].met) {
    const content::Resource* r = pack.resource(id);
    if (r && !r->allTerritories && r->serves(territory)) out.push_back(id);
  }
  return out;
}

}  // namespace game::rules
