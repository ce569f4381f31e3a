// Buttons that work the same by touch, mouse, keyboard and controller:
// hit-testing, hover, spatial focus movement with a visible focus, and
// activation on release or Confirm. Drawing is left to the game's theme.
#pragma once
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "engine/geometry.h"
#include "engine/input.h"

namespace engine {

// The index of the item to focus when moving from `current` in `direction`,
// or `current` when nothing lies that way. Next/Previous cycle in list order.
std::size_t moveFocus(const std::vector<Rect>& items, std::size_t current, Direction direction);

struct Button {
  std::string id;
  Rect rect;
  bool enabled = true;
  // A key or a stepper: every tap counts, however quick (« Effacer » nine
  // times removes nine letters). Buttons that change screens keep the guard.
  bool repeatable = false;
};

enum class ButtonState { Normal, Hovered, Pressed, Disabled };

class ButtonGroup {
 public:
  // A second activation of a button that is not `repeatable` within this time
  // is ignored (double taps from unsteady hands must not skip a screen).
  static constexpr std::uint32_t kRepeatGuardMs = 500;

  void setButtons(std::vector<Button> buttons);
  const std::vector<Button>& buttons() const { return buttons_; }
  std::vector<Rect> rects() const {
    std::vector<Rect> out;
    for (const auto& b : buttons_) out.push_back(b.rect);
    return out;
  }
  // Feeds one action; returns the id of a button that was activated.
  std::optional<std::string> handle(const Action& action);

  ButtonState state(std::size_t index) const;
  bool focused(std::size_t index) const { return focusVisible_ && index == focus_; }
  std::size_t focusIndex() const { return focus_; }
  bool focusVisible() const { return focusVisible_ && focus_ < buttons_.size(); }
  void focus(const std::string& id);
  // Back to no hover, no press, focus on the first button. The repeat guard
  // survives: a double tap must not answer a card and then hit what replaces it.
  void reset();
  // For keyboards: only a repeat of the same key within the guard is ignored.
  void setGuardSameButtonOnly(bool on) { guardSameButtonOnly_ = on; }

 private:
  std::optional<std::size_t> hit(Vec2 p) const;
  std::optional<std::string> activate(std::size_t index, std::uint32_t timestamp);

  std::vector<Button> buttons_;
  std::size_t focus_ = 0;
  bool focusVisible_ = false;
  std::optional<std::size_t> hovered_;
  std::optional<std::size_t> pressed_;
  std::optional<std::uint32_t> lastActivation_;
  std::size_t lastActivated_ = 0;
  bool guardSameButtonOnly_ = false;
};

}  // namespace engine
