// Screens on a stack. The top scene gets the actions; scenes draw from the
// topmost opaque one upwards, so a pause menu can sit over the board.
// Changes requested during a callback apply after it, never mid-call.
#pragma once
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "engine/geometry.h"
#include "engine/input.h"

namespace engine {

class ButtonGroup;
class Renderer;
class SceneStack;

class Scene {
 public:
  virtual ~Scene() = default;
  // A short stable name, used by scripts ("expect-scene title").
  virtual std::string_view name() const = 0;
  virtual void handle(const Action& /*action*/) {}
  virtual void update(double /*dt*/) {}
  virtual void draw(Renderer& renderer) = 0;
  virtual bool isOverlay() const { return false; }
  virtual bool wantsTextEntry() const { return false; }
  // Every text the scene shows, in reading order, for read-aloud.
  virtual std::vector<std::string> spokenText() const { return {}; }
  // What a player can touch, with the words written on it (canvas units):
  // scripts tap by label ("tap-label Jouer seul"), checks measure the rects.
  struct Target {
    std::string label;
    Rect rect;
  };
  virtual std::vector<Target> labeledTargets() const { return {}; }
  // The buttons the keyboard moves through, if any: read-aloud says the one
  // the focus lands on.
  virtual const ButtonGroup* focusButtons() const { return nullptr; }
  // The label of the button that has the keyboard focus; empty when none shows.
  std::string focusedLabel() const;
  // The rectangles a player can touch, for checks and kiosk tools.
  virtual std::vector<Rect> touchTargets() const {
    std::vector<Rect> out;
    for (const auto& t : labeledTargets()) out.push_back(t.rect);
    return out;
  }
  // True while something moves on its own (a tween, a token walking): the
  // loop keeps drawing frames; otherwise it sleeps until the next input.
  virtual bool animating() const { return false; }
  // True when what the player reads is in place (scripts' wait-for waits for
  // it): by default, when nothing moves. A scene whose motion is only
  // decoration, with every button already usable, may say so.
  virtual bool settled() const { return !animating(); }
  // Called when the scene first comes on top, and when it is on top again
  // after the one above it left.
  virtual void onEnter() {}
  virtual void onResume() {}

  SceneStack& stack() { return *stack_; }
  // The whole window in canvas units (see Letterbox::stage): 1920x1080 on a
  // 16:9 screen, taller on 4:3, wider on 21:9. A scene lays itself out in it.
  const Rect& stage() const { return stage_; }

 protected:
  // Called when the scene comes onto the stack and whenever the window's
  // shape changes, with stage() already set: buttons and boxes move here.
  virtual void onStageChanged() {}

 private:
  friend class SceneStack;
  SceneStack* stack_ = nullptr;
  bool entered_ = false;
  Rect stage_{0, 0, 1920, 1080};
};

class SceneStack {
 public:
  void push(std::unique_ptr<Scene> scene);
  void pop();
  void replaceTop(std::unique_ptr<Scene> scene);
  void replaceAll(std::unique_ptr<Scene> scene);
  // Applies pushes and pops requested since the last call.
  void applyPending();

  bool empty() const { return scenes_.empty(); }
  std::size_t size() const { return scenes_.size(); }
  Scene* top() const { return scenes_.empty() ? nullptr : scenes_.back().get(); }
  void handle(const Action& action);
  void update(double dt);
  void draw(Renderer& renderer);
  bool animating() const;
  // Called after the top scene changed (read-aloud speaks the new screen).
  void setTopChangedListener(std::function<void(Scene*)> listener) { topChanged_ = std::move(listener); }
  // The window's shape in canvas units; every scene, and each one pushed
  // later, is laid out for it.
  void setStage(const Rect& stage);
  // Counts every change of the stack, so a loop can tell that it must redraw.
  std::uint64_t generation() const { return generation_; }

 private:
  struct Op {
    enum Kind { Push, Pop, ReplaceTop, ReplaceAll } kind;
    std::unique_ptr<Scene> scene;
  };
  std::vector<std::unique_ptr<Scene>> scenes_;
  std::vector<Op> pending_;
  std::function<void(Scene*)> topChanged_;
  Scene* lastTop_ = nullptr;
  std::uint64_t generation_ = 0;
  Rect stage_{0, 0, 1920, 1080};
  void place(Scene& scene);
};

}  // namespace engine
