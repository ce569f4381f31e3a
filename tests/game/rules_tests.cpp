#include <doctest/doctest.h>

#include "game/rules/bot.h"
#include "game/rules/rules.h"
#include "game/rules/save.h"
#include "temp_pack.h"

using namespace game::rules;
using game::content::CardKind;
using game::content::Pack;

namespace {
// The starter pack: a loop of six spaces (start, resource, right, scenario, event, rest).
struct Fixture {
  TempPack folder{"rules"};
  Pack pack;
  Fixture() {
    auto r = folder.starter().load();
    REQUIRE_FALSE(r.report.hasErrors());
    pack = std::move(r.pack);
  }
};

Command roll() { return {Command::Kind::Roll, -1}; }
Command answer(int i) { return {Command::Kind::Answer, i}; }
Command next() { return {Command::Kind::Continue, -1}; }

// A state with the given card on the table, waiting for an answer.
GameState withCard(const Pack& pack, GameState s, CardKind kind, int space) {
  s.phase = Phase::Answering;
  TableCard t;
  t.card = {kind, 0};
  t.space = space;
  if (kind == CardKind::Right) t.correct = pack.rights[0].answer ? 0 : 1;
  if (kind == CardKind::Resource) {
    t.options = {0};  // the starter pack has one resource: it is the only name offered
    t.correct = 0;
  }
  s.table = t;
  return s;
}
}  // namespace

TEST_CASE("a roll moves the token by the die, wrapping around a loop board") {
  Fixture f;
  GameState s = newGame(f.pack, defaultConfig(2, false, false, "levis", 11));
  int size = static_cast<int>(f.pack.board()->spaces.size());
  for (int i = 0; i < 40; ++i) {
    int before = s.players[static_cast<std::size_t>(s.current)].position;
    int who = s.current;
    s = apply(f.pack, s, roll());
    CHECK(s.lastRoll >= 1);
    CHECK(s.lastRoll <= 6);
    CHECK(s.players[static_cast<std::size_t>(who)].position == (before + s.lastRoll) % size);
    while (s.phase == Phase::Answering) s = apply(f.pack, s, answer(0));
    if (s.phase == Phase::Revealing) s = apply(f.pack, s, next());
    if (s.phase == Phase::Over) break;
  }
}

TEST_CASE("the same seed and commands give the same game; another seed another one") {
  Fixture f;
  auto a = autoplay(f.pack, {5, 99, 3, false, false, "levis"});
  auto b = autoplay(f.pack, {5, 99, 3, false, false, "levis"});
  auto c = autoplay(f.pack, {5, 100, 3, false, false, "levis"});
  CHECK(a == b);
  CHECK(a != c);
}

TEST_CASE("a right answered correctly earns 2 points, a wrong answer none, and the reveal follows") {
  Fixture f;
  GameState s = newGame(f.pack, defaultConfig(1, true, false, "levis", 1));
  const int correct = f.pack.rights[0].answer ? 0 : 1;
  GameState good = apply(f.pack, withCard(f.pack, s, CardKind::Right, 2), answer(correct));
  CHECK(good.phase == Phase::Revealing);
  CHECK(good.reveal->correct);
  CHECK(good.players[0].score == 2);
  GameState bad = apply(f.pack, withCard(f.pack, s, CardKind::Right, 2), answer(1 - correct));
  CHECK_FALSE(bad.reveal->correct);
  CHECK(bad.players[0].score == 0);
}

TEST_CASE("a scenario choice gives its own points and meets its resources") {
  Fixture f;
  GameState s = newGame(f.pack, defaultConfig(1, true, false, "levis", 1));
  GameState first = apply(f.pack, withCard(f.pack, s, CardKind::Scenario, 3), answer(0));
  CHECK(first.players[0].score == f.pack.scenarios[0].choices[0].outcome.points);
  CHECK(first.resourcesMet == std::vector<std::string>{"ligne-211"});
  GameState second = apply(f.pack, withCard(f.pack, s, CardKind::Scenario, 3), answer(1));
  CHECK(second.players[0].score == f.pack.scenarios[0].choices[1].outcome.points);
}

