#include "game/ui/sound_cues.h"

#include <map>

namespace game {

namespace {
constexpr float kVolume = 0.3f;  // soft: heard in a quiet room, never startling
// Notes of a C major chord, around middle C: warm, not shrill.
constexpr float kC4 = 261.6f, kE4 = 329.6f, kG4 = 392.0f, kC5 = 523.3f, kE5 = 659.3f, kG5 = 784.0f, kA3 = 220.0f;
}  // namespace

std::vector<engine::Tone> tonesFor(Cue cue) {
  switch (cue) {
    case Cue::Roll:  // three light taps, as a die on a table
      return {{kG4, 0.06f, 0.0f, 0.6f}, {kE4, 0.06f, 0.12f, 0.6f}, {kC5, 0.08f, 0.26f, 0.7f}};
    case Cue::Step: return {{kG4, 0.07f, 0.0f, 0.5f}};
    case Cue::Land: return {{kC5, 0.35f, 0.0f, 0.8f}, {kE5, 0.35f, 0.0f, 0.4f}};
    case Cue::Right: return {{kC5, 0.25f, 0.0f}, {kE5, 0.25f, 0.12f}, {kG5, 0.45f, 0.24f}};
    case Cue::NotQuite: return {{kE4, 0.3f, 0.0f, 0.8f}, {kC4, 0.45f, 0.18f, 0.8f}};  // a gentle fall, no buzzer
    case Cue::End:
      return {{kC4, 0.5f, 0.0f}, {kE4, 0.5f, 0.15f}, {kG4, 0.6f, 0.3f}, {kC5, 0.8f, 0.45f}, {kA3, 0.9f, 0.45f, 0.4f}};
  }
  return {};
}

const char* cueName(Cue cue) {
  switch (cue) {
    case Cue::Roll: return "roll";
    case Cue::Step: return "step";
    case Cue::Land: return "land";
    case Cue::Right: return "right";
    case Cue::NotQuite: return "not-quite";
    case Cue::End: return "end";
  }
  return "";
}

const std::vector<std::int16_t>& cueSamples(Cue cue, int sampleRate) {
  static std::map<std::pair<Cue, int>, std::vector<std::int16_t>> cache;
  auto [it, added] = cache.try_emplace({cue, sampleRate});
  if (added) it->second = engine::synthesize(tonesFor(cue), sampleRate, kVolume);
  return it->second;
}

}  // namespace game
