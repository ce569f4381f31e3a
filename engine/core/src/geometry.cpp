#include "engine/geometry.h"

#include <cmath>

namespace engine {

namespace {
double linearChannel(std::uint8_t c) {
  double s = c / 255.0;
  return s <= 0.03928 ? s / 12.92 : std::pow((s + 0.055) / 1.055, 2.4);
}
double luminance(Color c) {
  return 0.2126 * linearChannel(c.r) + 0.7152 * linearChannel(c.g) + 0.0722 * linearChannel(c.b);
}
}  // namespace

double contrastRatio(Color a, Color b) {
  double la = luminance(a), lb = luminance(b);
  if (la < lb) std::swap(la, lb);
  return (la + 0.05) / (lb + 0.05);
}

}  // namespace engine
