#include <doctest/doctest.h>

#include <SDL.h>

#include "engine/renderer.h"
#include "engine/scene.h"
#include "engine/tween.h"

using namespace engine;

namespace {
struct Probe : Scene {
  std::string label;
  bool overlay;
  std::vector<std::string>* drawn;
  Probe(std::string l, std::vector<std::string>* d, bool o = false) : label(std::move(l)), overlay(o), drawn(d) {}
  std::string_view name() const override { return label; }
  bool isOverlay() const override { return overlay; }
  void handle(const Action&) override { stack().push(std::make_unique<Probe>("pushed", drawn)); }
  void draw(Renderer&) override { drawn->push_back(label); }
};
}  // namespace

TEST_CASE("scenes change only after the callback that asked for it") {
  std::vector<std::string> drawn;
  SceneStack stack;
  stack.push(std::make_unique<Probe>("title", &drawn));
  CHECK(stack.empty());
  stack.applyPending();
  REQUIRE(stack.top());
  stack.handle(Action{});
  CHECK(stack.top()->name() == "title");
  stack.applyPending();
  CHECK(stack.top()->name() == "pushed");
  stack.pop();
  stack.applyPending();
  CHECK(stack.top()->name() == "title");
}

namespace {
// Lays out one button at the stage's bottom right, as screens do.
struct Corner : Scene {
  Rect button;
  int layouts = 0;
  std::string_view name() const override { return "corner"; }
  void draw(Renderer&) override {}
  void onStageChanged() override {
    ++layouts;
    button = {stage().right() - 100, stage().bottom() - 50, 100, 50};
  }
};
}  // namespace

TEST_CASE("a scene lays itself out for the window's shape, now and after a resize") {
  SceneStack stack;
  const Rect wide{-320, 0, 2560, 1080};  // 21:9 around the 16:9 canvas
  stack.setStage(wide);
  auto owned = std::make_unique<Corner>();
  Corner* scene = owned.get();
  stack.push(std::move(owned));
  stack.applyPending();
  CHECK(scene->stage() == wide);
  CHECK(scene->button.x == doctest::Approx(2140));
  const Rect tall{0, -180, 1920, 1440};  // 4:3
  stack.setStage(tall);
  CHECK(scene->button.y == doctest::Approx(1210));
  const int before = scene->layouts;
  stack.setStage(tall);  // the same shape again: nothing to redo
  CHECK(scene->layouts == before);
}

TEST_CASE("an overlay draws over the scene below it, an opaque scene hides those below") {
  std::vector<std::string> drawn;
  SceneStack stack;
  stack.push(std::make_unique<Probe>("title", &drawn));
  stack.push(std::make_unique<Probe>("board", &drawn));
  stack.push(std::make_unique<Probe>("pause", &drawn, true));
  stack.applyPending();
  // A software renderer on a plain surface: no window or video driver needed.
  SDL_Surface* surface = SDL_CreateRGBSurfaceWithFormat(0, 64, 36, 32, SDL_PIXELFORMAT_ARGB8888);
  SDL_Renderer* sdl = SDL_CreateSoftwareRenderer(surface);
  {
    FontLibrary fonts;
    Renderer renderer(sdl, fonts);
    stack.draw(renderer);
  }
  SDL_DestroyRenderer(sdl);
  SDL_FreeSurface(surface);
  CHECK(drawn == std::vector<std::string>{"board", "pause"});
}

TEST_CASE("tweens ease from start to end and stop there") {
  Tween t(0, 100, 1.0f, Ease::OutCubic);
  CHECK(t.value() == doctest::Approx(0));
  t.update(0.5);
  CHECK(t.value() > 50);  // out-cubic moves fast first
  t.update(10);
  CHECK(t.done());
  CHECK(t.value() == doctest::Approx(100));
  CHECK(ease(Ease::InOutCubic, 0.5f) == doctest::Approx(0.5f));
}
