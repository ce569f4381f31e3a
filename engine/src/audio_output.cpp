#include "audio_output.h"

namespace engine {

SDL_AudioDeviceID openMonoOutput(int sampleRate, Uint16 bufferSamples, std::string& error) {
  if (SDL_WasInit(SDL_INIT_AUDIO) == 0 && SDL_InitSubSystem(SDL_INIT_AUDIO) != 0) {
    error = std::string("no sound output: ") + SDL_GetError();
    return 0;
  }
  SDL_AudioSpec want{}, have{};
  want.freq = sampleRate;
  want.format = AUDIO_S16SYS;
  want.channels = 1;
  want.samples = bufferSamples;
  const SDL_AudioDeviceID device = SDL_OpenAudioDevice(nullptr, 0, &want, &have, 0);
  if (!device) {
    error = std::string("no sound output: ") + SDL_GetError();
    return 0;
  }
  SDL_PauseAudioDevice(device, 0);
  return device;
}

}  // namespace engine
