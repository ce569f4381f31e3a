// The bundled Chaudière-Appalaches pack against what its tenants need from it:
// enough cards in the tenants' four categories, an office and nearby services
// they can reach in every MRC (or MISSING.md saying what is still missing),
// crisis lines with a number, sources a player can follow, no acronym left
// unexplained on the card where it appears, and no answer praised and scored low.
#include <doctest/doctest.h>

#include <algorithm>
#include <fstream>
#include <regex>
#include <sstream>

#include "game/content/stats.h"
#include "temp_pack.h"

using namespace game::content;

namespace {
const std::string kPackDir = std::string(DECLIC_SOURCE_DIR) + "/content/chaudiere-appalaches";

const LoadResult& bundled() {
  static const LoadResult result = [] {
    LoadOptions options;
    options.today = kBundledPackDay;
    return loadPack(kPackDir, options);
  }();
  return result;
}

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

std::string lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return s;
}

// What a card says in French: its front (what the player reads before choosing or
// answering) and its back (the feedback, the explanation). Resources show all at once.
struct FrenchCard {
  std::string id, front, back;
};
std::vector<FrenchCard> frenchCards(const Pack& pack) {
  std::vector<FrenchCard> cards;
  auto fr = [](const Text& t) { return t.get("fr") + " "; };
  for (const auto& r : pack.resources) cards.push_back({r.id, fr(r.name) + fr(r.what) + fr(r.who) + fr(r.callScript), ""});
  for (const auto& r : pack.rights) cards.push_back({r.id, fr(r.statement), fr(r.explanation)});
  for (const auto& s : pack.scenarios) {
    FrenchCard card{s.id, fr(s.title) + fr(s.situation), ""};
    for (const auto& c : s.choices) {
      card.front += fr(c.text);
      card.back += fr(c.feedback);
    }
    cards.push_back(card);
  }
  for (const auto& e : pack.events) cards.push_back({e.id, fr(e.title) + fr(e.text), ""});
  for (const auto& d : pack.discussions) {
    FrenchCard card{d.id, fr(d.question), ""};
    for (const auto& a : d.answers) card.front += fr(a);
    cards.push_back(card);
  }
  return cards;
}
}  // namespace

TEST_CASE("the bundled pack has the round's counts, in the tenants' four categories") {
  const auto& r = bundled();
  INFO(allMessages(r));
  REQUIRE(r.report.items().empty());
  const PackStats s = computeStats(r.pack);
  CHECK(s.resources >= 75);
  CHECK(s.rights >= 36);
  CHECK(s.scenarios >= 40);
  CHECK(s.events >= 15);
  CHECK(s.discussions >= 15);
  // Les ressources du milieu; les perceptions et les relations; les comités et le
  // fonctionnement; les activités et projets communautaires.
  REQUIRE(s.byTheme.size() == 4);
  CHECK(s.byTheme.at("comites-fonctionnement") >= 10);
  CHECK(s.byTheme.at("activites-projets") >= 10);
  CHECK(s.byTheme.at("perceptions-relations") >= 10);
}

TEST_CASE("every MRC has its office, and three nearby services to phone or visit or MISSING.md says which it lacks") {
  const auto& r = bundled();
  REQUIRE(r.report.items().empty());
  const PackStats s = computeStats(r.pack);
  const std::string missing = slurp(kPackDir + "/MISSING.md");
  for (const auto& t : r.pack.territories) {
    INFO(t.id);
    // The office where its tenants apply and report repairs, as it exists today.
    REQUIRE_FALSE(t.office.empty());
    CHECK(r.pack.resource(t.office) != nullptr);
    CHECK_FALSE(t.essentials.empty());
    const auto& counts = s.byTerritory.at(t.id);
    if (counts.reachableNearby < 3) {
      // A shortfall is written down, in bold, with what was looked for.
      const std::string row = "| **" + t.name.get("fr") + "** | **" + std::to_string(counts.reachableNearby) + "**";
      CHECK_MESSAGE(missing.find(row) != std::string::npos, "MISSING.md has no row '" << row << "'");
    }
  }
}

