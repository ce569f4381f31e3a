// The first screen: the game's name, what it is for, and large buttons to
// play in a group, play alone (two taps to the first card), resume a saved
// game, browse the cards, and change the language, text size and MRC.
#pragma once
#include <functional>
#include <string>

#include "engine/focus.h"
#include "engine/scene.h"
#include "engine/tween.h"
#include "game/content/model.h"
#include "game/app/context.h"

namespace game {

class TitleScreen : public engine::Scene {
 public:
  struct Callbacks {
    std::function<void()> group;
    std::function<void()> solo;
    std::function<void()> resume;  // empty when there is no saved game
    std::function<void()> browse;
    std::function<void()> quit;
  };
  TitleScreen(Context& context, Callbacks callbacks);

  std::string_view name() const override { return "title"; }
  void handle(const engine::Action& action) override;
  void update(double dt) override;
  void draw(engine::Renderer& r) override;
  std::vector<std::string> spokenText() const override;
  std::vector<Target> labeledTargets() const override;
  const engine::ButtonGroup* focusButtons() const override { return &buttons_; }
  bool animating() const override { return !fadeIn_.done(); }
  bool settled() const override { return true; }  // the fade-in is decoration: the buttons work at once

 private:
  void layoutButtons();
  void onStageChanged() override { layoutButtons(); }  // setButtons keeps the focus
  std::string label(const std::string& id) const;

  Settings& settings_;
  const Theme& theme_;
  std::shared_ptr<const content::Pack> pack_;
  Callbacks callbacks_;
  engine::ButtonGroup buttons_;
  engine::Tween fadeIn_{0, 1, 0.6f};
};

}  // namespace game
