// Soft tones made from sine waves: the game's few sounds are computed, not
// recorded, so they ship without audio files or licences. SDL-free and
// testable: samples in, samples out.
#pragma once
#include <cstdint>
#include <vector>

namespace engine {

struct Tone {
  float hertz = 440;
  float seconds = 0.2f;  // how long it rings, its fade included
  float start = 0;       // seconds after the sound begins
  float loudness = 1;    // relative to the others in the same sound
};

// Mono 16-bit samples of `tones` played together, each with a quick, soft attack
// and a smooth decay to silence (no click at either end), the whole at `volume`
// of full scale (0..1).
std::vector<std::int16_t> synthesize(const std::vector<Tone>& tones, int sampleRate, float volume);

}  // namespace engine
