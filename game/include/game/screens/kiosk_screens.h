// The kiosk's own screens: the attract screen that invites the next person
// to play, the « Êtes-vous toujours là ? » countdown before a reset, and the
// facilitator's PIN pad and menu. None of them offers a way out to the public.
#pragma once
#include <functional>
#include <string>

#include "engine/focus.h"
#include "engine/scene.h"
#include "game/app/context.h"

namespace game {

// Moves gently (tokens drift round the title) and invites a touch, in French and English.
class AttractScreen : public engine::Scene {
 public:
  AttractScreen(const Context& context, std::function<void()> start);

  std::string_view name() const override { return "attract"; }
  void handle(const engine::Action& action) override;
  void update(double dt) override { clock_ += dt; }
  void draw(engine::Renderer& r) override;
  std::vector<std::string> spokenText() const override;
  std::vector<Target> labeledTargets() const override;

 private:
  const Context& ctx_;
  std::function<void()> start_;
  double clock_ = 0;
};

// Over whatever is showing: a countdown and one large « Je continue ».
class IdleWarningScreen : public engine::Scene {
 public:
  IdleWarningScreen(const Context& context, std::function<double()> secondsLeft, std::function<void()> resume);

  std::string_view name() const override { return "idle-warning"; }
  bool isOverlay() const override { return true; }
  void handle(const engine::Action& action) override;
  void draw(engine::Renderer& r) override;
  std::vector<std::string> spokenText() const override;
  std::vector<Target> labeledTargets() const override;
  const engine::ButtonGroup* focusButtons() const override { return &buttons_; }

 private:
  const Context& ctx_;
  std::function<double()> secondsLeft_;
  std::function<void()> resume_;
  engine::ButtonGroup buttons_;
};

// The facilitator's door: a PIN pad, then exit, reload the pack, and a status line.
class UnlockScreen : public engine::Scene {
 public:
  struct Actions {
    std::function<bool(const std::string& pin)> check;  // true when the PIN is right
    std::function<void()> exit;
    std::function<void()> reload;
    std::function<std::string()> status;  // pack, version, uptime, games today
  };
  UnlockScreen(const Context& context, Actions actions);

  std::string_view name() const override { return unlocked_ ? "kiosk-menu" : "unlock"; }
  void handle(const engine::Action& action) override;
  void draw(engine::Renderer& r) override;
  std::vector<std::string> spokenText() const override { return {message_}; }
  std::vector<Target> labeledTargets() const override;
  const engine::ButtonGroup* focusButtons() const override { return &buttons_; }

 private:
  void layout();
  std::string label(const std::string& id) const;

  const Context& ctx_;
  Actions actions_;
  std::string pin_;
  std::string message_;
  bool unlocked_ = false;
  int wrongTries_ = 0;  // three wrong PINs close the pad: each new try needs the five corner taps again
  engine::ButtonGroup buttons_;
};

}  // namespace game
