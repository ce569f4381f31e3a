// Folds SDL's mouse, touch, keyboard and game-controller events into one
// stream of actions, in canvas coordinates. Touch taps arrive once: the mouse
// events SDL synthesises from fingers are dropped, and only the first finger
// on the screen points. Screens see only Actions, never SDL events.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "engine/geometry.h"
#include "engine/letterbox.h"

union SDL_Event;

namespace engine {

enum class ActionType {
  Point,     // the pointer moved (hover), no button down
  Press,     // pointer down
  Release,   // pointer up
  Drag,      // pointer moved while down; delta is since the press
  Navigate,  // arrow keys, Tab, d-pad
  Confirm,   // Enter, Space, controller A
  Back,      // Escape, controller B, Android back
  Text,      // typed text (UTF-8) for name fields
  Erase,     // Backspace in a text field
  ToggleFullscreen,
  CloseWindow,  // the window's close button, Alt+F4: a person asks to leave
  Quit,         // the system asks the program to stop (SIGTERM, logout, systemctl stop)
};

enum class Direction { Up, Down, Left, Right, Next, Previous };
enum class Device { Mouse, Touch, Keyboard, Controller, System };

struct Action {
  ActionType type = ActionType::Point;
  Device device = Device::System;
  Vec2 position;   // canvas units, for pointer actions
  Vec2 delta;      // Drag: from the press position
  Direction direction = Direction::Next;
  std::string text;
  std::uint32_t timestampMs = 0;

  bool isPointer() const {
    return type == ActionType::Point || type == ActionType::Press || type == ActionType::Release ||
           type == ActionType::Drag;
  }
};

// How window coordinates (points) relate to output pixels and the canvas.
struct ViewMapping {
  Letterbox letterbox;
  float pixelsPerPointX = 1;  // > 1 on high-DPI screens
  float pixelsPerPointY = 1;
  int windowWidth = 1920;     // in points, for normalised finger positions
  int windowHeight = 1080;
};

class InputFolder {
 public:
  std::vector<Action> fold(const SDL_Event& event, const ViewMapping& view);
  // Forget pointer state (after a screen reset or focus loss).
  void reset();
  // While a text field is focused, Space types a space and Backspace erases;
  // otherwise Space confirms and Backspace goes back.
  void setTextEntry(bool on) { textEntry_ = on; }
  bool textEntry() const { return textEntry_; }

 private:
  Vec2 windowToCanvas(float x, float y, const ViewMapping& view) const;
  std::optional<std::int64_t> activeFinger_;
  bool mouseDown_ = false;
  bool textEntry_ = false;
  Vec2 pressPosition_;
};

}  // namespace engine
