#include "engine/focus.h"

#include <cmath>
#include <limits>

namespace engine {

std::size_t moveFocus(const std::vector<Rect>& items, std::size_t current, Direction direction) {
  if (items.empty()) return 0;
  current = std::min(current, items.size() - 1);
  if (direction == Direction::Next) return (current + 1) % items.size();
  if (direction == Direction::Previous) return (current + items.size() - 1) % items.size();

  const Vec2 from = items[current].center();
  std::size_t best = current;
  float bestScore = std::numeric_limits<float>::max();
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i == current) continue;
    Vec2 to = items[i].center();
    float dx = to.x - from.x, dy = to.y - from.y;
    float along = 0, across = 0;
    switch (direction) {
      case Direction::Up: along = -dy; across = dx; break;
      case Direction::Down: along = dy; across = dx; break;
      case Direction::Left: along = -dx; across = dy; break;
      case Direction::Right: along = dx; across = dy; break;
      default: break;
    }
    if (along <= 1) continue;  // not in that direction
    // Prefer items straight ahead over nearer ones off to the side.
    float score = along + 2.5f * std::fabs(across);
    if (score < bestScore) {
      bestScore = score;
      best = i;
    }
  }
  return best;
}

void ButtonGroup::setButtons(std::vector<Button> buttons) {
  std::string focusedId = focus_ < buttons_.size() ? buttons_[focus_].id : std::string();
  buttons_ = std::move(buttons);
  focus_ = 0;
  if (!focusedId.empty()) focus(focusedId);
  if (hovered_ && *hovered_ >= buttons_.size()) hovered_.reset();
  if (pressed_ && *pressed_ >= buttons_.size()) pressed_.reset();
}

void ButtonGroup::focus(const std::string& id) {
  for (std::size_t i = 0; i < buttons_.size(); ++i)
    if (buttons_[i].id == id) focus_ = i;
}

void ButtonGroup::reset() {
  focus_ = 0;
  focusVisible_ = false;
  hovered_.reset();
  pressed_.reset();
}

std::optional<std::size_t> ButtonGroup::hit(Vec2 p) const {
  for (std::size_t i = 0; i < buttons_.size(); ++i)
    if (buttons_[i].enabled && buttons_[i].rect.contains(p)) return i;
  return std::nullopt;
}

ButtonState ButtonGroup::state(std::size_t index) const {
  if (index >= buttons_.size() || !buttons_[index].enabled) return ButtonState::Disabled;
  if (pressed_ && *pressed_ == index) return ButtonState::Pressed;
  if (hovered_ && *hovered_ == index) return ButtonState::Hovered;
  return ButtonState::Normal;
}

std::optional<std::string> ButtonGroup::activate(std::size_t index, std::uint32_t timestamp) {
  if (index >= buttons_.size() || !buttons_[index].enabled) return std::nullopt;
  const bool guarded = !buttons_[index].repeatable && (!guardSameButtonOnly_ || index == lastActivated_);
  if (guarded && lastActivation_ && timestamp - *lastActivation_ < kRepeatGuardMs) return std::nullopt;
  lastActivation_ = timestamp;
  lastActivated_ = index;
  focus_ = index;
  return buttons_[index].id;
}

std::optional<std::string> ButtonGroup::handle(const Action& action) {
  switch (action.type) {
    case ActionType::Point:
      hovered_ = hit(action.position);
      break;
    case ActionType::Press:
      pressed_ = hit(action.position);
      hovered_ = action.device == Device::Touch ? std::nullopt : pressed_;
      break;
    case ActionType::Drag:
      // Sliding the finger off a button cancels it, as people expect from phones.
      if (pressed_ && !buttons_[*pressed_].rect.contains(action.position)) pressed_.reset();
      break;
    case ActionType::Release: {
      auto was = pressed_;
      pressed_.reset();
      if (was && buttons_[*was].rect.contains(action.position)) return activate(*was, action.timestampMs);
      break;
    }
    case ActionType::Navigate: {
      if (buttons_.empty()) break;
      if (!focusVisible_) {
        focusVisible_ = true;  // the first key press shows where focus is
        for (std::size_t i = 0; i < buttons_.size() && !buttons_[focus_].enabled; ++i)
          focus_ = (focus_ + 1) % buttons_.size();
        break;
      }
      std::vector<Rect> rects;
      for (const auto& b : buttons_) rects.push_back(b.enabled ? b.rect : Rect{-1e6f, -1e6f, 0, 0});
      std::size_t next = focus_;
      for (std::size_t tries = 0; tries < buttons_.size(); ++tries) {
        next = moveFocus(rects, next, action.direction);
        if (buttons_[next].enabled) break;
      }
      focus_ = next;
      break;
    }
    case ActionType::Confirm:
      if (buttons_.empty()) break;
      focusVisible_ = true;
      return activate(focus_, action.timestampMs);
    default: break;
  }
  return std::nullopt;
}

}  // namespace engine
