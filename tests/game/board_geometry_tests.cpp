#include <doctest/doctest.h>

#include "game/ui/board_geometry.h"

using namespace game;

namespace {
bool overlaps(const engine::Rect& a, const engine::Rect& b) {
  return a.x < b.right() && b.x < a.right() && a.y < b.bottom() && b.y < a.bottom();
}
}  // namespace

TEST_CASE("« Mon quartier » draws its houses only where no street runs") {
  const engine::Rect area{30, 30, 1380, 740};
  for (int count : {12, 26, 28, 30}) {
    CAPTURE(count);
    float size = 0;
    const auto spaces = streetLayout(area, count, size);
    const auto empty = streetEmptyCells(area, count);
    for (const auto& cell : empty) {
      CHECK(cell.x >= area.x - 0.5f);
      CHECK(cell.right() <= area.right() + 0.5f);
      for (const auto& c : spaces) CHECK_FALSE(overlaps(cell.inset(1), {c.x - size / 2, c.y - size / 2, size, size}));
    }
  }
  float size = 0;
  CHECK(streetEmptyCells(area, 26).size() + streetLayout(area, 26, size).size() == 28);  // 4 rows of 7: two lots
}
