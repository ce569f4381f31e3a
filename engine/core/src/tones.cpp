#include "engine/tones.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace engine {

std::vector<std::int16_t> synthesize(const std::vector<Tone>& tones, int sampleRate, float volume) {
  float end = 0;
  for (const Tone& t : tones) end = std::max(end, t.start + t.seconds);
  const std::size_t count = static_cast<std::size_t>(std::ceil(end * static_cast<float>(sampleRate))) + 1;
  std::vector<float> mix(count, 0.f);
  const float attack = 0.012f;  // 12 ms: soft, yet no click
  for (const Tone& t : tones) {
    const std::size_t first = static_cast<std::size_t>(t.start * static_cast<float>(sampleRate));
    const std::size_t length = static_cast<std::size_t>(t.seconds * static_cast<float>(sampleRate));
    for (std::size_t i = 0; i < length && first + i < count; ++i) {
      const float s = static_cast<float>(i) / static_cast<float>(sampleRate);
      const float rise = std::min(1.f, s / attack);
      const float fall = std::pow(1.f - static_cast<float>(i) / static_cast<float>(length), 2.f);  // ends at 0
      const float phase = 2 * std::numbers::pi_v<float> * t.hertz * s;
      // A little of the octave above makes a sine sound like a soft bell, not a test tone.
      const float wave = std::sin(phase) + 0.25f * std::sin(2 * phase);
      mix[first + i] += t.loudness * rise * fall * wave / 1.25f;
    }
  }
  float peak = 0;
  for (float v : mix) peak = std::max(peak, std::abs(v));
  const float scale = peak > 0 ? std::clamp(volume, 0.f, 1.f) / std::max(peak, 1.f) : 0.f;
  std::vector<std::int16_t> out(count);
  for (std::size_t i = 0; i < count; ++i)
    out[i] = static_cast<std::int16_t>(std::lround(std::clamp(mix[i] * scale, -1.f, 1.f) * 32767.f));
  return out;
}

}  // namespace engine
