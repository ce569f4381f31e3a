// The board: spaces around the region, tokens moving space by space, the
// die, whose turn it is in large text, and the scores or the shared goal.
#pragma once
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "engine/focus.h"
#include "engine/scene.h"
#include "engine/tween.h"
#include "game/app/context.h"
#include "game/session.h"

namespace game {

struct ScreenHooks {
  std::function<void()> home;  // back to the title
  std::function<void()> quit;
};

class BoardScreen : public engine::Scene {
 public:
  BoardScreen(Context& context, std::shared_ptr<GameSession> session, ScreenHooks hooks);

  std::string_view name() const override { return "board"; }
  void handle(const engine::Action& action) override;
  void update(double dt) override;
  void draw(engine::Renderer& r) override;
  std::vector<std::string> spokenText() const override;
  std::vector<Target> labeledTargets() const override;
  const engine::ButtonGroup* focusButtons() const override { return &buttons_; }
  bool animating() const override { return animation_ != Animation::Idle || cardPending_ || countingScores_; }

 private:
  enum class Animation { Idle, Rolling, Moving, Jumping, Landing };
  void onStageChanged() override;
  void layoutBoard();
  void layoutButtons();
  engine::Rect ringMiddle() const;
  void startRoll();
  void afterMove();
  engine::Vec2 spaceCenter(int index) const;
  void drawJumps(engine::Renderer& r, const content::Board& board) const;
  engine::Vec2 tokenCenter(int player, float along) const;
  float tokenRadius() const;
  void drawDie(engine::Renderer& r, engine::Rect die, int face) const;
  std::string turnText() const;

  Context& ctx_;
  Settings& settings_;
  const Theme& theme_;
  std::shared_ptr<GameSession> session_;
  ScreenHooks hooks_;
  engine::ButtonGroup buttons_;
  // Laid out for the window's shape: the board takes what the side panel leaves.
  engine::Rect boardArea_, panel_, streetArea_;
  engine::Rect ringFrame_;  // the rectangle the ring of spaces runs around
  std::vector<engine::Vec2> spaces_;
  std::vector<engine::Rect> scenery_;  // where « Mon quartier » draws its houses
  float spaceSize_ = 150;
  float middleSlack_ = 0;  // how much taller the ring's middle is than on a 16:9 screen
  std::vector<float> shown_;  // each token's drawn position along the board
  std::vector<float> shownScore_;  // each score as drawn: it counts up to the real one
  bool countingScores_ = false;
  Animation animation_ = Animation::Idle;
  double timer_ = 0;
  int mover_ = 0;
  int stepsLeft_ = 0;
  int shownFace_ = 1;
  bool cardPending_ = false;
  bool streets_ = false;  // a path board, drawn as rows of streets
  int jumpFrom_ = -1;     // the space a shortcut or setback starts from, while the token follows it
};

}  // namespace game
