#include <doctest/doctest.h>

#include "temp_pack.h"

using namespace game::content;

namespace {
// An overlay pack in a sibling folder of `base`.
struct Overlay {
  TempPack base{"overlay-base"};
  TempPack local{"overlay-local"};
  Overlay(const std::string& content) {
    base.starter();
    local.write("pack.yaml", "id: robert-cliche\nname: Beauce-Centre\nversion: 1.0.0\nregion: Beauce-Centre\n"
                             "languages: [fr, en]\nauthors: [test]\nlicence: CC-BY-4.0\nchecked_on: 2026-11-20\n"
                             "extends: " + base.path() + "\n");
    local.write("local.yaml", content);
  }
};
}  // namespace

TEST_CASE("an overlay adds its items to the base pack's") {
  Overlay o("territories:\n  - id: beauce-centre\n    name: Beauce-Centre\n    kind: mrc\n    source: https://www.beauce-centre.ca\n    checked_on: 2026-11-20\n");
  auto r = o.local.load();
  INFO(allMessages(r));
  CHECK_FALSE(r.report.hasErrors());
  CHECK(r.pack.info.id == "robert-cliche");
  CHECK(r.pack.territories.size() == 2);
  CHECK(r.pack.resources.size() == 1);  // from the base
  CHECK(r.pack.board() != nullptr);      // the base's board
}

TEST_CASE("an overlay replaces an item only when it says so") {
  const std::string category = "categories:\n  - id: entraide\n    name: {fr: Entraide locale, en: Local help}\n";
  Overlay conflict(category);
  auto r = conflict.local.load();
  CHECK(reports(r, "the base pack already has a category 'entraide'"));
  CHECK(reports(r, "add 'replace: true'"));

  Overlay replace(category + "    replace: true\n");
  auto r2 = replace.local.load();
  INFO(allMessages(r2));
  CHECK_FALSE(r2.report.hasErrors());
  REQUIRE(r2.pack.categories.size() == 1);
  CHECK(r2.pack.categories[0].name.get("fr") == "Entraide locale");
}

TEST_CASE("an overlay removes items; references to them are then dangling") {
  Overlay o("resources:\n  - id: ligne-211\n    remove: true\n");
  auto r = o.local.load();
  CHECK(r.pack.resources.empty());
  // The base scenario still points to it: said at the overlay's own line,
  // since the facilitator cannot edit the base pack.
  const game::content::Diagnostic* dangling = nullptr;
  for (const auto& d : r.report.items())
    if (d.message.find("removing the resource 'ligne-211'") != std::string::npos) dangling = &d;
  REQUIRE(dangling != nullptr);
  CHECK(dangling->origin.file.find("local.yaml") != std::string::npos);
  CHECK(dangling->origin.line == 2);
  CHECK(dangling->hint.find("also remove or replace the scenario") != std::string::npos);
  CHECK_FALSE(reports(r, "no resource has the id 'ligne-211'"));
  Overlay missing("events:\n  - id: no-such-event\n    remove: true\n");
  CHECK(reports(missing.local.load(), "there is no event 'no-such-event' in the base pack to remove"));
}

TEST_CASE("an overlay's remove takes the booleans every other key takes") {
  for (const char* yes : {"true", "True", "yes", "oui", "Oui", "vrai"}) {
    Overlay o(std::string("events:\n  - id: fete-voisins\n    remove: ") + yes + "\n");
    auto r = o.local.load();
    INFO(yes, "\n", allMessages(r));
    CHECK(r.pack.events.empty());
    // The base board then has no event to draw: said once, at the overlay's line.
    CHECK(r.report.errorCount() == 1);
    CHECK(reports(r, "local.yaml:2:5: error: removing these event cards leaves none for the board"));
  }
  // A word that is not a boolean is said once, at its line; it is not read as a new card.
  Overlay unsure("events:\n  - id: fete-voisins\n    remove: peut-être\n");
  auto r = unsure.local.load();
  INFO(allMessages(r));
  CHECK(r.report.errorCount() == 1);
  CHECK(reports(r, "local.yaml:3:13: error: 'remove' should be true or false"));
  CHECK(r.pack.events.size() == 1);  // kept: the removal was not understood
}

TEST_CASE("overlay items may point into the base pack") {
  Overlay o("scenarios:\n  - id: local\n    title: T\n    situation: S\n    choices:\n"
            "      - {text: A, feedback: F}\n      - {text: B, feedback: F}\n    resources: [ligne-211]\n");
  auto r = o.local.load();
  INFO(allMessages(r));
  CHECK_FALSE(r.report.hasErrors());
  CHECK(r.pack.scenarios.size() == 2);
}

TEST_CASE("replace and remove are refused in a pack that extends nothing") {
  TempPack p("no-extends");
  auto r = p.starter({{"  - id: fete-voisins\n", "  - id: fete-voisins\n    replace: true\n"}}).load();
  CHECK(reports(r, "'replace' only works in a pack that extends another"));
}

TEST_CASE("a pack extending itself is caught") {
  TempPack p("self");
  p.starter();
  p.write("pack.yaml", starterPackInfo("self", kTestToday.iso()) + "extends: .\n");
  CHECK(reports(p.load(), "'extends' goes round in a circle"));
}

TEST_CASE("a missing base pack is one error at the extends line, in French, with no knock-ons") {
  TempPack local{"overlay-no-base"};
  local.write("pack.yaml", "id: bibliotheque\nname: Bibliothèque\nversion: 1.0.0\nregion: Lévis\n"
                           "languages: [fr, en]\nauthors: [test]\nlicence: CC-BY-4.0\nchecked_on: 2026-11-20\n"
                           "extends: ../nulle-part\n");
  auto r = local.load();
  INFO(allMessages(r));
  REQUIRE(r.report.errorCount() == 1);
  const Diagnostic& d = r.report.items().front();
  CHECK(d.origin.line == 9);  // the extends line, not line 2
  CHECK(inFrench(d).message == "le pack de base « ../nulle-part » est introuvable");
  CHECK(inFrench(d).hint.find("« extends » est le chemin d’un dossier") == 0);
}

TEST_CASE("an overlay keeps the base pack's pronunciations, its own first") {
  TempPack base{"overlay-say-base"};
  base.starter();
  base.write("pack.yaml", game::content::starterPackInfo("test", kTestToday.iso()) +
                              "pronunciations:\n  - {written: OMH, spoken: O M H}\n  - {written: TAL, spoken: T A L}\n");
  TempPack local{"overlay-say-local"};
  local.write("pack.yaml", "id: bibliotheque\nname: Bibliothèque\nversion: 1.0.0\nregion: Lévis\n"
                           "languages: [fr, en]\nauthors: [test]\nlicence: CC-BY-4.0\nchecked_on: 2026-11-20\n"
                           "extends: " + base.path() + "\npronunciations:\n  - {written: TAL, spoken: Tribunal}\n");
  auto r = local.load();
  INFO(allMessages(r));
  REQUIRE(r.pack.info.pronunciations.size() == 2);
  CHECK(r.pack.info.pronunciations[0].written == "TAL");
  CHECK(r.pack.info.pronunciations[0].spoken.get("fr") == "Tribunal");
  CHECK(r.pack.info.pronunciations[1].written == "OMH");
}
