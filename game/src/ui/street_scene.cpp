#include "game/ui/street_scene.h"

#include <algorithm>

namespace game {

namespace {
// A house standing on `ground`, `w` wide: walls, a roof, a door and a window.
void drawHouse(engine::Renderer& r, const Theme& t, float x, float ground, float w) {
  const float wallH = w * 0.7f, roofH = w * 0.45f;
  const engine::Rect walls{x, ground - wallH, w, wallH};
  r.fillRect(walls, t.sceneryWall);
  r.fillConvexPolygon({{x - w * 0.08f, walls.y}, {x + w / 2, walls.y - roofH}, {x + w * 1.08f, walls.y}}, t.sceneryRoof);
  r.fillRect({x + w * 0.2f, ground - wallH * 0.55f, w * 0.22f, wallH * 0.55f}, t.sceneryDetail);  // door
  r.fillRect({x + w * 0.56f, walls.y + wallH * 0.22f, w * 0.26f, w * 0.22f}, t.sceneryDetail);    // window
}

void drawTree(engine::Renderer& r, const Theme& t, float x, float ground, float h) {
  r.drawLine({x, ground}, {x, ground - h * 0.5f}, std::max(4.f, h * 0.09f), t.sceneryTrunk);
  r.fillCircle({x, ground - h * 0.62f}, h * 0.3f, t.sceneryTree);
  r.fillCircle({x - h * 0.16f, ground - h * 0.5f}, h * 0.2f, t.sceneryTree);
  r.fillCircle({x + h * 0.16f, ground - h * 0.5f}, h * 0.2f, t.sceneryTree);
}
}  // namespace

void drawStreetScene(engine::Renderer& r, const Theme& theme, const std::vector<engine::Rect>& cells) {
  for (std::size_t i = 0; i < cells.size(); ++i) {
    const engine::Rect c = cells[i].inset(cells[i].w * 0.08f, cells[i].h * 0.12f);
    const float ground = c.bottom(), unit = std::min(c.w / 2.2f, c.h * 0.85f);
    switch (i % 3) {
      case 0:  // a house and its tree
        drawHouse(r, theme, c.x + c.w * 0.05f, ground, unit);
        drawTree(r, theme, c.right() - unit * 0.45f, ground, unit * 1.1f);
        break;
      case 1:  // a tree, then a house
        drawTree(r, theme, c.x + unit * 0.45f, ground, unit * 1.1f);
        drawHouse(r, theme, c.right() - unit * 1.05f, ground, unit);
        break;
      default:  // two houses side by side
        drawHouse(r, theme, c.x + c.w * 0.04f, ground, unit * 0.9f);
        drawHouse(r, theme, c.right() - unit * 0.98f, ground, unit * 0.9f);
        break;
    }
  }
}

}  // namespace game
