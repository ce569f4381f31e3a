// SplitMix64: small, fast, and its whole state is one number kept in the game state.
#pragma once
#include <cstdint>

namespace game::rules {

inline std::uint64_t nextRandom(std::uint64_t& state) {
  std::uint64_t z = (state += 0x9E3779B97F4A7C15ull);
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
  return z ^ (z >> 31);
}

// A whole number in [0, bound).
inline std::uint32_t randomBelow(std::uint64_t& state, std::uint32_t bound) {
  return bound == 0 ? 0 : static_cast<std::uint32_t>(nextRandom(state) % bound);
}

}  // namespace game::rules
