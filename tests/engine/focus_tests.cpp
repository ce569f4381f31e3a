#include <doctest/doctest.h>

#include "engine/focus.h"

using namespace engine;

namespace {
// A 2x2 grid of answer buttons.
std::vector<Button> grid() {
  return {{"a", {100, 100, 200, 100}}, {"b", {400, 100, 200, 100}}, {"c", {100, 300, 200, 100}},
          {"d", {400, 300, 200, 100}}};
}

Action at(ActionType type, float x, float y, std::uint32_t ms, Device device = Device::Mouse) {
  Action a;
  a.type = type;
  a.device = device;
  a.position = {x, y};
  a.timestampMs = ms;
  return a;
}

Action nav(Direction d) {
  Action a;
  a.type = ActionType::Navigate;
  a.direction = d;
  return a;
}

Action confirm(std::uint32_t ms) {
  Action a;
  a.type = ActionType::Confirm;
  a.timestampMs = ms;
  return a;
}
}  // namespace

TEST_CASE("arrow keys move focus to the neighbour in that direction") {
  std::vector<Rect> rects;
  for (const auto& b : grid()) rects.push_back(b.rect);
  CHECK(moveFocus(rects, 0, Direction::Right) == 1);
  CHECK(moveFocus(rects, 0, Direction::Down) == 2);
  CHECK(moveFocus(rects, 3, Direction::Up) == 1);
  CHECK(moveFocus(rects, 3, Direction::Left) == 2);
  CHECK(moveFocus(rects, 0, Direction::Left) == 0);  // nothing there: stay
  CHECK(moveFocus(rects, 3, Direction::Next) == 0);  // Tab wraps around
  CHECK(moveFocus(rects, 0, Direction::Previous) == 3);
}

TEST_CASE("a tap activates the button it started and ended on") {
  ButtonGroup group;
  group.setButtons(grid());
  CHECK_FALSE(group.handle(at(ActionType::Press, 150, 150, 0)));
  auto activated = group.handle(at(ActionType::Release, 150, 150, 10));
  REQUIRE(activated);
  CHECK(*activated == "a");
}

TEST_CASE("sliding off a button before lifting cancels it") {
  ButtonGroup group;
  group.setButtons(grid());
  group.handle(at(ActionType::Press, 150, 150, 0, Device::Touch));
  Action drag = at(ActionType::Drag, 350, 150, 5, Device::Touch);
  group.handle(drag);
  CHECK_FALSE(group.handle(at(ActionType::Release, 450, 150, 10, Device::Touch)));
}

TEST_CASE("a second tap within half a second is ignored") {
  ButtonGroup group;
  group.setButtons(grid());
  group.handle(at(ActionType::Press, 150, 150, 1000));
  CHECK(group.handle(at(ActionType::Release, 150, 150, 1010)));
  group.handle(at(ActionType::Press, 450, 150, 1200));
  CHECK_FALSE(group.handle(at(ActionType::Release, 450, 150, 1250)));
  group.handle(at(ActionType::Press, 450, 150, 1600));
  CHECK(group.handle(at(ActionType::Release, 450, 150, 1650)));
}

TEST_CASE("keyboard alone: the first arrow shows the focus, then moves it, Enter activates") {
  ButtonGroup group;
  group.setButtons(grid());
  CHECK_FALSE(group.focused(0));
  group.handle(nav(Direction::Down));
  CHECK(group.focused(0));  // first press only reveals where focus is
  group.handle(nav(Direction::Right));
  CHECK(group.focused(1));
  auto activated = group.handle(confirm(5000));
  REQUIRE(activated);
  CHECK(*activated == "b");
}

TEST_CASE("disabled buttons are skipped by focus and ignore taps") {
  auto buttons = grid();
  buttons[1].enabled = false;
  ButtonGroup group;
  group.setButtons(buttons);
  group.handle(nav(Direction::Next));
  group.handle(nav(Direction::Next));
  CHECK(group.focused(2));
  group.handle(at(ActionType::Press, 450, 150, 0));
  CHECK_FALSE(group.handle(at(ActionType::Release, 450, 150, 10)));
  CHECK(group.state(1) == ButtonState::Disabled);
}

TEST_CASE("the repeat guard survives a reset, and keyboards guard only the same key") {
  ButtonGroup group;
  group.setButtons(grid());
  group.handle(at(ActionType::Press, 150, 150, 1000));
  CHECK(group.handle(at(ActionType::Release, 150, 150, 1010)));
  group.reset();  // the card turned into its reveal: a second tap must still be ignored
  group.handle(at(ActionType::Press, 450, 150, 1100));
  CHECK_FALSE(group.handle(at(ActionType::Release, 450, 150, 1110)));

  ButtonGroup keys;
  keys.setButtons(grid());
  keys.setGuardSameButtonOnly(true);
  keys.handle(at(ActionType::Press, 150, 150, 1000));
  CHECK(keys.handle(at(ActionType::Release, 150, 150, 1010)));
  keys.handle(at(ActionType::Press, 450, 150, 1100));
  CHECK(keys.handle(at(ActionType::Release, 450, 150, 1110)));   // another key: typed
  keys.handle(at(ActionType::Press, 450, 150, 1200));
  CHECK_FALSE(keys.handle(at(ActionType::Release, 450, 150, 1210)));  // the same key again: ignored
}

TEST_CASE("keys and steppers count every tap: nine taps on « Effacer » erase nine letters") {
  ButtonGroup keys;
  auto buttons = grid();
  for (auto& b : buttons) b.repeatable = true;
  buttons.back().repeatable = false;  // « Terminé » changes the screen: still guarded
  keys.setButtons(buttons);
  int typed = 0;
  for (int i = 0; i < 9; ++i) {
    keys.handle(at(ActionType::Press, 150, 150, 1000 + 100 * i));
    typed += keys.handle(at(ActionType::Release, 150, 150, 1010 + 100 * i)) ? 1 : 0;
  }
  CHECK(typed == 9);
  const Rect last = buttons.back().rect;
  const float x = last.x + 5, y = last.y + 5;
  keys.handle(at(ActionType::Press, x, y, 3000));
  CHECK(keys.handle(at(ActionType::Release, x, y, 3010)));
  keys.handle(at(ActionType::Press, x, y, 3100));
  CHECK_FALSE(keys.handle(at(ActionType::Release, x, y, 3110)));
}
