// Setting up a group game: how many players or teams, their names (typed on
// an on-screen keyboard or a real one) and MRCs, the mode, and the group's
// MRC, which each team follows unless given its own.
#pragma once
#include <optional>
#include <utility>
#include <functional>
#include <string>

#include "engine/focus.h"
#include "engine/scene.h"
#include "game/content/model.h"
#include "game/rules/game_state.h"
#include "game/app/context.h"

namespace game {

class SetupScreen : public engine::Scene {
 public:
  using Start = std::function<void(const rules::GameConfig&)>;
  SetupScreen(Context& context, Start start);

  std::string_view name() const override { return "setup"; }
  void handle(const engine::Action& action) override;
  void draw(engine::Renderer& r) override;
  std::vector<std::string> spokenText() const override;
  std::vector<Target> labeledTargets() const override;
  const engine::ButtonGroup* focusButtons() const override { return &buttons_; }

 private:
  void layout();
  void onStageChanged() override { layout(); }
  void onResume() override;
  // The team whose default name the keyboard shows translated, and how.
  std::optional<std::pair<std::size_t, std::string>> translatedDefault_;
  std::string label(const std::string& id) const;

  Context& ctx_;
  Settings& settings_;
  const Theme& theme_;
  std::shared_ptr<const content::Pack> pack_;
  Start start_;
  rules::GameConfig config_;
  std::size_t territory_ = 0;
  engine::ButtonGroup buttons_;
};

// The on-screen keyboard: edits `text` in place (at most 20 characters).
class KeyboardScreen : public engine::Scene {
 public:
  // With `territory`, a button also sets the team's MRC (empty: the group's `groupTerritory`).
  KeyboardScreen(const Context& context, std::string& text, std::string* territory = nullptr,
                 std::string groupTerritory = {});

  std::string_view name() const override { return "keyboard"; }
  bool wantsTextEntry() const override { return true; }
  void handle(const engine::Action& action) override;
  void draw(engine::Renderer& r) override;
  std::vector<std::string> spokenText() const override { return {text_}; }
  std::vector<Target> labeledTargets() const override;
  const engine::ButtonGroup* focusButtons() const override { return &keys_; }

 private:
  void onStageChanged() override;
  void type(const std::string& text);
  std::string keyLabel(const std::string& id) const;
  void nextTerritory();
  void erase();

  const Settings& settings_;
  const Theme& theme_;
  std::string& text_;
  std::string* territory_;
  std::string groupTerritory_;
  std::shared_ptr<const content::Pack> pack_;
  engine::ButtonGroup keys_;
  std::vector<std::string> labels_;
};

}  // namespace game
