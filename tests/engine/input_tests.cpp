#include <doctest/doctest.h>

#include <SDL.h>

#include "engine/input.h"

using namespace engine;

namespace {
ViewMapping view1080() {
  ViewMapping v;
  v.letterbox = computeLetterbox(1920, 1080);
  v.windowWidth = 1920;
  v.windowHeight = 1080;
  return v;
}

SDL_Event mouseButton(Uint32 type, int x, int y, Uint32 which = 0) {
  SDL_Event e{};
  e.type = type;
  e.button.which = which;
  e.button.button = SDL_BUTTON_LEFT;
  e.button.x = x;
  e.button.y = y;
  return e;
}

SDL_Event finger(Uint32 type, float x, float y, SDL_FingerID id = 1) {
  SDL_Event e{};
  e.type = type;
  e.tfinger.touchId = 7;
  e.tfinger.fingerId = id;
  e.tfinger.x = x;
  e.tfinger.y = y;
  return e;
}

SDL_Event key(SDL_Keycode sym, Uint16 mod = KMOD_NONE, Uint8 repeat = 0) {
  SDL_Event e{};
  e.type = SDL_KEYDOWN;
  e.key.keysym.sym = sym;
  e.key.keysym.mod = mod;
  e.key.repeat = repeat;
  return e;
}

std::vector<Action> feed(InputFolder& folder, std::initializer_list<SDL_Event> events, const ViewMapping& v) {
  std::vector<Action> out;
  for (const auto& e : events)
    for (auto& a : folder.fold(e, v)) out.push_back(a);
  return out;
}
}  // namespace

TEST_CASE("a touch tap gives one press and one release, not two") {
  InputFolder folder;
  auto v = view1080();
  // What a touch screen sends: the finger, plus mouse events SDL synthesises from it.
  auto actions = feed(folder,
                      {finger(SDL_FINGERDOWN, 0.5f, 0.5f), mouseButton(SDL_MOUSEBUTTONDOWN, 960, 540, SDL_TOUCH_MOUSEID),
                       finger(SDL_FINGERUP, 0.5f, 0.5f), mouseButton(SDL_MOUSEBUTTONUP, 960, 540, SDL_TOUCH_MOUSEID)},
                      v);
  REQUIRE(actions.size() == 2);
  CHECK(actions[0].type == ActionType::Press);
  CHECK(actions[0].device == Device::Touch);
  CHECK(actions[0].position.x == doctest::Approx(960));
  CHECK(actions[1].type == ActionType::Release);
}

TEST_CASE("a mouse click gives press and release in canvas coordinates") {
  InputFolder folder;
  ViewMapping v;
  v.letterbox = computeLetterbox(1024, 768);  // 4:3 with bars
  v.windowWidth = 1024;
  v.windowHeight = 768;
  auto actions = feed(folder, {mouseButton(SDL_MOUSEBUTTONDOWN, 512, 384), mouseButton(SDL_MOUSEBUTTONUP, 512, 384)}, v);
  REQUIRE(actions.size() == 2);
  CHECK(actions[0].device == Device::Mouse);
  CHECK(actions[0].position.x == doctest::Approx(960));
  CHECK(actions[0].position.y == doctest::Approx(540).epsilon(0.01));
}

TEST_CASE("high-DPI: window points are converted to pixels before the canvas") {
  InputFolder folder;
  ViewMapping v;
  v.letterbox = computeLetterbox(3840, 2160);
  v.pixelsPerPointX = v.pixelsPerPointY = 2;
  v.windowWidth = 1920;
  v.windowHeight = 1080;
  auto actions = feed(folder, {mouseButton(SDL_MOUSEBUTTONDOWN, 960, 540)}, v);
  REQUIRE(actions.size() == 1);
  CHECK(actions[0].position.x == doctest::Approx(960));
}

