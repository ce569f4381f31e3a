#include "game/app/kiosk.h"

#include <algorithm>

#include "engine/log.h"
#include "game/app/sha256.h"
#include "game/screens/kiosk_screens.h"

namespace game {

namespace {
constexpr double kAttractFrameSeconds = 0.1;  // the attract screen moves at 10 frames a second
constexpr float kCorner = 160;                // the top-left square that unlocks (canvas units)
constexpr std::uint32_t kCornerWindowMs = 3000;
constexpr std::size_t kCornerTaps = 5;
}  // namespace

Kiosk::Kiosk(engine::App& app, Flow& flow, KioskConfig config) : app_(app), flow_(flow), config_(std::move(config)) {}

void Kiosk::guard() {
  startedMs_ = app_.nowMs();
  app_.hooks().action.push_back([this](const engine::Action& a) { return onAction(a); });
  flow_.setKiosk(true, {});
}

void Kiosk::start() {
  guard();
  app_.hooks().tick.push_back([this](double dt) { onTick(dt); });
  flow_.setKiosk(true, [this] { reset(); });
  reset();
}

bool Kiosk::onAction(const engine::Action& action) {
  // No way out for the public: closing the window, Alt+F4 and F11 do nothing. The system's
  // request to stop (SIGTERM from systemd, a logout) still ends the program cleanly.
  if (action.type == engine::ActionType::CloseWindow || action.type == engine::ActionType::ToggleFullscreen) return false;
  if (action.type != engine::ActionType::Point) idle_ = 0;
  if (cornerTap(action)) {
    UnlockScreen::Actions actions;
    actions.check = [this](const std::string& pin) { return !config_.pinSha256.empty() && sha256Hex(pin) == config_.pinSha256; };
    actions.exit = [this] { app_.requestQuit(); };
    actions.reload = [this] { flow_.reloadPack(); };
    actions.status = [this] { return status(); };
    app_.scenes().push(std::make_unique<UnlockScreen>(flow_.context(), actions));
    return false;
  }
  return true;
}

// Five taps in the top-left corner within three seconds.
bool Kiosk::cornerTap(const engine::Action& action) {
  if (action.type != engine::ActionType::Press) return false;
  if (action.position.x > kCorner || action.position.y > kCorner) {
    cornerTaps_.clear();
    return false;
  }
  cornerTaps_.push_back(action.timestampMs);
  std::erase_if(cornerTaps_, [&](std::uint32_t t) { return action.timestampMs - t > kCornerWindowMs; });
  if (cornerTaps_.size() < kCornerTaps) return false;
  cornerTaps_.clear();
  return true;
}

void Kiosk::onTick(double dt) {
  const engine::Scene* top = app_.scenes().top();
  const std::string_view screen = top ? top->name() : "";
  if (screen == "attract") {
    // Nothing to time out; only a gentle motion, at a low frame rate.
    idle_ = 0;
    attractClock_ += dt;
    if (attractClock_ >= kAttractFrameSeconds) {
      attractClock_ = 0;
      app_.requestRedraw();
    }
    app_.wakeWithin(static_cast<std::uint32_t>(kAttractFrameSeconds * 1000));
    return;
  }
  if (screen == "unlock" || screen == "kiosk-menu") {
    // A facilitator's screens: no countdown, but someone who walks away from the PIN pad
    // or the menu must not leave it, or the last player's game, to the next person.
    idle_ += dt;
    if (idle_ >= config_.idleSeconds) reset();
    app_.wakeWithin(1000);
    return;
  }
  idle_ += dt;
  if (!warning_ && idle_ >= config_.idleSeconds) showWarning();
  if (warning_) {
    app_.requestRedraw();  // the countdown moves
    if (idle_ >= config_.idleSeconds + config_.warningSeconds) reset();
  }
  app_.wakeWithin(warning_ ? 250 : 1000);
}

void Kiosk::showWarning() {
  warning_ = true;
  auto left = [this] { return config_.idleSeconds + config_.warningSeconds - idle_; };
  auto resume = [this] {
    warning_ = false;
    idle_ = 0;
    app_.scenes().pop();
  };
  app_.scenes().push(std::make_unique<IdleWarningScreen>(flow_.context(), left, resume));
}

void Kiosk::reset() {
  warning_ = false;
  idle_ = 0;
  flow_.forgetSession(config_.territory);
  engine::logInfo("kiosk", "session reset: back to the attract screen");
}

std::string Kiosk::status() const {
  const auto& pack = flow_.context().currentPack();
  const std::uint32_t minutes = (app_.nowMs() - startedMs_) / 60000;
  return pack.info.name.get(std::string(languageCode(flow_.context().settings.language))) + " " + pack.info.version +
         " — " + std::to_string(minutes / 60) + " h " + std::to_string(minutes % 60) + " min — " +
         std::to_string(flow_.gamesPlayed()) +
         (flow_.context().settings.language == Language::French ? (flow_.gamesPlayed() > 1 ? " parties" : " partie")
                                                                 : (flow_.gamesPlayed() == 1 ? " game" : " games"));
}

}  // namespace game
