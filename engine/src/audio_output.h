// Opens SDL's default audio output for 16-bit mono samples at `sampleRate`,
// started and ready for SDL_QueueAudio: speech and the game's sounds share it.
#pragma once
#include <SDL.h>

#include <string>

namespace engine {

// 0 with `error` set when there is no sound output (the caller goes on silent).
SDL_AudioDeviceID openMonoOutput(int sampleRate, Uint16 bufferSamples, std::string& error);

}  // namespace engine
