// The pause menu, over the board or a card: resume, settings, and in group
// play the facilitator's controls (undo the last answer, skip the card, end
// the game now and go to the summary).
#pragma once
#include <memory>

#include "engine/focus.h"
#include "engine/scene.h"
#include "game/screens/board_screen.h"
#include "game/session.h"

namespace game {

class PauseScreen : public engine::Scene {
 public:
  PauseScreen(Context& context, std::shared_ptr<GameSession> session, ScreenHooks hooks);

  std::string_view name() const override { return "pause"; }
  bool isOverlay() const override { return true; }
  void handle(const engine::Action& action) override;
  void draw(engine::Renderer& r) override;
  std::vector<std::string> spokenText() const override;
  std::vector<Target> labeledTargets() const override;
  const engine::ButtonGroup* focusButtons() const override { return &buttons_; }

 private:
  void layout();
  std::string label(const std::string& id) const;

  Context& ctx_;
  Settings& settings_;
  const Theme& theme_;
  std::shared_ptr<GameSession> session_;
  ScreenHooks hooks_;
  engine::ButtonGroup buttons_;
};

}  // namespace game
