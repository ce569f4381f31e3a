// Leafs through every card of the pack, in both languages: facilitators
// preview a pack before a gathering, players can read at their own pace.
#pragma once
#include <vector>

#include "engine/focus.h"
#include "engine/scene.h"
#include "game/content/model.h"
#include "game/ui/card_view.h"
#include "game/ui/strings.h"

namespace game {

class CardBrowserScreen : public engine::Scene {
 public:
  CardBrowserScreen(const Settings& settings, const content::Pack& pack);

  std::string_view name() const override { return "cards"; }
  void handle(const engine::Action& action) override;
  void draw(engine::Renderer& r) override;
  std::vector<std::string> spokenText() const override;
  std::vector<engine::Rect> touchTargets() const override;

 private:
  CardContent current() const;
  void step(int delta);

  const Settings& settings_;
  const content::Pack& pack_;
  std::size_t index_ = 0;
  engine::ButtonGroup buttons_;
};

}  // namespace game
