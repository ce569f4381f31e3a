#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>

#include "engine/tones.h"

TEST_CASE("a tone starts and ends in silence, at the asked volume, for its length") {
  const auto samples = engine::synthesize({{440, 0.2f, 0, 1}}, 22050, 0.3f);
  REQUIRE(samples.size() >= 4410);
  CHECK(samples.size() <= 4412);
  // No click: the first and last samples are silent, the attack takes several milliseconds.
  CHECK(std::abs(samples.front()) < 50);
  CHECK(std::abs(samples.back()) < 50);
  CHECK(std::abs(samples[10]) < 3000);
  int peak = 0;
  for (auto s : samples) peak = std::max(peak, std::abs(static_cast<int>(s)));
  CHECK(peak <= static_cast<int>(0.3 * 32767) + 1);
  CHECK(peak > static_cast<int>(0.15 * 32767));  // heard, though soft
}

TEST_CASE("tones that overlap never clip: the mix is scaled down") {
  const auto samples = engine::synthesize({{262, 0.5f, 0, 1}, {330, 0.5f, 0, 1}, {392, 0.5f, 0, 1}}, 22050, 1.0f);
  int peak = 0;
  for (auto s : samples) peak = std::max(peak, std::abs(static_cast<int>(s)));
  CHECK(peak > 30000);  // scaled to full scale: loud overlaps are scaled down, not clipped
  // Not clipped: no run of samples stuck at the limit.
  int atLimit = 0;
  for (auto s : samples) atLimit += std::abs(static_cast<int>(s)) >= 32767;
  CHECK(atLimit <= 2);
}

TEST_CASE("a tone that starts later leaves silence before it") {
  const auto samples = engine::synthesize({{440, 0.1f, 0.2f, 1}}, 10000, 0.5f);
  CHECK(samples.size() >= 3000);
  CHECK(std::all_of(samples.begin(), samples.begin() + 1990, [](std::int16_t s) { return s == 0; }));
}
