#include "game/app/read_aloud.h"

#include <fstream>

#include "engine/log.h"
#include "game/ui/speakable.h"

namespace game {
namespace {
constexpr double kSettleSeconds = 0.4;  // a die rolling or a token walking is not read out step by step
}

ReadAloud::ReadAloud(engine::App& app, Context& context, const std::string& wavOut)
    : app_(app), context_(context), speech_(wavOut), wavOut_(wavOut) {
  context_.speak = [this](const std::vector<std::string>& lines) { say(lines); };
  app_.hooks().tick.push_back([this](double dt) { tick(dt); });
}

ReadAloud::~ReadAloud() { context_.speak = nullptr; }

bool ReadAloud::ensureStarted() {
  // Voices and the sound device open on first use: a game nobody listens to never touches them.
  if (ready_ || failed_) return ready_;
  std::string error;
  ready_ = speech_.start(error);
  failed_ = !ready_;
  if (failed_) engine::logWarning("speech", "read-aloud is off: " + error);
  return ready_;
}

void ReadAloud::say(const std::vector<std::string>& lines) {
  if (lines.empty() || !ensureStarted()) return;
  spoken_ = lines;
  const Language language = context_.settings.language;
  static const std::vector<content::PackInfo::Pronunciation> none;
  const auto& words = context_.pack ? context_.pack->info.pronunciations : none;
  std::vector<std::string> said;
  for (const auto& line : lines) said.push_back(speakable(line, language, words));
  speech_.say(said, language == Language::English ? "en" : "fr", context_.settings.speechRate);
}

void ReadAloud::tick(double dt) {
  const bool on = context_.settings.readAloud;
  if (!on) {
    if (wasOn_) speech_.stop();
    wasOn_ = false;
    return;
  }
  engine::Scene* top = app_.scenes().top();
  if (!top) return;
  auto words = top->spokenText();
  if (words != heard_ || !wasOn_) {
    heard_ = std::move(words);
    settled_ = 0;
    wasOn_ = true;
    focused_ = top->focusedLabel();  // a new screen is read whole; its first focus is not news
    app_.wakeWithin(static_cast<std::uint32_t>(kSettleSeconds * 1000) + 20);
    return;
  }
  settled_ += dt;
  if (settled_ >= kSettleSeconds && heard_ != spoken_ && heard_ != screenRead_) {
    screenRead_ = heard_;
    say(heard_);
  }
  // Moving the keyboard focus says the button it lands on, at once.
  std::string focused = top->focusedLabel();
  if (focused != focused_) {
    focused_ = std::move(focused);
    if (!focused_.empty()) say({focused_});
  }
}

void ReadAloud::finish() {
  if (!ready_) return;
  speech_.finish();
  if (wavOut_.empty()) return;
  std::ofstream log(wavOut_ + ".txt");
  for (const auto& line : speech_.spokenLines()) log << line << "\n";
}

}  // namespace game
