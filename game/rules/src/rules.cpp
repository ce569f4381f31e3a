#include "game/rules/rules.h"

#include <algorithm>
#include <stdexcept>

#include "rng.h"

namespace game::rules {

using content::CardKind;
using content::Pack;
using content::SpaceKind;

namespace {

const content::Board& boardOf(const Pack& pack) {
  if (!pack.board || pack.board->spaces.empty()) throw std::invalid_argument("the pack has no board");
  return *pack.board;
}

bool isPath(const Pack& pack) { return boardOf(pack).layout == content::BoardLayout::Path; }

int startSpace(const Pack& pack) {
  const auto& spaces = boardOf(pack).spaces;
  for (std::size_t i = 0; i < spaces.size(); ++i)
    if (spaces[i].kind == SpaceKind::Start) return static_cast<int>(i);
  return 0;
}

bool scenarioServes(const content::Scenario& s, const std::string& territory) {
  return territory.empty() || s.allTerritories ||
         std::find(s.territories.begin(), s.territories.end(), territory) != s.territories.end();
}

// The cards a deck holds: all of its kind, or those serving its territory.
std::vector<std::uint32_t> deckCards(const Pack& pack, CardKind kind, const std::string& territory) {
  std::vector<std::uint32_t> out;
  auto add = [&](std::size_t count, auto&& keep) {
    for (std::size_t i = 0; i < count; ++i)
      if (keep(i)) out.push_back(static_cast<std::uint32_t>(i));
  };
  switch (kind) {
    case CardKind::Resource:
      add(pack.resources.size(), [&](std::size_t i) { return territory.empty() || pack.resources[i].serves(territory); });
      break;
    case CardKind::Right: add(pack.rights.size(), [](std::size_t) { return true; }); break;
    case CardKind::Scenario:
      add(pack.scenarios.size(), [&](std::size_t i) { return scenarioServes(pack.scenarios[i], territory); });
      break;
    case CardKind::Event: add(pack.events.size(), [](std::size_t) { return true; }); break;
  }
  return out;
}

void shuffle(std::vector<std::uint32_t>& v, std::uint64_t& rng) {
  for (std::size_t i = v.size(); i > 1; --i) std::swap(v[i - 1], v[randomBelow(rng, static_cast<std::uint32_t>(i))]);
}

// Draws the next card of a deck, reshuffling it when it runs out.
std::optional<std::uint32_t> draw(const Pack& pack, GameState& s, CardKind kind, const std::string& territory) {
  const std::string key = std::string(content::cardKindName(kind)) + "/" + territory;
  DeckState& deck = s.decks[key];
  if (deck.next >= deck.order.size()) {
    if (!deck.order.empty()) ++deck.reshuffles;
    deck.order = deckCards(pack, kind, territory);
    shuffle(deck.order, s.rng);
    deck.next = 0;
  }
  if (deck.order.empty()) return std::nullopt;
  return deck.order[deck.next++];
}

void meet(GameState& s, const std::string& resourceId) {
  if (std::find(s.resourcesMet.begin(), s.resourcesMet.end(), resourceId) == s.resourcesMet.end())
    s.resourcesMet.push_back(resourceId);
}

void addPoints(GameState& s, int player, int points) {
  s.players[static_cast<std::size_t>(player)].score = std::max(0, s.players[static_cast<std::size_t>(player)].score + points);
  if (s.config.mode == Mode::Cooperative) s.teamScore = std::max(0, s.teamScore + points);
}

void moveBy(const Pack& pack, GameState& s, int player, int steps) {
  const int count = static_cast<int>(boardOf(pack).spaces.size());
  PlayerState& p = s.players[static_cast<std::size_t>(player)];
  if (isPath(pack)) {
    p.position = std::clamp(p.position + steps, 0, count - 1);
    if (boardOf(pack).spaces[static_cast<std::size_t>(p.position)].kind == SpaceKind::Finish) p.finished = true;
  } else {
    p.position = ((p.position + steps) % count + count) % count;
  }
}

bool gameShouldEnd(const Pack& pack, const GameState& s) {
  if (s.round > roundsOf(pack, s.config)) return true;
  if (s.config.mode == Mode::Competitive) {
    int goal = boardOf(pack).settings.goalPoints;
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

// The player has landed: draw from the space's deck, or end the turn.
void land(const Pack& pack, GameState& s) {
  const PlayerState& p = s.players[static_cast<std::size_t>(s.current)];
  const content::Space& space = boardOf(pack).spaces[static_cast<std::size_t>(p.position)];
  auto kind = space.deck();
  if (!kind) {
    nextTurn(pack, s);
    return;
  }
  // A resource space without its own territory draws for the players' MRC.
  std::string territory = space.territory;
  if (territory.empty() && *kind == CardKind::Resource) territory = s.config.territory;
  auto index = draw(pack, s, *kind, territory);
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
      // "Who does this?": the right name among up to three.
      std::vector<std::uint32_t> others;
      for (std::uint32_t i = 0; i < pack.resources.size(); ++i)
        if (i != *index) others.push_back(i);
      shuffle(others, s.rng);
      table.options = {*index};
      for (std::size_t i = 0; i < others.size() && table.options.size() < 3; ++i) table.options.push_back(others[i]);
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
        const content::Space& space = boardOf(pack).spaces[static_cast<std::size_t>(t.space)];
        std::string territory = space.territory.empty() ? s.config.territory : space.territory;
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
      for (const content::Resource* r : scenarioHelpers(pack, sc, s.config.territory)) meet(s, r->id);
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
  return config.rounds > 0 ? config.rounds : boardOf(pack).settings.rounds;
}

int dieSides(const Pack& pack) { return std::max(2, boardOf(pack).settings.dieSides); }

int cooperativeTarget(const Pack& pack, const GameConfig&) {
  int goal = boardOf(pack).settings.cooperativeGoal;
  return goal > 0 ? goal : static_cast<int>(std::max<std::size_t>(1, pack.territories.size()));
}

int answerCount(const GameState& state) {
  if (!state.table) return 0;
  switch (state.table->card.kind) {
    case CardKind::Resource: return static_cast<int>(state.table->options.size());
    case CardKind::Right: return 2;
    case CardKind::Scenario: return -1;  // depends on the scenario: see allowed()
    case CardKind::Event: return 0;
  }
  return 0;
}

GameState newGame(const Pack& pack, const GameConfig& config) {
  if (config.players.empty() || static_cast<int>(config.players.size()) > kMaxPlayers)
    throw std::invalid_argument("a game needs 1 to 8 players");
  (void)boardOf(pack);
  GameState s;
  s.config = config;
  s.rng = config.seed;
  s.players.assign(config.players.size(), PlayerState{startSpace(pack), 0, false});
  return s;
}

bool allowed(const Pack& pack, const GameState& s, const Command& c) {
  switch (c.kind) {
    case Command::Kind::Roll: return s.phase == Phase::Rolling;
    case Command::Kind::Answer: {
      if (s.phase != Phase::Answering || !s.table || c.choice < 0) return false;
      int count = answerCount(s);
      if (s.table->card.kind == CardKind::Scenario)
        count = static_cast<int>(pack.scenarios[s.table->card.index].choices.size());
      return c.choice < count;
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
      s.lastRoll = 1 + static_cast<int>(randomBelow(s.rng, static_cast<std::uint32_t>(dieSides(pack))));
      s.lastMoveFrom = s.players[static_cast<std::size_t>(s.current)].position;
      moveBy(pack, s, s.current, s.lastRoll);
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

}  // namespace game::rules
