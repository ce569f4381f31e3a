#include "engine/sound.h"

#include <SDL.h>

#include <string>

#include "engine/log.h"
#include "engine/wav.h"

namespace engine {

SoundOutput::~SoundOutput() {
  if (device_) SDL_CloseAudioDevice(device_);
}

bool SoundOutput::open() {
  if (device_ || failed_) return device_ != 0;
  if (SDL_WasInit(SDL_INIT_AUDIO) == 0 && SDL_InitSubSystem(SDL_INIT_AUDIO) != 0) {
    failed_ = true;
    logInfo("sound", std::string("no sound output, the game stays silent: ") + SDL_GetError());
    return false;
  }
  SDL_AudioSpec want{}, have{};
  want.freq = kSampleRate;
  want.format = AUDIO_S16SYS;
  want.channels = 1;
  want.samples = 1024;
  device_ = SDL_OpenAudioDevice(nullptr, 0, &want, &have, 0);
  if (!device_) {
    failed_ = true;
    logInfo("sound", std::string("no sound output, the game stays silent: ") + SDL_GetError());
    return false;
  }
  SDL_PauseAudioDevice(device_, 0);
  return true;
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
