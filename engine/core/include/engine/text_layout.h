// Word wrapping and fitting of UTF-8 text into a box, in canvas units.
// Layout depends only on a TextMeasurer, so it runs without a window.
#pragma once
#include <limits>
#include <string>
#include <string_view>
#include <vector>

#include "engine/text_measurer.h"

namespace engine {

enum class Align { Left, Center, Right };
enum class VAlign { Top, Middle, Bottom };
// What to do when text does not fit its box.
enum class Overflow {
  Grow,          // report the overflow; the caller sized the box
  Ellipsis,      // cut the last visible line with "…"
  Shrink,        // lower the size down to minSize, then ellipsis
};

struct TextStyle {
  FontWeight weight = FontWeight::Regular;
  float size = 32;          // canvas px
  float lineSpacing = 1.3f;  // line height as a multiple of size
  Align align = Align::Left;
  VAlign valign = VAlign::Top;
  Overflow overflow = Overflow::Shrink;
  float minSize = 28;       // smallest size Shrink may use
  bool frenchTypography = true;
};

struct TextLine {
  std::string text;
  float width = 0;
};

struct TextLayout {
  std::vector<TextLine> lines;
  float size = 0;        // the size used after any shrinking
  float lineHeight = 0;
  float width = 0;       // widest line
  float height = 0;      // lines * lineHeight
  bool fits = true;      // false when text was cut or overflows the box
  bool ellipsized = false;
};

inline constexpr float kUnbounded = std::numeric_limits<float>::infinity();

// Lays `text` out in a box of maxWidth x maxHeight (canvas units).
TextLayout layoutText(const TextMeasurer& measurer, std::string_view text, const TextStyle& style,
                      float maxWidth, float maxHeight = kUnbounded);

// Does the text fit the box without shrinking below minSize or being cut?
inline bool textFits(const TextMeasurer& m, std::string_view text, TextStyle style, float w, float h) {
  style.overflow = Overflow::Shrink;
  auto layout = layoutText(m, text, style, w, h);
  return layout.fits;
}

}  // namespace engine
