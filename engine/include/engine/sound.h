// Plays short sounds (16-bit mono samples) through SDL audio. The device opens
// on the first sound, so a silent game never touches it; when there is no
// sound output the game goes on silent, with one line in the log.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

namespace engine {

class SoundOutput {
 public:
  static constexpr int kSampleRate = 22050;
  // `wavPath` non-empty: record what would be played there instead (headless runs, tests).
  explicit SoundOutput(std::string wavPath = {}) : wavPath_(std::move(wavPath)) {}
  ~SoundOutput();
  SoundOutput(const SoundOutput&) = delete;
  SoundOutput& operator=(const SoundOutput&) = delete;

  // Queues `samples` after whatever is still playing (a short sound never cuts another).
  void play(const std::vector<std::int16_t>& samples);
  // Writes the recording, if any; call before exiting.
  void finish();

 private:
  bool open();
  std::string wavPath_;
  std::vector<std::int16_t> recorded_;
  unsigned device_ = 0;
  bool failed_ = false;
};

}  // namespace engine
