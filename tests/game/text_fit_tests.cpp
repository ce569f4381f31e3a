#include <doctest/doctest.h>

#include "engine/fonts.h"
#include "game/ui/card_view.h"
#include "game/ui/text_fit.h"
#include "temp_pack.h"

using namespace game::content;

TEST_CASE("a text within its word budget that still does not fit, even at the smallest size, is an error") {
  engine::FontLibrary fonts;
  TempPack ok("fit-ok");
  auto r = ok.starter().load();
  game::checkTextFits(r.pack, fonts, r.report);
  CHECK_FALSE(r.report.hasErrors());

  // Thirty words, the situation's budget, but very long ones: only the pixels can tell.
  std::string essay;
  for (int i = 0; i < 30; ++i) essay += "Habitationslocativesmunicipalesintermunicipalesrégionales ";
  TempPack p("fit-long");
  auto r2 = p.starter({{"      fr: Une personne vient d’emménager à côté. Elle semble perdue.", "      fr: " + essay}}).load();
  REQUIRE_FALSE(r2.report.hasErrors());
  game::checkTextFits(r2.pack, fonts, r2.report);
  INFO(allMessages(r2));
  CHECK(reports(r2, "the fr text is too long for the card browser, even at the smallest text size"));
  CHECK(reports(r2, "shorten it to about"));
  CHECK(reports(r2, "contenu.yaml:44:"));  // where that text starts
}

TEST_CASE("a scenario's reveal must fit with the names of who can help in each MRC") {
  engine::FontLibrary fonts;
  // Forty helpers with long names, all in Lévis: the feedback alone fits,
  // but not once the reveal names them all.
  std::string resources, ids = "ligne-211";
  for (int i = 0; i < 40; ++i) {
    const std::string id = "comptoir-" + std::to_string(i);
    ids += ", " + id;
    resources += "  - id: " + id + "\n    name: Comptoir alimentaire et cuisine collective du quartier numéro " +
                 std::to_string(i) + "\n    category: entraide\n    territories: [levis]\n    what: {fr: Aide., en: Help.}\n"
                 "    source: https://example.org\n    checked_on: 2026-11-23\n";
  }
  TempPack p("fit-helpers");
  auto r = p.starter({{"rights:\n", resources + "\nrights:\n"}, {"    resources: [ligne-211]", "    resources: [" + ids + "]"}})
               .load();
  REQUIRE_FALSE(r.report.hasErrors());
  game::checkTextFits(r.pack, fonts, r.report);
  CHECK(reports(r, "too long for the answer's explanation with who can help in levis"));
}

TEST_CASE("on a reveal, an answer's words keep clear of « La bonne réponse »") {
  // A long answer wrapped right up to the tag and touched it on a 1280-pixel screen.
  for (float width : {1000.f, 1440.f, 1680.f}) {
    const engine::Rect row{120, 300, width, 90};
    INFO("row " << width << " wide");
    CHECK(game::revealedTextBox(row).right() + 16 <= game::revealedTagBox(row).x);
    CHECK(game::revealedTextBox(row).w > 0);
  }
}