TEST_CASE("a scenario names and meets only the helpers that serve the players' MRC") {
  Fixture f;
  game::content::Resource levisFood;
  levisFood.id = "comptoir-levis";
  levisFood.territories = {"levis"};
  game::content::Resource montmagnyFood;
  montmagnyFood.id = "entraide-montmagny";
  montmagnyFood.territories = {"montmagny"};
  f.pack.resources.push_back(levisFood);
  f.pack.resources.push_back(montmagnyFood);
  f.pack.scenarios[0].resources = {"ligne-211", "comptoir-levis", "entraide-montmagny"};

  auto ids = [](const std::vector<const game::content::Resource*>& list) {
    std::vector<std::string> out;
    for (const auto* r : list) out.push_back(r->id);
    return out;
  };
  const auto& sc = f.pack.scenarios[0];
  CHECK(ids(scenarioHelpers(f.pack, sc, "levis")) == std::vector<std::string>{"ligne-211", "comptoir-levis"});
  CHECK(ids(scenarioHelpers(f.pack, sc, "montmagny")) == std::vector<std::string>{"ligne-211", "entraide-montmagny"});
  CHECK(ids(scenarioHelpers(f.pack, sc, "")).size() == 3);  // no MRC chosen: everyone

  GameState s = newGame(f.pack, defaultConfig(1, true, false, "montmagny", 1));
  GameState after = apply(f.pack, withCard(f.pack, s, CardKind::Scenario, 3), answer(0));
  CHECK(after.resourcesMet == std::vector<std::string>{"ligne-211", "entraide-montmagny"});
}

TEST_CASE("commands that do not fit the moment change nothing") {
  Fixture f;
  GameState s = newGame(f.pack, defaultConfig(2, false, false, "levis", 5));
  CHECK(apply(f.pack, s, answer(0)) == s);  // no card yet
  CHECK(apply(f.pack, s, next()) == s);
  GameState carded = withCard(f.pack, s, CardKind::Right, 2);
  CHECK(apply(f.pack, carded, answer(7)) == carded);  // only True or False
  CHECK(apply(f.pack, carded, roll()) == carded);
}

TEST_CASE("a deck that runs out is reshuffled and drawn again") {
  Fixture f;
  GameState s = newGame(f.pack, defaultConfig(1, true, false, "levis", 3));
  s.config.rounds = 100;
  std::uint64_t bot = 1;
  for (int i = 0; i < 400 && s.phase != Phase::Over; ++i) s = apply(f.pack, s, botCommand(f.pack, s, bot));
  // One right in the pack: every right space after the first reshuffles it.
  REQUIRE(s.decks.count("right/") == 1);
  CHECK(s.decks.at("right/").reshuffles > 3);
  CHECK(s.cardsSeen > 20);
}

TEST_CASE("competitive: the game ends after the last round; ties share the win") {
  Fixture f;
  GameConfig config = defaultConfig(3, false, false, "levis", 21);
  config.rounds = 2;
  GameState s = newGame(f.pack, config);
  std::uint64_t bot = 9;
  while (s.phase != Phase::Over) s = apply(f.pack, s, botCommand(f.pack, s, bot));
  CHECK(s.turns == 6);  // 3 players x 2 rounds
  Result r = result(f.pack, s);
  CHECK(r.over);
  REQUIRE_FALSE(r.winners.empty());
  for (int w : r.winners) CHECK(s.players[static_cast<std::size_t>(w)].score == r.bestScore);
}

TEST_CASE("the podium ranks the best score first; ties share a place and the next place is skipped") {
  Fixture f;
  GameState s = newGame(f.pack, defaultConfig(5, false, false, "levis", 1));
  const int scores[] = {4, 9, 4, 0, 9};
  for (std::size_t i = 0; i < 5; ++i) s.players[i].score = scores[i];
  const std::vector<Placing> podium = ranking(s);
  REQUIRE(podium.size() == 5);
  // Players 2 and 5 tie for first (in order of play), 1 and 3 tie for third, 4 is fifth.
  const int players[] = {1, 4, 0, 2, 3}, ranks[] = {1, 1, 3, 3, 5};
  for (std::size_t k = 0; k < 5; ++k) {
    CAPTURE(k);
    CHECK(podium[k].player == players[k]);
    CHECK(podium[k].rank == ranks[k]);
    CHECK(podium[k].score == scores[players[k]]);
  }
}

