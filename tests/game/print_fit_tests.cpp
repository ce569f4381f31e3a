// The print-size text-fit rule: `declic-pack validate` warns at the text of a
// card that would not fit a printed card, as `declic-pack print` lists it.
#include <doctest/doctest.h>

#include <string>

#include "engine/fonts.h"
#include "game/ui/print_deck.h"
#include "temp_pack.h"

namespace {
game::FontFiles fontFiles(const engine::FontLibrary& fonts) {
  game::FontFiles files;
  for (int w = 0; w < engine::kFontWeightCount; ++w)
    files[static_cast<std::size_t>(w)] = fonts.resolvedPath(static_cast<engine::FontWeight>(w));
  return files;
}
}  // namespace

TEST_CASE("a card too long for paper is a warning at its text; a pack that prints well has none") {
  TempPack p("print-fit");
  auto loaded = p.starter().load();
  REQUIRE_FALSE(loaded.report.hasErrors());
  engine::FontLibrary fonts;
  const game::FontFiles files = fontFiles(fonts);
  REQUIRE_FALSE(files[0].empty());

  game::content::Report clean;
  game::checkPrintFits(loaded.pack, files, clean);
  CHECK(clean.items().empty());

  // A statement far longer than a poker card holds (the loader's word budget would refuse it first in a file).
  auto& right = loaded.pack.rights.front();
  std::string longText;
  for (int i = 0; i < 40; ++i) longText += "Le locataire garde son logement propre et signale vite les fuites. ";
  right.statement.byLanguage["fr"] = longText;
  game::content::Report report;
  game::checkPrintFits(loaded.pack, files, report);
  REQUIRE(report.items().size() >= 1);
  const auto& d = report.items().front();
  CHECK(d.severity == game::content::Severity::Warning);
  CHECK(d.itemId == right.id);
  CHECK(d.origin.line > 0);
  CHECK(d.message.find("does not fit a printed card") != std::string::npos);
}
