// « Êtes-vous sûr ? » over the current screen, for what cannot be taken back
// with one tap: leaving the game, ending a game before its last round. The
// safe answer is focused; Back (Escape) means no.
#pragma once
#include <functional>
#include <string>

#include "engine/focus.h"
#include "engine/scene.h"
#include "game/app/context.h"

namespace game {

class ConfirmScreen : public engine::Scene {
 public:
  // `question`, `yes` and `no` are string keys (tr); `onYes` runs after this screen closes.
  ConfirmScreen(const Context& context, std::string question, std::string yes, std::string no,
                std::function<void()> onYes);
  std::string_view name() const override { return "confirm"; }
  bool isOverlay() const override { return true; }
  void handle(const engine::Action& action) override;
  void draw(engine::Renderer& r) override;
  std::vector<std::string> spokenText() const override;
  std::vector<Target> labeledTargets() const override;
  const engine::ButtonGroup* focusButtons() const override { return &buttons_; }

 private:
  const Settings& settings_;
  const Theme& theme_;
  std::string question_, yes_, no_;
  std::function<void()> onYes_;
  engine::ButtonGroup buttons_;
};

}  // namespace game
