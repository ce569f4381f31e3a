#include <doctest/doctest.h>

#include "engine/fonts.h"
#include "game/ui/text_fit.h"
#include "temp_pack.h"

using namespace game::content;

TEST_CASE("text too long for its card, even at the smallest size, is an error with a word budget") {
  engine::FontLibrary fonts;
  TempPack ok("fit-ok");
  auto r = ok.starter().load();
  game::checkTextFits(r.pack, fonts, r.report);
  CHECK_FALSE(r.report.hasErrors());

  std::string essay;
  for (int i = 0; i < 300; ++i) essay += "Le locataire a le droit de demander des réparations. ";
  TempPack p("fit-long");
  auto r2 = p.starter({{"      fr: Une personne vient d’emménager à côté. Elle semble perdue.", "      fr: " + essay}}).load();
  REQUIRE_FALSE(r2.report.hasErrors());
  game::checkTextFits(r2.pack, fonts, r2.report);
  CHECK(reports(r2, "the fr text is too long for a card with its answers, even at the smallest text size"));
  CHECK(reports(r2, "shorten it to about"));
  CHECK(reports(r2, "contenu.yaml:44:"));  // where that text starts
}
