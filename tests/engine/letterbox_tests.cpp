#include <doctest/doctest.h>

#include "engine/letterbox.h"

using namespace engine;

TEST_CASE("16:9 fills the window exactly") {
  auto box = computeLetterbox(1280, 720);
  CHECK(box.scale == doctest::Approx(1280.0 / 1920.0));
  CHECK(box.offsetX == 0);
  CHECK(box.offsetY == 0);
}

TEST_CASE("4:3 gets bars above and below, centred") {
  auto box = computeLetterbox(1024, 768);
  CHECK(box.scale == doctest::Approx(1024.0 / 1920.0));
  CHECK(box.offsetX == 0);
  CHECK(box.offsetY == doctest::Approx((768 - 1080 * 1024.0 / 1920.0) / 2).epsilon(0.01));
}

TEST_CASE("16:10 gets bars above and below; an ultra-wide screen gets side bars") {
  auto tall = computeLetterbox(1280, 800);
  CHECK(tall.offsetX == 0);
  CHECK(tall.offsetY == 40);
  auto wide = computeLetterbox(2560, 1080);
  CHECK(wide.scale == doctest::Approx(1.0));
  CHECK(wide.offsetX == 320);
  CHECK(wide.offsetY == 0);
}

TEST_CASE("high-DPI output scales up: a 4K panel draws at twice the canvas") {
  auto box = computeLetterbox(3840, 2160);
  CHECK(box.scale == doctest::Approx(2.0));
}

TEST_CASE("canvas and pixel coordinates map both ways") {
  auto box = computeLetterbox(1024, 768);
  Vec2 p = box.toPixels(Vec2{960, 540});
  CHECK(p.x == doctest::Approx(512));
  CHECK(p.y == doctest::Approx(384).epsilon(0.01));
  Vec2 back = box.toCanvas(p);
  CHECK(back.x == doctest::Approx(960));
  CHECK(back.y == doctest::Approx(540));
  // A point in the bars lies outside the canvas.
  CHECK(box.toCanvas({10, 5}).y < 0);
}

TEST_CASE("a zero-sized window does not divide by zero") {
  auto box = computeLetterbox(0, 0);
  CHECK(box.scale > 0);
}
