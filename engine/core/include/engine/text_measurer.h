// What text layout needs from fonts: the width of a line. The engine's
// FontLibrary implements it with SDL_ttf; tests and tools may use estimates.
#pragma once
#include <string_view>

namespace engine {

// CondensedBold: names in tight places (a board space), at full size but narrower.
enum class FontWeight { Regular = 0, SemiBold = 1, Bold = 2, CondensedBold = 3 };
inline constexpr int kFontWeightCount = 4;

class TextMeasurer {
 public:
  virtual ~TextMeasurer() = default;
  // Advance width of a single line of UTF-8 text, in pixels at `pixelSize`.
  virtual float measure(std::string_view text, FontWeight weight, int pixelSize) const = 0;
};

}  // namespace engine
