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
  CHECK(reports(r, "no resource has the id 'ligne-211'"));  // the scenario still points to it
  Overlay missing("events:\n  - id: no-such-event\n    remove: true\n");
  CHECK(reports(missing.local.load(), "there is no event 'no-such-event' in the base pack to remove"));
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
