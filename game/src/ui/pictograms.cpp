#include "game/ui/pictograms.h"

#include <cmath>
#include <numbers>
#include <vector>

namespace game {

namespace {
using engine::Vec2;

void star(engine::Renderer& r, Vec2 c, float outer, engine::Color colour) {
  std::vector<Vec2> points;
  for (int i = 0; i < 10; ++i) {
    const float radius = i % 2 == 0 ? outer : outer * 0.45f;
    const float a = -std::numbers::pi_v<float> / 2 + std::numbers::pi_v<float> * static_cast<float>(i) / 5;
    points.push_back({c.x + radius * std::cos(a), c.y + radius * std::sin(a)});
  }
  for (std::size_t i = 0; i < points.size(); ++i) r.fillConvexPolygon({c, points[i], points[(i + 1) % points.size()]}, colour);
}
}  // namespace

void drawSpacePictogram(engine::Renderer& r, content::SpaceKind kind, Vec2 c, float size, engine::Color colour) {
  const float h = size / 2;
  const float stroke = std::max(3.f, size * 0.12f);
  switch (kind) {
    case content::SpaceKind::Resource:  // a house
      r.fillConvexPolygon({{c.x - h, c.y - h * 0.05f}, {c.x, c.y - h}, {c.x + h, c.y - h * 0.05f}}, colour);
      r.fillRect({c.x - h * 0.7f, c.y - h * 0.1f, h * 1.4f, h * 1.1f}, colour);
      break;
    case content::SpaceKind::Right:  // a check mark
      r.drawLine({c.x - h * 0.8f, c.y}, {c.x - h * 0.2f, c.y + h * 0.6f}, stroke, colour);
      r.drawLine({c.x - h * 0.2f, c.y + h * 0.6f}, {c.x + h * 0.85f, c.y - h * 0.7f}, stroke, colour);
      break;
    case content::SpaceKind::Scenario: {  // a question mark: an open ring, a stem and a dot
      const float ring = h * 0.55f;
      const Vec2 top{c.x, c.y - h * 0.35f};
      for (int i = 0; i <= 8; ++i) {  // from the left, over the top, down the right
        const float a0 = std::numbers::pi_v<float> * (1 + static_cast<float>(i) / 8);
        const float a1 = std::numbers::pi_v<float> * (1 + static_cast<float>(i + 1) / 8);
        if (i < 8)
          r.drawLine({top.x + ring * std::cos(a0), top.y + ring * std::sin(a0)},
                     {top.x + ring * std::cos(a1), top.y + ring * std::sin(a1)}, stroke, colour);
      }
      r.drawLine({top.x + ring, top.y}, {c.x, c.y + h * 0.35f}, stroke, colour);
      r.fillCircle({c.x, c.y + h * 0.8f}, stroke * 0.7f, colour);
      break;
    }
    case content::SpaceKind::Event: star(r, c, h, colour); break;  // neighbourhood life
    case content::SpaceKind::Discussion:  // a speech bubble
      r.fillRoundedRect({c.x - h, c.y - h * 0.8f, 2 * h, h * 1.25f}, h * 0.35f, colour);
      r.fillConvexPolygon({{c.x - h * 0.45f, c.y + h * 0.4f}, {c.x - h * 0.05f, c.y + h * 0.4f}, {c.x - h * 0.6f, c.y + h}},
                          colour);
      break;
    case content::SpaceKind::Start:
    case content::SpaceKind::Finish:  // a flag
      r.drawLine({c.x - h * 0.6f, c.y - h}, {c.x - h * 0.6f, c.y + h}, stroke, colour);
      r.fillConvexPolygon({{c.x - h * 0.6f, c.y - h}, {c.x + h * 0.8f, c.y - h * 0.55f}, {c.x - h * 0.6f, c.y - h * 0.1f}},
                          colour);
      break;
    case content::SpaceKind::Rest:  // two bars: a pause
      r.fillRoundedRect({c.x - h * 0.6f, c.y - h * 0.8f, h * 0.4f, h * 1.6f}, h * 0.1f, colour);
      r.fillRoundedRect({c.x + h * 0.2f, c.y - h * 0.8f, h * 0.4f, h * 1.6f}, h * 0.1f, colour);
      break;
  }
}

}  // namespace game