TEST_CASE("the crisis lines every player takes home can be phoned") {
  const auto& pack = bundled().pack;
  for (const char* id : {"prevention-suicide", "sos-violence-conjugale", "tel-jeunes", "urgence-911", "ligne-211"}) {
    INFO(id);
    const Resource* line = pack.resource(id);
    REQUIRE(line != nullptr);
    CHECK((!line->contact.phone.empty() || !line->contact.tollFree.empty()));
  }
  CHECK(std::find(pack.info.essentials.begin(), pack.info.essentials.end(), "prevention-suicide") != pack.info.essentials.end());
}

TEST_CASE("a source is something a player can follow: a public address or a document's title") {
  const auto& pack = bundled().pack;
  auto check = [](const std::string& id, const std::string& source) {
    INFO(id << ": " << source);
    CHECK_FALSE(source.empty());
    const std::string s = lower(source);
    for (const char* internal : {"semence", "seed", "shared/", "../", "fact-sheet", "facts/", "/work/"})
      CHECK(s.find(internal) == std::string::npos);
  };
  for (const auto& r : pack.resources) check(r.id, r.provenance.source);
  for (const auto& r : pack.rights) check(r.id, r.provenance.source);
  for (const auto& t : pack.territories) check(t.id, t.provenance.source);
}

TEST_CASE("an acronym on a card is spelled out on that same card, before the answer if it is used there") {
  // The acronyms the seed reports' readers stumbled on, and the words that explain each.
  const std::vector<std::pair<std::string, std::string>> glossary = {
      {"CCR", "comité consultatif des résidants"},
      {"TAL", "tribunal administratif du logement"},
      {"SHQ", "société d’habitation du québec"},
      {"FLHLMQ", "fédération des locataires"},
      {"ACEF", "association coopérative d’économie familiale"},
      {"CISSS", "centre intégré de santé et de services sociaux"},
      {"RCLALQ", "regroupement des comités logement"},
      {"FRAPRU", "front d’action populaire"},
      {"CDPDJ", "commission des droits de la personne"},
      {"CAVAC", "d’aide aux victimes"},
      {"CNESST", "commission des normes"},
      {"FCABQ", "fédération des centres d’action bénévole"},
      {"CDC", "corporation de développement communautaire"},
      {"CLSC", "centre local de services communautaires"},
      {"OMH", "office municipal d’habitation"},
      {"CLIC", "locataires impliqués et concertés"},  // « Citoyens » or « Comité »: both in use
  };
  // A choice or a statement is read before its answer: an acronym there is explained
  // there, so nobody chooses without knowing what it means.
  REQUIRE(bundled().ok());
  const auto cards = frenchCards(bundled().pack);
  REQUIRE(cards.size() > 150);
  for (const auto& card : cards) {
    for (const auto& [acronym, meaning] : glossary) {
      const std::regex word("(^|[^A-Za-z0-9-])" + acronym + "([^A-Za-z0-9-]|$)");
      const bool onFront = std::regex_search(card.front, word);
      if (!onFront && !std::regex_search(card.back, word)) continue;
      const std::string where = onFront ? "before the answer" : "in the answer";
      INFO(card.id << " uses " << acronym << " " << where);
      const std::string explained = lower(onFront ? card.front : card.front + card.back);
      CHECK(explained.find(meaning) != std::string::npos);
    }
  }
}

TEST_CASE("an answer the card praises scores like the card's best answer, and none scores zero") {
  // Players read a lower score as a reproach: "Bonne idée" with fewer points says two things.
  REQUIRE(bundled().ok());
  REQUIRE(bundled().pack.scenarios.size() >= 40);
  for (const auto& s : bundled().pack.scenarios) {
    int best = 0;
    for (const auto& c : s.choices) best = std::max(best, c.outcome.points);
    for (const auto& c : s.choices) {
      const std::string feedback = c.feedback.get("fr");
      INFO(s.id << ": « " << c.text.get("fr") << " »");
      CHECK(c.outcome.points > 0);
      if (feedback.rfind("Bonne idée", 0) == 0 || feedback.rfind("Belle initiative", 0) == 0) CHECK(c.outcome.points == best);
    }
  }
}
