// Shown instead of the game when the pack has errors: the same messages as
// declic-pack, large and readable, so a facilitator knows what to fix.
#pragma once
#include <functional>
#include <string>
#include <vector>

#include "engine/focus.h"
#include "engine/scene.h"
#include "game/content/diagnostics.h"
#include "game/app/context.h"

namespace game {

class PackErrorsScreen : public engine::Scene {
 public:
  PackErrorsScreen(const Context& context, const content::Report& report, std::function<void()> quit);

  std::string_view name() const override { return "pack-errors"; }
  void handle(const engine::Action& action) override;
  void draw(engine::Renderer& r) override;
  std::vector<std::string> spokenText() const override;
  std::vector<Target> labeledTargets() const override;
  const engine::ButtonGroup* focusButtons() const override { return &buttons_; }

 private:
  void onStageChanged() override;
  std::size_t shown() const;  // how many messages a screenful holds
  const Settings& settings_;
  const Theme& theme_;
  std::string packPath_;
  std::vector<std::string> messages_;
  std::vector<bool> isError_;  // errors stop the game; warnings do not
  std::size_t first_ = 0;  // first message shown (scrolling)
  std::function<void()> quit_;
  engine::ButtonGroup buttons_;
};

}  // namespace game
