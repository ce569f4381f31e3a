#include "engine/input.h"

#include <SDL.h>

namespace engine {

namespace {
Action pointer(ActionType type, Device device, Vec2 pos, std::uint32_t ts) {
  Action a;
  a.type = type;
  a.device = device;
  a.position = pos;
  a.timestampMs = ts;
  return a;
}

Action simple(ActionType type, Device device, std::uint32_t ts) {
  Action a;
  a.type = type;
  a.device = device;
  a.timestampMs = ts;
  return a;
}

Action navigate(Direction d, Device device, std::uint32_t ts) {
  Action a = simple(ActionType::Navigate, device, ts);
  a.direction = d;
  return a;
}
}  // namespace

void InputFolder::reset() {
  activeFinger_.reset();
  mouseDown_ = false;
}

Vec2 InputFolder::windowToCanvas(float x, float y, const ViewMapping& view) const {
  return view.letterbox.toCanvas({x * view.pixelsPerPointX, y * view.pixelsPerPointY});
}

std::vector<Action> InputFolder::fold(const SDL_Event& e, const ViewMapping& view) {
  std::vector<Action> out;
  const std::uint32_t ts = e.common.timestamp;
  switch (e.type) {
    case SDL_QUIT:
      out.push_back(simple(ActionType::Quit, Device::System, ts));
      break;

    case SDL_WINDOWEVENT:
      if (e.window.event == SDL_WINDOWEVENT_CLOSE) out.push_back(simple(ActionType::CloseWindow, Device::System, ts));
      break;

    case SDL_MOUSEMOTION: {
      if (e.motion.which == SDL_TOUCH_MOUSEID) break;  // synthesised from a finger: already handled
      Vec2 p = windowToCanvas(static_cast<float>(e.motion.x), static_cast<float>(e.motion.y), view);
      Action a = pointer(mouseDown_ ? ActionType::Drag : ActionType::Point, Device::Mouse, p, ts);
      if (mouseDown_) a.delta = {p.x - pressPosition_.x, p.y - pressPosition_.y};
      out.push_back(a);
      break;
    }
    case SDL_MOUSEBUTTONDOWN:
    case SDL_MOUSEBUTTONUP: {
      if (e.button.which == SDL_TOUCH_MOUSEID || e.button.button != SDL_BUTTON_LEFT) break;
      Vec2 p = windowToCanvas(static_cast<float>(e.button.x), static_cast<float>(e.button.y), view);
      bool down = e.type == SDL_MOUSEBUTTONDOWN;
      if (!down && !mouseDown_) break;  // a release without its press (focus came back mid-click)
      mouseDown_ = down;
      if (down) pressPosition_ = p;
      out.push_back(pointer(down ? ActionType::Press : ActionType::Release, Device::Mouse, p, ts));
      break;
    }

    case SDL_FINGERDOWN:
    case SDL_FINGERUP:
    case SDL_FINGERMOTION: {
      if (e.tfinger.touchId == SDL_MOUSE_TOUCHID) break;  // synthesised from the mouse
      Vec2 p = windowToCanvas(e.tfinger.x * static_cast<float>(view.windowWidth),
                              e.tfinger.y * static_cast<float>(view.windowHeight), view);
      std::int64_t finger = e.tfinger.fingerId;
      if (e.type == SDL_FINGERDOWN) {
        if (activeFinger_) break;  // a second finger: ignore, one pointer at a time
        activeFinger_ = finger;
        pressPosition_ = p;
        out.push_back(pointer(ActionType::Press, Device::Touch, p, ts));
      } else if (activeFinger_ && *activeFinger_ == finger) {
        if (e.type == SDL_FINGERUP) {
          activeFinger_.reset();
          out.push_back(pointer(ActionType::Release, Device::Touch, p, ts));
        } else {
          Action a = pointer(ActionType::Drag, Device::Touch, p, ts);
          a.delta = {p.x - pressPosition_.x, p.y - pressPosition_.y};
          out.push_back(a);
        }
      }
      break;
    }

    case SDL_KEYDOWN: {
      const SDL_Keycode key = e.key.keysym.sym;
      const bool repeat = e.key.repeat != 0;
      const bool shift = (e.key.keysym.mod & KMOD_SHIFT) != 0;
      switch (key) {
        case SDLK_UP: out.push_back(navigate(Direction::Up, Device::Keyboard, ts)); break;
        case SDLK_DOWN: out.push_back(navigate(Direction::Down, Device::Keyboard, ts)); break;
        case SDLK_LEFT: out.push_back(navigate(Direction::Left, Device::Keyboard, ts)); break;
        case SDLK_RIGHT: out.push_back(navigate(Direction::Right, Device::Keyboard, ts)); break;
        case SDLK_TAB:
          out.push_back(navigate(shift ? Direction::Previous : Direction::Next, Device::Keyboard, ts));
          break;
        case SDLK_SPACE:
          if (textEntry_) break;  // typed as text
          [[fallthrough]];
        case SDLK_RETURN:
        case SDLK_KP_ENTER:
          // A held key must not answer twice.
          if (!repeat) out.push_back(simple(ActionType::Confirm, Device::Keyboard, ts));
          break;
        case SDLK_ESCAPE:
        case SDLK_AC_BACK:
          if (!repeat) out.push_back(simple(ActionType::Back, Device::Keyboard, ts));
          break;
        case SDLK_BACKSPACE:
          if (textEntry_) out.push_back(simple(ActionType::Erase, Device::Keyboard, ts));
          else if (!repeat) out.push_back(simple(ActionType::Back, Device::Keyboard, ts));
          break;
        case SDLK_F11:
          if (!repeat) out.push_back(simple(ActionType::ToggleFullscreen, Device::Keyboard, ts));
          break;
        default: break;
      }
      break;
    }
    case SDL_TEXTINPUT: {
      Action a = simple(ActionType::Text, Device::Keyboard, ts);
      a.text = e.text.text;
      if (textEntry_) out.push_back(a);
      break;
    }

    case SDL_CONTROLLERBUTTONDOWN:
      switch (e.cbutton.button) {
        case SDL_CONTROLLER_BUTTON_DPAD_UP: out.push_back(navigate(Direction::Up, Device::Controller, ts)); break;
        case SDL_CONTROLLER_BUTTON_DPAD_DOWN: out.push_back(navigate(Direction::Down, Device::Controller, ts)); break;
        case SDL_CONTROLLER_BUTTON_DPAD_LEFT: out.push_back(navigate(Direction::Left, Device::Controller, ts)); break;
        case SDL_CONTROLLER_BUTTON_DPAD_RIGHT: out.push_back(navigate(Direction::Right, Device::Controller, ts)); break;
        case SDL_CONTROLLER_BUTTON_A: out.push_back(simple(ActionType::Confirm, Device::Controller, ts)); break;
        case SDL_CONTROLLER_BUTTON_B:
        case SDL_CONTROLLER_BUTTON_START: out.push_back(simple(ActionType::Back, Device::Controller, ts)); break;
        default: break;
      }
      break;
    default: break;
  }
  return out;
}

}  // namespace engine
