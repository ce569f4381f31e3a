// Writes 16-bit mono samples as a WAV file: what a headless run would have
// played, for tests to check (speech and sounds).
#pragma once
#include <cstdint>
#include <string>
#include <vector>

namespace engine {

bool writeWav(const std::string& path, const std::vector<std::int16_t>& samples, int sampleRate);

}  // namespace engine
