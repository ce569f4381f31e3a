// The card: its question with large answer buttons (colour, shape and letter
// together), then the reveal with its explanation, the resource's contact
// card, its source and checked date. No timer: players take their time.
// A new card arrives face down and turns over, slowly enough to follow; a tap
// or a key during the turn shows it at once.
#pragma once
#include <memory>

#include "engine/focus.h"
#include "engine/scene.h"
#include "game/screens/board_screen.h"
#include "game/session.h"
#include "game/ui/card_presenter.h"

namespace game {

class CardScreen : public engine::Scene {
 public:
  CardScreen(Context& context, std::shared_ptr<GameSession> session, ScreenHooks hooks);

  std::string_view name() const override;
  void handle(const engine::Action& action) override;
  void update(double dt) override;
  void draw(engine::Renderer& r) override;
  std::vector<std::string> spokenText() const override;
  std::vector<Target> labeledTargets() const override;
  const engine::ButtonGroup* focusButtons() const override { return &buttons_; }
  bool animating() const override { return arrival_ < kArrival; }

 private:
  // A new window shape moves the buttons; the focused answer stays focused.
  void onStageChanged() override { refreshButtons(false); }
  CardContent content() const;
  CardSlot slot() const;
  void refreshButtons(bool startOver = true);
  // The card comes off the deck: its back grows, then it turns over (seconds).
  static constexpr double kGrow = 0.3, kTurn = 0.5, kArrival = kGrow + kTurn;
  void drawArrival(engine::Renderer& r, const CardContent& card);

  Context& ctx_;
  Settings& settings_;
  const Theme& theme_;
  std::shared_ptr<GameSession> session_;
  ScreenHooks hooks_;
  engine::ButtonGroup buttons_;
  rules::Phase shownPhase_ = rules::Phase::Rolling;
  double arrival_ = 0;
};

}  // namespace game
