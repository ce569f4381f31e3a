#include "game/ui/tokens.h"

#include <cmath>
#include <numbers>

namespace game {

namespace {
// Points around `center`: `count` corners, alternating radii for stars.
std::vector<engine::Vec2> ring(engine::Vec2 c, float outer, float inner, int count, float rotation) {
  std::vector<engine::Vec2> points;
  for (int i = 0; i < count; ++i) {
    float radius = (i % 2 == 0) ? outer : inner;
    float a = rotation + 2 * std::numbers::pi_v<float> * static_cast<float>(i) / static_cast<float>(count);
    points.push_back({c.x + radius * std::cos(a), c.y + radius * std::sin(a)});
  }
  return points;
}

// Fills a shape that is star-shaped around its centre, as a fan from the centre.
void fillFan(engine::Renderer& r, engine::Vec2 c, const std::vector<engine::Vec2>& points, engine::Color colour) {
  for (std::size_t i = 0; i < points.size(); ++i) r.fillConvexPolygon({c, points[i], points[(i + 1) % points.size()]}, colour);
}

void shape(engine::Renderer& r, rules::TokenShape s, engine::Vec2 c, float radius, engine::Color colour) {
  const float up = -std::numbers::pi_v<float> / 2;
  switch (s) {
    case rules::TokenShape::Circle: r.fillCircle(c, radius, colour); break;
    case rules::TokenShape::Square: r.fillRoundedRect({c.x - radius * 0.85f, c.y - radius * 0.85f, radius * 1.7f, radius * 1.7f}, radius * 0.2f, colour); break;
    case rules::TokenShape::Triangle: fillFan(r, {c.x, c.y + radius * 0.15f}, ring({c.x, c.y + radius * 0.15f}, radius * 1.1f, radius * 1.1f, 3, up), colour); break;
    case rules::TokenShape::Diamond: fillFan(r, c, ring(c, radius * 1.1f, radius * 1.1f, 4, up), colour); break;
    case rules::TokenShape::Star: fillFan(r, c, ring(c, radius * 1.15f, radius * 0.5f, 10, up), colour); break;
    case rules::TokenShape::Hexagon: fillFan(r, c, ring(c, radius, radius, 6, 0), colour); break;
    case rules::TokenShape::Pentagon: fillFan(r, c, ring(c, radius * 1.05f, radius * 1.05f, 5, up), colour); break;
    case rules::TokenShape::Cross: {
      const float w = radius * 0.38f;
      r.fillRect({c.x - w, c.y - radius, 2 * w, 2 * radius}, colour);
      r.fillRect({c.x - radius, c.y - w, 2 * radius, 2 * w}, colour);
      break;
    }
  }
}
}  // namespace

void drawToken(engine::Renderer& r, const Theme& theme, rules::TokenShape s, int colour, engine::Vec2 center,
               float radius) {
  shape(r, s, center, radius + 4, theme.palette.surface);
  shape(r, s, center, radius, theme.tokens[static_cast<std::size_t>(colour) % theme.tokens.size()]);
}

}  // namespace game
