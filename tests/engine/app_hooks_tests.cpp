// The loop's hooks, where the application plugs in: an action hook can veto
// (a kiosk refusing to close), a tick sees time pass (timers), and the top
// scene's change is announced (read-aloud), with onEnter and onResume.
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "engine/app.h"
#include "engine/scene.h"

namespace {
// Writes what it sees to vectors that outlive it (a popped scene is destroyed).
struct Probe : engine::Scene {
  std::string id;
  std::vector<engine::ActionType>* seen;
  int entered = 0, resumed = 0;
  Probe(std::string name, std::vector<engine::ActionType>* log) : id(std::move(name)), seen(log) {}
  std::string_view name() const override { return id; }
  void handle(const engine::Action& a) override { seen->push_back(a.type); }
  void draw(engine::Renderer&) override {}
  void onEnter() override { ++entered; }
  void onResume() override { ++resumed; }
};

bool saw(const std::vector<engine::ActionType>& seen, engine::ActionType t) {
  return std::find(seen.begin(), seen.end(), t) != seen.end();
}
}  // namespace

TEST_CASE("app hooks: a veto, the ticks, and the top scene's changes with onEnter and onResume") {
  setenv("SDL_VIDEODRIVER", "dummy", 1);
  const auto dir = std::filesystem::temp_directory_path() / ("declic-hooks-" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  const auto script = dir / "script.txt";
  std::ofstream(script) << "wait 0.2\ntap 100 100\nwait 0.2\nkey Return\nwait 0.2\nkey Escape\nwait 0.3\nquit\n";

  engine::AppConfig config;
  config.headless = true;
  config.scriptPath = script.string();
  config.captureDir = dir.string();
  engine::App app(config);
  std::string error;
  REQUIRE(app.start(error));

  std::vector<engine::ActionType> bottomSeen, topSeen;
  auto bottom = std::make_unique<Probe>("bottom", &bottomSeen);
  auto top = std::make_unique<Probe>("top", &topSeen);
  Probe* below = bottom.get();
  Probe* above = top.get();
  std::vector<std::string> tops;
  double ticked = 0;
  app.hooks().topSceneChanged.push_back([&](engine::Scene& s) { tops.emplace_back(s.name()); });
  app.hooks().tick.push_back([&](double dt) { ticked += dt; });
  // Enter never reaches a scene; Escape pops the top one.
  app.hooks().action.push_back([&](const engine::Action& a) {
    if (a.type == engine::ActionType::Back && app.scenes().top() == above) {
      app.scenes().pop();
      return false;
    }
    return a.type != engine::ActionType::Confirm;
  });
  app.scenes().push(std::move(bottom));
  app.scenes().push(std::move(top));
  const int status = app.run();

  CHECK(status == 0);
  CHECK(ticked > 0.5);
  CHECK(saw(topSeen, engine::ActionType::Press));           // the top scene had the tap
  CHECK_FALSE(saw(topSeen, engine::ActionType::Confirm));   // vetoed by the hook
  CHECK_FALSE(saw(bottomSeen, engine::ActionType::Press));  // only the top scene handles input
  CHECK(tops.size() >= 2);
  CHECK(tops.back() == "bottom");  // back on top after Escape
  // Both were pushed before the first frame: the bottom scene first came on top after
  // Escape, so it was entered then (onEnter), not resumed.
  CHECK(below->entered == 1);
  CHECK(below->resumed == 0);
  std::filesystem::remove_all(dir);
}
