#include <doctest/doctest.h>

#include "engine/text_columns.h"
#include "test_measurer.h"

using namespace engine;

namespace {
TextStyle listStyle() {
  TextStyle s;
  s.size = 20;
  s.minSize = 10;
  return s;
}

float heightOf(const std::string& text, float width) {
  FixedWidthMeasurer m;
  TextStyle s = listStyle();
  s.overflow = Overflow::Grow;
  return layoutText(m, text, s, width, kUnbounded).height;
}

std::string longEntry() {
  std::string s;
  for (int i = 0; i < 20; ++i) s += "aaaa ";
  return s + "end";
}
}  // namespace

TEST_CASE("a short list stays in one column") {
  FixedWidthMeasurer m;
  const std::vector<std::string> entries{"211 — 211", "TAL — 1 800 683-2245"};
  const auto pages = flowIntoColumns(m, entries, listStyle(), 420, 400, 20);
  REQUIRE(pages.size() == 1);
  CHECK_FALSE(pages[0].twoColumns);
  CHECK(pages[0].split == 2);
  CHECK(pages[0].to == 2);
  CHECK(pages[0].columnWidth == 420);
}

TEST_CASE("long entries first: columns are balanced by height, so neither is cut") {
  FixedWidthMeasurer m;
  const std::vector<std::string> entries{longEntry(), longEntry(), longEntry(), "bb", "bb", "bb", "bb", "bb", "bb"};
  const float width = 420, height = 18 * 26, gap = 20;
  const float column = (width - gap) / 2;
  // The fixture is meant to break a split by count: half the entries in each column.
  const std::size_t half = (entries.size() + 1) / 2;
  REQUIRE(heightOf(joinParagraphs(entries, 0, half), column) > height);

  const auto pages = flowIntoColumns(m, entries, listStyle(), width, height, gap);
  REQUIRE(pages.size() == 1);
  CHECK(pages[0].twoColumns);
  CHECK(pages[0].columnWidth == doctest::Approx(column));
  CHECK(pages[0].to == entries.size());
  CHECK(heightOf(joinParagraphs(entries, 0, pages[0].split), column) <= height);
  CHECK(heightOf(joinParagraphs(entries, pages[0].split, entries.size()), column) <= height);
}

TEST_CASE("a list too long for two columns goes on pages: every entry shown once, whole") {
  FixedWidthMeasurer m;
  const std::vector<std::string> entries(12, longEntry());
  const float height = 12 * 26, column = 200;
  const auto pages = flowIntoColumns(m, entries, listStyle(), 420, height, 20);
  REQUIRE(pages.size() > 1);
  std::size_t next = 0;
  for (const auto& page : pages) {
    CHECK(page.from == next);
    CHECK(page.from < page.split);
    CHECK(page.split <= page.to);
    CHECK(heightOf(joinParagraphs(entries, page.from, page.split), column) <= height);
    CHECK(heightOf(joinParagraphs(entries, page.split, page.to), column) <= height);
    next = page.to;
  }
  CHECK(next == entries.size());
}

TEST_CASE("an entry taller than a column still gets shown, alone") {
  FixedWidthMeasurer m;
  const std::vector<std::string> entries{longEntry() + longEntry() + longEntry(), "bb", "bb"};
  const auto pages = flowIntoColumns(m, entries, listStyle(), 420, 3 * 26, 20);
  REQUIRE_FALSE(pages.empty());
  CHECK(pages[0].split == 1);
  CHECK(pages.back().to == entries.size());
}
