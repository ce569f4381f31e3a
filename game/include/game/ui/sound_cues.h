// The game's few sounds, each a handful of soft tones: the die, a step, the
// landing, a right answer, an answer that was not quite it (never a buzzer),
// and the end. Nothing is louder than a third of full scale.
#pragma once
#include <cstdint>
#include <vector>

#include "engine/tones.h"

namespace game {

enum class Cue { Roll, Step, Land, Right, NotQuite, End };

std::vector<engine::Tone> tonesFor(Cue cue);
// "roll", "step", "land", "right", "not-quite", "end": for logs and tests.
const char* cueName(Cue cue);
// The samples of `cue`, at the sound output's rate and the game's gentle volume.
const std::vector<std::int16_t>& cueSamples(Cue cue, int sampleRate);

}  // namespace game