TEST_CASE("cooperative: the team wins by discovering a resource in every territory") {
  Fixture f;
  GameConfig config = defaultConfig(2, false, true, "levis", 4);
  GameState s = newGame(f.pack, config);
  CHECK(cooperativeTarget(f.pack, config) == 1);  // the starter pack has one territory
  GameState found = apply(f.pack, withCard(f.pack, s, CardKind::Resource, 1), answer(0));
  CHECK(found.territoriesDiscovered.count("levis") == 1);
  CHECK(found.resourcesMet == std::vector<std::string>{"ligne-211"});
  found = apply(f.pack, found, next());
  CHECK(found.phase == Phase::Over);
  CHECK(result(f.pack, found).cooperativeWon);
}

TEST_CASE("the facilitator can end the game early, skip a card and undo an answer") {
  Fixture f;
  GameState s = newGame(f.pack, defaultConfig(2, false, false, "levis", 8));
  GameState carded = withCard(f.pack, s, CardKind::Right, 2);
  GameState skipped = apply(f.pack, carded, {Command::Kind::Skip, -1});
  CHECK(skipped.phase == Phase::Rolling);
  CHECK(skipped.current == 1);
  CHECK(skipped.players[0].score == 0);
  GameState ended = apply(f.pack, s, {Command::Kind::EndEarly, -1});
  CHECK(ended.phase == Phase::Over);
  CHECK(ended.endedEarly);

  // Undo: play until an answer, then undo it.
  std::uint64_t bot = 2;
  GameState g = s;
  while (g.phase != Phase::Revealing || g.log.back().kind != Command::Kind::Answer)
    g = apply(f.pack, g, botCommand(f.pack, g, bot));
  GameState undone = undoLastAnswer(f.pack, g);
  CHECK(undone.phase == Phase::Answering);
  CHECK(undone.log.size() == g.log.size() - 1);
  CHECK(undone.table == g.table);
}

TEST_CASE("save then load gives the same state; replaying the log gives the same state") {
  Fixture f;
  GameState s = newGame(f.pack, defaultConfig(4, false, false, "levis", 77));
  std::uint64_t bot = 5;
  for (int i = 0; i < 37; ++i) s = apply(f.pack, s, botCommand(f.pack, s, bot));
  CHECK(replay(f.pack, s.config, s.log) == s);
  auto loaded = deserialize(f.pack, serialize(s, f.pack));
  REQUIRE(loaded.state);
  CHECK(*loaded.state == s);

  TempPack dir("save");
  std::string error;
  REQUIRE(saveGame(dir.file("save.txt"), s, f.pack, error));
  auto fromDisk = loadGame(f.pack, dir.file("save.txt"));
  REQUIRE(fromDisk.state);
  CHECK(*fromDisk.state == s);
}

TEST_CASE("a damaged or foreign save is refused with a reason") {
  Fixture f;
  GameState s = newGame(f.pack, defaultConfig(2, false, false, "levis", 1));
  std::string text = serialize(s, f.pack);
  CHECK(deserialize(f.pack, "garbage").error == "not a Dé-CLIC save file");
  CHECK(deserialize(f.pack, text.substr(0, text.size() - 4)).error == "the save file is incomplete");
  std::string other = text;
  other.replace(other.find("pack test"), 9, "pack autre");
  CHECK(deserialize(f.pack, other).error.find("played with the pack 'autre'") != std::string::npos);
  std::string badMove = text;
  badMove.replace(badMove.find("log"), 3, "log Z9");
  CHECK(deserialize(f.pack, badMove).error.find("unknown move") != std::string::npos);
  CHECK(loadGame(f.pack, "/nonexistent/save.txt").error == "no saved game");
}

TEST_CASE("a save from before the pack's cards changed is refused, not replayed into another game") {
  Fixture f;
  GameState s = newGame(f.pack, defaultConfig(2, false, false, "levis", 3));
  std::uint64_t bot = 9;
  for (int i = 0; i < 12; ++i) s = apply(f.pack, s, botCommand(f.pack, s, bot));
  const std::string text = serialize(s, f.pack);

  // A text correction changes no card: the game resumes.
  Pack reworded = f.pack;
  reworded.resources[0].what.byLanguage["fr"] = "Un autre texte.";
  CHECK(deserialize(reworded, text).state);

  // A new resource changes the decks: the same moves would deal other cards.
  Pack updated = f.pack;
  game::content::Resource added = updated.resources[0];
  added.id = "nouvelle-ressource";
  updated.resources.push_back(added);
  const auto loaded = deserialize(updated, text);
  CHECK_FALSE(loaded.state);
  CHECK(loaded.error.find("the pack's cards have changed since this game was saved") != std::string::npos);
}

