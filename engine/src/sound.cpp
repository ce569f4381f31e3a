#include "engine/sound.h"

#include <SDL.h>

#include <string>

#include "audio_output.h"
#include "engine/log.h"
#include "engine/wav.h"

namespace engine {

SoundOutput::~SoundOutput() {
  if (device_) SDL_CloseAudioDevice(device_);
}

bool SoundOutput::open() {
  if (device_ || failed_) return device_ != 0;
  std::string error;
  device_ = openMonoOutput(kSampleRate, 1024, error);
  failed_ = device_ == 0;
  if (failed_) logInfo("sound", error + "; the game stays silent");
  return !failed_;
}

void SoundOutput::play(const std::vector<std::int16_t>& samples) {
  if (!wavPath_.empty()) {
    recorded_.insert(recorded_.end(), samples.begin(), samples.end());
    return;
  }
  if (samples.empty() || !open()) return;
  // More than two seconds waiting means sounds pile up faster than they play: drop this one.
  if (SDL_GetQueuedAudioSize(device_) > static_cast<Uint32>(2 * kSampleRate * 2)) return;
  SDL_QueueAudio(device_, samples.data(), static_cast<Uint32>(samples.size() * sizeof(std::int16_t)));
}

}  // namespace engine

namespace engine {

void SoundOutput::finish() {
  if (!wavPath_.empty() && !writeWav(wavPath_, recorded_, kSampleRate)) logWarning("sound", "could not write " + wavPath_);
}

}  // namespace engine
