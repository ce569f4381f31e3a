#include "engine/tween.h"

#include <cmath>

namespace engine {

float ease(Ease curve, float t) {
  t = std::clamp(t, 0.f, 1.f);
  switch (curve) {
    case Ease::Linear: return t;
    case Ease::OutCubic: return 1 - std::pow(1 - t, 3.f);
    case Ease::InOutCubic: return t < 0.5f ? 4 * t * t * t : 1 - std::pow(-2 * t + 2, 3.f) / 2;
    case Ease::OutBack: {
      const float c1 = 1.70158f, c3 = c1 + 1;
      return 1 + c3 * std::pow(t - 1, 3.f) + c1 * std::pow(t - 1, 2.f);
    }
  }
  return t;
}

}  // namespace engine
