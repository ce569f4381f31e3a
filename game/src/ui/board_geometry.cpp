#include "game/ui/board_geometry.h"

#include <algorithm>
#include <cmath>

namespace game {

const char* spaceLabel(content::SpaceKind kind) {
  switch (kind) {
    case content::SpaceKind::Start: return "space.start";
    case content::SpaceKind::Finish: return "space.finish";
    case content::SpaceKind::Resource: return "kind.resource";
    case content::SpaceKind::Right: return "space.right";
    case content::SpaceKind::Scenario: return "kind.scenario";
    case content::SpaceKind::Event: return "space.event";
    case content::SpaceKind::Rest: return "space.rest";
    case content::SpaceKind::Discussion: return "kind.discussion";
  }
  return "space.rest";
}

const char* jumpLabel(content::JumpKind kind) {
  switch (kind) {
    case content::JumpKind::Bike: return "jump.bike";
    case content::JumpKind::Bus: return "jump.bus";
    case content::JumpKind::Walk: return "jump.walk";
    case content::JumpKind::Setback: return "jump.setback";
  }
  return "jump.walk";
}

// Spaces around the edge of `area`, clockwise from the top left, with one
// space on each corner so that squares never overlap. Returns the side of the
// squares through `size`.
std::vector<engine::Vec2> ringLayout(engine::Rect area, int count, float& size) {
  const int positions = count + (count % 2);  // an odd count leaves one gap
  const int half = std::max(4, (positions + 4) / 2);  // columns + rows
  int rows = std::max(2, static_cast<int>(std::lround(static_cast<float>(half) / (1.f + area.w / area.h))));
  int cols = half - rows;
  size = 170;
  for (int i = 0; i < 4; ++i) {
    float stepX = (area.w - size) / static_cast<float>(cols - 1), stepY = (area.h - size) / static_cast<float>(rows - 1);
    size = std::clamp(std::min(stepX, stepY) - 14, 96.f, 190.f);
  }
  const engine::Rect r = area.inset(size / 2);
  std::vector<engine::Vec2> out;
  for (int i = 0; i < cols; ++i) out.push_back({r.x + r.w * static_cast<float>(i) / static_cast<float>(cols - 1), r.y});
  for (int i = 1; i < rows; ++i) out.push_back({r.right(), r.y + r.h * static_cast<float>(i) / static_cast<float>(rows - 1)});
  for (int i = cols - 2; i >= 0; --i) out.push_back({r.x + r.w * static_cast<float>(i) / static_cast<float>(cols - 1), r.bottom()});
  for (int i = rows - 2; i >= 1; --i) out.push_back({r.x, r.y + r.h * static_cast<float>(i) / static_cast<float>(rows - 1)});
  out.resize(static_cast<std::size_t>(count), out.empty() ? engine::Vec2{} : out.back());
  return out;
}
namespace {
// The grid a path of streets runs through: columns, rows, and the cell size.
struct StreetGrid {
  int cols = 4, rows = 1;
  float stepX = 0, stepY = 0;
};
StreetGrid streetGrid(engine::Rect area, int count) {
  StreetGrid g;
  g.cols = std::clamp(static_cast<int>(std::ceil(std::sqrt(static_cast<float>(count) * area.w / area.h))), 4, 10);
  g.rows = std::max(1, (count + g.cols - 1) / g.cols);
  g.stepX = area.w / static_cast<float>(g.cols);
  g.stepY = area.h / static_cast<float>(g.rows);
  return g;
}
engine::Rect streetCell(engine::Rect area, const StreetGrid& g, int i) {
  const int row = i / g.cols, col = row % 2 == 0 ? i % g.cols : g.cols - 1 - i % g.cols;
  return {area.x + g.stepX * static_cast<float>(col), area.bottom() - g.stepY * static_cast<float>(row + 1), g.stepX, g.stepY};
}
}  // namespace

// A path of streets, as on the tenants' board: rows from the bottom left,
// each row going the other way, like a snakes-and-ladders board.
std::vector<engine::Vec2> streetLayout(engine::Rect area, int count, float& size) {
  const StreetGrid g = streetGrid(area, count);
  size = std::clamp(std::min(g.stepX, g.stepY) - 22, 96.f, 170.f);
  std::vector<engine::Vec2> out;
  for (int i = 0; i < count; ++i) out.push_back(streetCell(area, g, i).center());
  return out;
}

std::vector<engine::Rect> streetEmptyCells(engine::Rect area, int count) {
  const StreetGrid g = streetGrid(area, count);
  std::vector<engine::Rect> out;
  for (int i = count; i < g.cols * g.rows; ++i) out.push_back(streetCell(area, g, i));
  return out;
}

std::vector<engine::Vec2> boardLayout(const content::Board& board, engine::Rect area, float& size) {
  const int count = static_cast<int>(board.spaces.size());
  auto spaces = board.layout == content::BoardLayout::Path ? streetLayout(area, count, size) : ringLayout(area, count, size);
  for (int i = 0; i < count; ++i)
    if (const auto& p = board.spaces[static_cast<std::size_t>(i)].position) spaces[static_cast<std::size_t>(i)] = {p->first, p->second};
  return spaces;
}

}  // namespace game