TEST_CASE("a second finger is ignored while the first is down") {
  InputFolder folder;
  auto v = view1080();
  auto actions = feed(folder,
                      {finger(SDL_FINGERDOWN, 0.1f, 0.1f, 1), finger(SDL_FINGERDOWN, 0.9f, 0.9f, 2),
                       finger(SDL_FINGERUP, 0.9f, 0.9f, 2), finger(SDL_FINGERUP, 0.1f, 0.1f, 1)},
                      v);
  REQUIRE(actions.size() == 2);
  CHECK(actions[1].position.x == doctest::Approx(192));
}

TEST_CASE("moving with the button down is a drag with its distance from the press") {
  InputFolder folder;
  auto v = view1080();
  SDL_Event motion{};
  motion.type = SDL_MOUSEMOTION;
  motion.motion.x = 300;
  motion.motion.y = 250;
  auto actions = feed(folder, {mouseButton(SDL_MOUSEBUTTONDOWN, 100, 200), motion}, v);
  REQUIRE(actions.size() == 2);
  CHECK(actions[1].type == ActionType::Drag);
  CHECK(actions[1].delta.x == doctest::Approx(200));
  CHECK(actions[1].delta.y == doctest::Approx(50));
}

TEST_CASE("keyboard: arrows and Tab navigate, Enter confirms, Escape goes back") {
  InputFolder folder;
  auto v = view1080();
  auto actions = feed(folder,
                      {key(SDLK_DOWN), key(SDLK_TAB), key(SDLK_TAB, KMOD_LSHIFT), key(SDLK_RETURN), key(SDLK_ESCAPE),
                       key(SDLK_F11)},
                      v);
  REQUIRE(actions.size() == 6);
  CHECK(actions[0].direction == Direction::Down);
  CHECK(actions[1].direction == Direction::Next);
  CHECK(actions[2].direction == Direction::Previous);
  CHECK(actions[3].type == ActionType::Confirm);
  CHECK(actions[4].type == ActionType::Back);
  CHECK(actions[5].type == ActionType::ToggleFullscreen);
}

TEST_CASE("a held Enter key confirms once, a held arrow keeps moving") {
  InputFolder folder;
  auto v = view1080();
  auto actions = feed(folder, {key(SDLK_RETURN), key(SDLK_RETURN, KMOD_NONE, 1), key(SDLK_DOWN, KMOD_NONE, 1)}, v);
  REQUIRE(actions.size() == 2);
  CHECK(actions[0].type == ActionType::Confirm);
  CHECK(actions[1].type == ActionType::Navigate);
}

TEST_CASE("in a text field, Space types and Backspace erases; elsewhere they confirm and go back") {
  InputFolder folder;
  auto v = view1080();
  SDL_Event text{};
  text.type = SDL_TEXTINPUT;
  text.text.text[0] = ' ';
  auto outside = feed(folder, {key(SDLK_SPACE), text, key(SDLK_BACKSPACE)}, v);
  REQUIRE(outside.size() == 2);
  CHECK(outside[0].type == ActionType::Confirm);
  CHECK(outside[1].type == ActionType::Back);

  folder.setTextEntry(true);
  auto inside = feed(folder, {key(SDLK_SPACE), text, key(SDLK_BACKSPACE)}, v);
  REQUIRE(inside.size() == 2);
  CHECK(inside[0].type == ActionType::Text);
  CHECK(inside[0].text == " ");
  CHECK(inside[1].type == ActionType::Erase);
}

TEST_CASE("controller: d-pad navigates, A confirms, B goes back") {
  InputFolder folder;
  auto v = view1080();
  SDL_Event a{}, b{}, up{};
  a.type = b.type = up.type = SDL_CONTROLLERBUTTONDOWN;
  a.cbutton.button = SDL_CONTROLLER_BUTTON_A;
  b.cbutton.button = SDL_CONTROLLER_BUTTON_B;
  up.cbutton.button = SDL_CONTROLLER_BUTTON_DPAD_UP;
  auto actions = feed(folder, {up, a, b}, v);
  REQUIRE(actions.size() == 3);
  CHECK(actions[0].direction == Direction::Up);
  CHECK(actions[1].type == ActionType::Confirm);
  CHECK(actions[2].type == ActionType::Back);
}
