// The editor's window under its panels: the selected card drawn by the
// game's own card presenter, in the preview's rectangle, and the panels'
// buttons offered to scripts by label (tap-label).
#pragma once
#include <string_view>
#include <vector>

#include "engine/scene.h"
#include "game/ui/theme.h"
#include "editor_model.h"

namespace declic_edit {

class PreviewScene : public engine::Scene {
 public:
  PreviewScene(EditorModel& model, std::vector<Target>& labelled);
  std::string_view name() const override { return "editor"; }
  void handle(const engine::Action& action) override;
  void draw(engine::Renderer& r) override;
  bool wantsTextEntry() const override { return true; }
  std::vector<Target> labeledTargets() const override { return labelled_; }

 private:
  EditorModel& model_;
  std::vector<Target>& labelled_;
  game::Theme theme_ = game::defaultTheme();
};

}  // namespace declic_edit