TEST_CASE("a thousand autoplayed games all finish, in every mode") {
  Fixture f;
  for (bool cooperative : {false, true}) {
    auto lines = autoplay(f.pack, {1000, 1, 4, false, cooperative, "levis"});
    REQUIRE(lines.size() == 1001);
    CHECK(lines.back().starts_with("summary games=1000 own_mrc_median="));
    for (const auto& line : lines) CHECK(line.find("did not finish") == std::string::npos);
  }
  auto solo = autoplay(f.pack, {300, 1, 1, true, false, "levis"});
  solo.pop_back();  // the summary
  for (const auto& line : solo) CHECK(line.find("solo game, score") != std::string::npos);
}

// ------------------------------------------------------------ teach my MRC
namespace {
// The frozen fixture pack: four MRCs, offices, essentials, themes, two
// discussion cards and two boards (the regional tour and « Mon quartier »).
Pack fixturePack() {
  game::content::LoadOptions options;
  options.today = game::content::Date{2026, 11, 24};
  auto r = game::content::loadPack(std::string(DECLIC_TEST_DATA) + "/fixtures/packs/golden", options);
  REQUIRE_FALSE(r.report.hasErrors());
  return std::move(r.pack);
}

// Plays bot games and calls `seen(state)` after every command.
template <typename F>
void playMany(const Pack& pack, GameConfig config, int games, F&& seen) {
  for (int g = 0; g < games; ++g) {
    config.seed = static_cast<std::uint64_t>(g) + 1;
    GameState s = newGame(pack, config);
    std::uint64_t bot = config.seed * 7;
    for (int step = 0; step < 5000 && s.phase != Phase::Over; ++step) {
      s = apply(pack, s, botCommand(pack, s, bot));
      seen(s);
    }
  }
}
}  // namespace

TEST_CASE("each team draws the local resources of its own MRC, and the wrong names come from elsewhere") {
  const Pack pack = fixturePack();
  GameConfig config = defaultConfig(2, false, false, "levis", 1);
  config.players[1].territory = "les-appalaches";
  int ownDraws = 0;
  playMany(pack, config, 40, [&](const GameState& s) {
    if (s.phase != Phase::Answering || s.table->card.kind != CardKind::Resource) return;
    const auto& space = pack.board()->spaces[static_cast<std::size_t>(s.table->space)];
    const std::string& mine = playerTerritory(s, s.current);
    const auto& drawn = pack.resources[s.table->card.index];
    if (space.playerMrc) {
      ++ownDraws;
      CHECK(drawn.serves(mine));
      CHECK_FALSE(drawn.allTerritories);
    }
    // A player's own MRC is never a wrong answer.
    for (std::size_t i = 0; i < s.table->options.size(); ++i)
      if (static_cast<int>(i) != s.table->correct) CHECK_FALSE(pack.resources[s.table->options[i]].serves(mine));
  });
  CHECK(ownDraws > 20);
  CHECK(playerTerritory(newGame(pack, config), 1) == "les-appalaches");
  CHECK(playerTerritory(newGame(pack, config), 0) == "levis");  // the group's
}

TEST_CASE("a roll that ends on a bike path, a bus line or a setback follows it once") {
  const Pack pack = fixturePack();
  GameConfig config = defaultConfig(1, true, false, "levis", 1);
  config.board = "mon-quartier";
  const auto& spaces = pack.board("mon-quartier")->spaces;
  int jumps = 0, setbacks = 0;
  playMany(pack, config, 60, [&](const GameState& s) {
    if (s.log.empty() || s.log.back().kind != Command::Kind::Roll || s.jumpedFrom < 0) return;
    const auto& jump = *spaces[static_cast<std::size_t>(s.jumpedFrom)].jump;
    CHECK(s.players[0].position == jump.to);
    ++jumps;
    setbacks += jump.by == game::content::JumpKind::Setback;
  });
  CHECK(jumps > 10);
  CHECK(setbacks > 0);
}

