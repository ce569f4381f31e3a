#include "engine/scene.h"

#include "engine/focus.h"
#include "engine/renderer.h"

namespace engine {

std::string Scene::focusedLabel() const {
  const ButtonGroup* group = focusButtons();
  if (!group || !group->focusVisible()) return {};
  // Labels are matched by place: screens list their targets in their own order.
  const Rect& focused = group->buttons()[group->focusIndex()].rect;
  for (const auto& t : labeledTargets())
    if (t.rect == focused) return t.label;
  return {};
}

void SceneStack::push(std::unique_ptr<Scene> scene) {
  pending_.push_back({Op::Push, std::move(scene)});
}
void SceneStack::pop() { pending_.push_back({Op::Pop, nullptr}); }
void SceneStack::replaceTop(std::unique_ptr<Scene> scene) {
  pending_.push_back({Op::ReplaceTop, std::move(scene)});
}
void SceneStack::replaceAll(std::unique_ptr<Scene> scene) {
  pending_.push_back({Op::ReplaceAll, std::move(scene)});
}

void SceneStack::applyPending() {
  // Ops may queue further ops from constructors; take the list first.
  auto ops = std::move(pending_);
  pending_.clear();
  if (!ops.empty()) ++generation_;
  for (auto& op : ops) {
    if (op.scene) {
      op.scene->stack_ = this;
      place(*op.scene);
    }
    switch (op.kind) {
      case Op::Push: scenes_.push_back(std::move(op.scene)); break;
      case Op::Pop:
        if (!scenes_.empty()) scenes_.pop_back();
        break;
      case Op::ReplaceTop:
        if (!scenes_.empty()) scenes_.pop_back();
        scenes_.push_back(std::move(op.scene));
        break;
      case Op::ReplaceAll:
        scenes_.clear();
        scenes_.push_back(std::move(op.scene));
        break;
    }
  }
  Scene* now = top();
  // A new scene may reuse a freed scene's address: entered_ tells them apart.
  if (now && (now != lastTop_ || !now->entered_)) {
    const bool first = !now->entered_;
    now->entered_ = true;
    lastTop_ = now;
    first ? now->onEnter() : now->onResume();
    if (topChanged_) topChanged_(now);
  } else if (!now) {
    lastTop_ = nullptr;
  }
}

void SceneStack::place(Scene& scene) {
  scene.stage_ = stage_;
  scene.onStageChanged();
}

void SceneStack::setStage(const Rect& stage) {
  if (stage == stage_) return;
  stage_ = stage;
  ++generation_;  // the screen must be drawn again in its new shape
  for (auto& s : scenes_) place(*s);
}

bool SceneStack::animating() const {
  for (const auto& s : scenes_)
    if (s->animating()) return true;
  return false;
}

void SceneStack::handle(const Action& action) {
  if (Scene* s = top()) s->handle(action);
}

void SceneStack::update(double dt) {
  // Scenes below an overlay keep animating (tokens finish moving under a menu).
  for (auto& s : scenes_) s->update(dt);
}

void SceneStack::draw(Renderer& renderer) {
  std::size_t first = scenes_.size();
  while (first > 0) {
    --first;
    if (!scenes_[first]->isOverlay()) break;
  }
  for (std::size_t i = first; i < scenes_.size(); ++i) scenes_[i]->draw(renderer);
}

}  // namespace engine
