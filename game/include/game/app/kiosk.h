// Kiosk mode: a public-library touchscreen, unattended all day. It shows the
// attract screen between players; after a while without input it asks
// « Êtes-vous toujours là ? » with a countdown, then forgets the session
// (game, save, names, language, text size) and goes back to the attract
// screen. Nothing lets the public leave: window close, Alt+F4, F11 and
// Escape-to-quit do nothing; five taps in the top-left corner within 3 s open
// the facilitator's PIN pad.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "engine/app.h"
#include "game/app/flow.h"
#include "game/app/kiosk_config.h"

namespace game {

class Kiosk {
 public:
  Kiosk(engine::App& app, Flow& flow, KioskConfig config);
  // Plugs into the app's hooks and shows the attract screen.
  void start();
  // Only locks the way out (a broken pack: no game to time out, but no exit either).
  void guard();

  // Seconds without input before the warning, and left on its countdown.
  double idleSeconds() const { return idle_; }

 private:
  bool onAction(const engine::Action& action);
  void onTick(double dt);
  void showWarning();
  void reset();
  bool cornerTap(const engine::Action& action);
  std::string status() const;

  engine::App& app_;
  Flow& flow_;
  KioskConfig config_;
  double idle_ = 0;        // seconds since the last input
  bool warning_ = false;   // the countdown is showing
  double attractClock_ = 0;
  std::vector<std::uint32_t> cornerTaps_;
  std::uint32_t startedMs_ = 0;
};

}  // namespace game