TEST_CASE("a discussion card: one « we talked » in a group, points for everyone; alone, the closest answer") {
  const Pack pack = fixturePack();
  GameState group = newGame(pack, defaultConfig(3, false, false, "levis", 1));
  group = withCard(pack, group, CardKind::Discussion, 0);
  CHECK(choiceCount(pack, group) == 1);
  CHECK_FALSE(allowed(pack, group, answer(1)));
  group = apply(pack, group, answer(0));
  for (const auto& p : group.players) CHECK(p.score == pack.discussions[0].outcome.points);

  GameState solo = withCard(pack, newGame(pack, defaultConfig(1, true, false, "levis", 1)), CardKind::Discussion, 0);
  CHECK(choiceCount(pack, solo) == static_cast<int>(pack.discussions[0].answers.size()));
  solo = apply(pack, solo, answer(2));
  CHECK(solo.reveal->points == pack.discussions[0].outcome.points);  // no wrong answer
  CHECK(solo.reveal->correct);
}

TEST_CASE("Mes ressources starts with the MRC's office and the pack's essentials, each once") {
  const Pack pack = fixturePack();
  GameState s = newGame(pack, defaultConfig(1, true, false, "levis", 1));
  s.players[0].met = {"urgence-911", "acef-rive-sud", "omh-levis"};
  const TakeHome home = takeHome(pack, s, 0);
  REQUIRE(home.essentials.size() >= 2);
  CHECK(home.essentials[0]->id == "omh-levis");
  CHECK(home.essentials[1]->id == "urgence-911");
  for (const auto* r : home.met) {
    CHECK(r->id != "omh-levis");  // already among the essentials
    CHECK(r->id != "urgence-911");
  }
  // Without an office, the pack's advice comes instead.
  GameState elsewhere = newGame(pack, defaultConfig(1, true, false, "montmagny", 1));
  const TakeHome far = takeHome(pack, elsewhere, 0);
  REQUIRE(far.officeNote);
  CHECK(far.essentials.front()->id == "urgence-911");
}

TEST_CASE("Mes ressources: the office, then the lines everyone needs, then the MRC's own services") {
  Pack pack = fixturePack();
  for (auto& t : pack.territories)
    if (t.id == "levis") t.essentials = {"acef-rive-sud"};
  pack.info.essentials = {"urgence-911", "prevention-suicide"};
  const GameState s = newGame(pack, defaultConfig(1, true, false, "levis", 1));
  const TakeHome home = takeHome(pack, s, 0);
  std::vector<std::string> order;
  for (const auto* r : home.essentials) order.push_back(r->id);
  CHECK(order == std::vector<std::string>{"omh-levis", "urgence-911", "prevention-suicide", "acef-rive-sud"});
}

TEST_CASE("the bots' summary counts what each player learnt of their own MRC") {
  const Pack pack = fixturePack();
  auto lines = autoplay(pack, {200, 3, 1, true, false, "levis"});
  const std::string& summary = lines.back();
  CHECK(summary.starts_with("summary games=200 own_mrc_median="));
  CHECK(summary.find("essentials_pct=100.0") != std::string::npos);
  CHECK(lines.front().find(" mrc=levis own_mrc=") != std::string::npos);
}

TEST_CASE("no card comes twice in a game while unseen cards of its kind remain") {
  const Pack pack = fixturePack();
  for (std::uint64_t seed = 1; seed <= 40; ++seed) {
    GameConfig config = defaultConfig(1, true, false, "levis", seed);
    GameState s = newGame(pack, config);
    std::uint64_t bot = seed;
    std::set<std::pair<int, std::uint32_t>> seen;
    bool repeated = false;
    for (int step = 0; step < 2000 && s.phase != Phase::Over; ++step) {
      const auto before = s.cardsSeen;
      s = apply(pack, s, botCommand(pack, s, bot));
      if (s.cardsSeen != before && s.table) {
        const auto key = std::make_pair(static_cast<int>(s.table->card.kind), s.table->card.index);
        // A solo game deals about eight cards: far fewer than any kind holds.
        repeated = repeated || !seen.insert(key).second;
      }
    }
    CHECK_FALSE(repeated);
  }
}
