// Easing curves and a small tween for movement and fades (seconds).
#pragma once
#include <algorithm>

namespace engine {

enum class Ease { Linear, OutCubic, InOutCubic, OutBack };

float ease(Ease curve, float t);

class Tween {
 public:
  Tween() = default;
  Tween(float from, float to, float duration, Ease curve = Ease::OutCubic)
      : from_(from), to_(to), duration_(std::max(duration, 0.0001f)), elapsed_(0), curve_(curve) {}
  void update(double dt) { elapsed_ = std::min(duration_, elapsed_ + static_cast<float>(dt)); }
  float value() const { return from_ + (to_ - from_) * ease(curve_, elapsed_ / duration_); }
  bool done() const { return elapsed_ >= duration_; }
  void finish() { elapsed_ = duration_; }

 private:
  // A default tween is already finished.
  float from_ = 0, to_ = 0, duration_ = 0.0001f, elapsed_ = 0.0001f;
  Ease curve_ = Ease::Linear;
};

}  // namespace engine
