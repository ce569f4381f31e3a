#include "engine/speech.h"

#include "audio_output.h"
#include "engine/wav.h"

#include <SDL.h>
#include <espeak-ng/speak_lib.h>

#include <cstring>
#include <fstream>

#include "engine/log.h"

namespace engine {
namespace {
Speech* current = nullptr;  // espeak-ng's callback has no user pointer of ours
std::atomic<bool>* cancelFlag = nullptr;
std::vector<short>* collecting = nullptr;

int onSamples(short* wav, int count, espeak_EVENT*) {
  if (wav && count > 0 && collecting) collecting->insert(collecting->end(), wav, wav + count);
  return cancelFlag && cancelFlag->load() ? 1 : 0;  // 1 stops the synthesis
}

}  // namespace

Speech::Speech(std::string wavPath) : wavPath_(std::move(wavPath)) {}

Speech::~Speech() {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    quit_ = true;
    cancel_ = true;
  }
  wake_.notify_all();
  if (worker_.joinable()) worker_.join();
  if (started_) espeak_Terminate();
  if (audioDevice_) SDL_CloseAudioDevice(audioDevice_);
  if (current == this) current = nullptr;
}

bool Speech::start(std::string& error) {
  if (current) {
    error = "read-aloud is already running";
    return false;
  }
  sampleRate_ = espeak_Initialize(AUDIO_OUTPUT_SYNCHRONOUS, 200, nullptr, 0);
  if (sampleRate_ <= 0) {
    error = "espeak-ng has no voice data (install espeak-ng-data)";
    return false;
  }
  started_ = true;
  current = this;
  cancelFlag = &cancel_;
  espeak_SetSynthCallback(onSamples);
  if (wavPath_.empty() && !(audioDevice_ = openMonoOutput(sampleRate_, 2048, error))) return false;
  worker_ = std::thread([this] { run(); });
  return true;
}

void Speech::say(const std::vector<std::string>& lines, const std::string& voice, int wordsPerMinute) {
  if (!started_) return;
  if (recording()) {
    // Nobody listens to a recording as it is made: every line is kept, in order,
    // so a headless run writes the same file however loaded the machine is.
    std::unique_lock<std::mutex> lock(mutex_);
    idle_.wait(lock, [this] { return queue_.empty() && !busy_; });
    queue_.push_back({lines, voice, wordsPerMinute});
    lock.unlock();
    wake_.notify_all();
    return;
  }
  {
    std::lock_guard<std::mutex> lock(mutex_);
    queue_.clear();  // only the newest screen matters
    queue_.push_back({lines, voice, wordsPerMinute});
    cancel_ = busy_;
  }
  if (audioDevice_) SDL_ClearQueuedAudio(audioDevice_);
  wake_.notify_all();
}

void Speech::stop() {
  if (recording()) return;  // see say(): a recording is never cut
  {
    std::lock_guard<std::mutex> lock(mutex_);
    queue_.clear();
    cancel_ = true;
  }
  if (audioDevice_) SDL_ClearQueuedAudio(audioDevice_);
}

std::vector<std::string> Speech::spokenLines() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return spoken_;
}

void Speech::finish() {
  std::unique_lock<std::mutex> lock(mutex_);
  idle_.wait(lock, [this] { return queue_.empty() && !busy_; });
}

void Speech::play(const short* samples, int count) {
  if (count <= 0) return;
  if (audioDevice_) {
    SDL_QueueAudio(audioDevice_, samples, static_cast<Uint32>(count * 2));
  } else {
    wav_.insert(wav_.end(), samples, samples + count);
  }
}

void Speech::run() {
  for (;;) {
    Request request;
    {
      std::unique_lock<std::mutex> lock(mutex_);
      wake_.wait(lock, [this] { return quit_ || !queue_.empty(); });
      if (quit_) return;
      request = std::move(queue_.front());
      queue_.pop_front();
      busy_ = true;
      cancel_ = false;
    }
    espeak_SetVoiceByName(request.voice.c_str());
    espeak_SetParameter(espeakRATE, request.rate, 0);
    // A short pause between lines, as a person reading a card aloud would make.
    const std::vector<short> pause(static_cast<std::size_t>(sampleRate_ / 3), 0);
    for (const auto& line : request.lines) {
      if (cancel_) break;
      std::vector<short> samples;
      collecting = &samples;
      espeak_Synth(line.c_str(), line.size() + 1, 0, POS_CHARACTER, 0, espeakCHARS_UTF8, nullptr, nullptr);
      collecting = nullptr;
      if (cancel_) break;
      play(samples.data(), static_cast<int>(samples.size()));
      play(pause.data(), static_cast<int>(pause.size()));
      std::lock_guard<std::mutex> lock(mutex_);
      spoken_.push_back(line);
    }
    if (!wavPath_.empty()) writeWav(wavPath_, wav_, sampleRate_);
    {
      std::lock_guard<std::mutex> lock(mutex_);
      busy_ = false;
    }
    idle_.notify_all();
  }
}

}  // namespace engine
