// The first screen: the game's name, what it is for, and large buttons.
#pragma once
#include <functional>
#include <string>

#include "engine/focus.h"
#include "engine/scene.h"
#include "engine/tween.h"
#include "game/ui/strings.h"

namespace game {

class TitleScreen : public engine::Scene {
 public:
  struct Callbacks {
    std::function<void()> browse;  // empty when there is no pack to browse
    std::function<void()> quit;
  };
  // `packName` is shown under the tagline (in the interface language).
  TitleScreen(Settings& settings, std::string packName, Callbacks callbacks);

  std::string_view name() const override { return "title"; }
  void handle(const engine::Action& action) override;
  void update(double dt) override;
  void draw(engine::Renderer& r) override;
  std::vector<std::string> spokenText() const override;

 private:
  void layoutButtons();
  std::string label(const std::string& id) const;

  Settings& settings_;
  std::string packName_;
  Callbacks callbacks_;
  engine::ButtonGroup buttons_;
  engine::Tween fadeIn_{0, 1, 0.6f};
};

}  // namespace game
