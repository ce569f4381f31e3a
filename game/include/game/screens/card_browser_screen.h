// Leafs through every card of the pack, in both languages: facilitators
// preview a pack before a gathering, players can read at their own pace.
#pragma once
#include <vector>

#include "engine/focus.h"
#include "engine/scene.h"
#include "game/content/model.h"
#include "game/ui/card_presenter.h"
#include "game/app/context.h"

namespace game {

class CardBrowserScreen : public engine::Scene {
 public:
  explicit CardBrowserScreen(Context& context);

  std::string_view name() const override { return "cards"; }
  void handle(const engine::Action& action) override;
  void draw(engine::Renderer& r) override;
  std::vector<std::string> spokenText() const override;
  std::vector<Target> labeledTargets() const override;
  const engine::ButtonGroup* focusButtons() const override { return &buttons_; }

 private:
  void onStageChanged() override;
  CardContent current() const;
  void step(int delta);

  const char* labelOf(const std::string& id) const;

  Context& ctx_;
  const Settings& settings_;
  const Theme& theme_;
  std::shared_ptr<const content::Pack> pack_;
  std::vector<rules::CardRef> cards_;
  std::size_t index_ = 0;
  engine::ButtonGroup buttons_;
};

}  // namespace game
