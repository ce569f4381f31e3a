// Plain value types shared by every engine module: points, rectangles, colours.
// No SDL here, so game rules and tests can use them freely.
#pragma once
#include <algorithm>
#include <cstdint>

namespace engine {

struct Vec2 {
  float x = 0;
  float y = 0;
};

struct Rect {
  float x = 0;
  float y = 0;
  float w = 0;
  float h = 0;

  constexpr float right() const { return x + w; }
  constexpr float bottom() const { return y + h; }
  Vec2 center() const { return {x + w / 2, y + h / 2}; }
  bool contains(Vec2 p) const { return p.x >= x && p.x < x + w && p.y >= y && p.y < y + h; }
  Rect inset(float d) const { return {x + d, y + d, std::max(0.f, w - 2 * d), std::max(0.f, h - 2 * d)}; }
  Rect inset(float dx, float dy) const {
    return {x + dx, y + dy, std::max(0.f, w - 2 * dx), std::max(0.f, h - 2 * dy)};
  }
  Rect offset(float dx, float dy) const { return {x + dx, y + dy, w, h}; }
  bool operator==(const Rect&) const = default;
};

struct Color {
  std::uint8_t r = 0, g = 0, b = 0, a = 255;

  static constexpr Color rgb(std::uint32_t hex, std::uint8_t alpha = 255) {
    return {static_cast<std::uint8_t>(hex >> 16), static_cast<std::uint8_t>(hex >> 8),
            static_cast<std::uint8_t>(hex), alpha};
  }
  Color withAlpha(std::uint8_t alpha) const { return {r, g, b, alpha}; }
  bool operator==(const Color&) const = default;
};

// WCAG 2 contrast ratio between two opaque colours (1 to 21).
double contrastRatio(Color a, Color b);

}  // namespace engine
