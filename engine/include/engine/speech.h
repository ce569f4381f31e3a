// Reading aloud with espeak-ng: lines of text become speech played through
// SDL audio, or appended to a WAV file (headless runs, tests). Synthesis runs
// on a worker thread, so a long card never stalls a frame; a new request
// stops the one before it. Knows nothing of the game: the caller picks the
// voice ("fr", "en") and the words.
#pragma once
#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace engine {

class Speech {
 public:
  // `wavPath` non-empty: write what would be spoken there instead of playing it.
  explicit Speech(std::string wavPath = {});
  ~Speech();
  Speech(const Speech&) = delete;
  Speech& operator=(const Speech&) = delete;

  // Loads the voices and opens the audio output; false with a reason (the
  // game then goes on silent).
  bool start(std::string& error);
  // Speaks `lines` in order with `voice` at `wordsPerMinute`, stopping what was being said
  // (a recording to a WAV file is never cut: it waits, so headless runs are repeatable).
  void say(const std::vector<std::string>& lines, const std::string& voice, int wordsPerMinute);
  void stop();
  // Every line spoken since start, in order (tests, and a text log beside the WAV).
  std::vector<std::string> spokenLines() const;
  // Waits until everything asked for is synthesised (headless runs before they exit).
  void finish();

 private:
  bool recording() const { return !wavPath_.empty(); }
  struct Request {
    std::vector<std::string> lines;
    std::string voice;
    int rate = 150;
  };
  void run();
  void play(const short* samples, int count);

  std::string wavPath_;
  std::thread worker_;
  mutable std::mutex mutex_;
  std::condition_variable wake_, idle_;
  std::deque<Request> queue_;
  bool busy_ = false, quit_ = false, started_ = false;
  std::atomic<bool> cancel_{false};
  std::uint32_t audioDevice_ = 0;
  int sampleRate_ = 22050;
  std::vector<std::string> spoken_;
  std::vector<short> wav_;  // everything written to the WAV file so far
};

}  // namespace engine
