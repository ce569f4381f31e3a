// declic-edit: the facilitators' pack editor.
//   declic-edit [--lang en] [--today YYYY-MM-DD] [PACK]
//   declic-edit --headless --script FILE [--capture-dir DIR] [PACK]
// Opens PACK (the bundled pack by default). Nothing is written to the pack
// before « Enregistrer »; unsaved work goes to a recovery file every 30 s.
#include <imgui.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <iostream>
#include <string>
#include <vector>

#include "editor_model.h"
#include "editor_panels.h"
#include "engine/app.h"
#include "engine/imgui_layer.h"
#include "engine/log.h"
#include "game/app/data_paths.h"
#include "preview_scene.h"

namespace {

const char* kUsage =
    "Usage: declic-edit [--lang fr|en] [--today YYYY-MM-DD] [--fullscreen] [--frame-stats] [PACK]\n"
    "       declic-edit --headless --script FILE [--capture-dir DIR] [PACK]\n"
    "Edits a Dé-CLIC pack folder (the bundled pack when none is given).\n";

struct EditOptions {
  bool headless = false, fullscreen = false, english = false;
  bool frameStats = false;  // --frame-stats: print how long the editor's frames took
  std::string script, captureDir = ".", pack;
  std::optional<game::content::Date> today;
};

int usage(const std::string& problem) {
  std::cerr << "declic-edit: " << problem << "\n\n" << kUsage;
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  EditOptions o;
  std::vector<std::string> args(argv + 1, argv + argc);
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    auto value = [&](std::string& out) {
      if (i + 1 >= args.size()) return false;
      out = args[++i];
      return true;
    };
    std::string v;
    if (a == "--help" || a == "-h") {
      std::cout << kUsage;
      return 0;
    } else if (a == "--headless") {
      o.headless = true;
    } else if (a == "--frame-stats") {
      o.frameStats = true;
    } else if (a == "--fullscreen") {
      o.fullscreen = true;
    } else if (a == "--script") {
      if (!value(o.script)) return usage("--script needs a file");
    } else if (a == "--capture-dir") {
      if (!value(o.captureDir)) return usage("--capture-dir needs a folder");
    } else if (a == "--lang") {
      if (!value(v) || (v != "fr" && v != "en")) return usage("--lang takes fr or en");
      o.english = v == "en";
    } else if (a == "--today") {
      if (!value(v) || !(o.today = game::content::Date::parse(v))) return usage("--today takes a date like 2026-11-25");
    } else if (a.starts_with("--")) {
      return usage("unknown option '" + a + "'");
    } else if (o.pack.empty()) {
      o.pack = a;
    } else {
      return usage("one pack folder at a time");
    }
  }
  if (o.headless && o.script.empty()) return usage("--headless needs --script");
  if (o.pack.empty()) o.pack = game::bundledPackPath(argv[0]);
  engine::setLogVerbose(false);

  std::string error;
  auto doc = game::content::PackDocument::open(o.pack, error);
  if (!doc) {
    std::cerr << "declic-edit: " << error << "\n";
    return 1;
  }

  engine::AppConfig config;
  config.title = "Dé-CLIC — éditeur de pack";
  config.headless = o.headless;
  config.fullscreen = o.fullscreen;
  config.width = o.headless ? 1920 : 1600;
  config.height = o.headless ? 1080 : 900;
  config.scriptPath = o.script;
  config.captureDir = o.captureDir;
  config.canvasColor = engine::Color::rgb(0xFBF7F0);
  config.barColor = engine::Color::rgb(0xFBF7F0);
  config.headlessDrawsEveryFrame = true;  // ImGui keeps its state in frames
  engine::App app(config);
  if (!app.start(error)) {
    std::cerr << "declic-edit: " << error << "\n";
    return 1;
  }

  declic_edit::EditorModel model(std::move(*doc), o.today);
  model.english = o.english;
  std::vector<engine::Scene::Target> labelled;
  engine::ImGuiLayer imgui(app, app.fonts().resolvedPath(engine::FontWeight::Regular), o.headless ? 22.f : 20.f);
  declic_edit::EditorPanels panels(model, labelled, [&app](float x, float y, float w, float h) {
    // ImGui works in window points; scripts and tap-label in canvas units.
    const engine::Letterbox& box = app.renderer().letterbox();
    const ImVec2 scale = ImGui::GetIO().DisplayFramebufferScale;
    engine::Vec2 a = box.toCanvas({x * scale.x, y * scale.y}), b = box.toCanvas({(x + w) * scale.x, (y + h) * scale.y});
    return engine::Rect{a.x, a.y, b.x - a.x, b.y - a.y};
  });
  std::vector<double> frameMs;  // the panels' build and draw, each frame
  imgui.setBuild([&] {
    const auto start = std::chrono::steady_clock::now();
    panels.build();
    if (model.quitNow) app.requestQuit();
    if (o.frameStats)
      frameMs.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
  });
  // Scripts wait for the check to finish, so captures show its messages.
  if (o.headless) app.hooks().tick.push_back([&](double) { model.finishCheck(); });
  app.hooks().tick.push_back([&](double dt) {
    model.tick(dt);
    if (model.checking()) app.wakeWithin(30);  // collect the check's result soon
  });
  // The window's close button asks before unsaved work is dropped.
  app.hooks().action.push_back([&](const engine::Action& action) {
    if (action.type == engine::ActionType::Quit || action.type == engine::ActionType::CloseWindow) {
      model.quitRequested = true;
      app.requestRedraw();
      return false;
    }
    return true;
  });
  app.scenes().push(std::make_unique<declic_edit::PreviewScene>(model, labelled));
  const int status = app.run();
  if (o.frameStats && !frameMs.empty()) {
    std::sort(frameMs.begin(), frameMs.end());
    std::printf("bench editor_frame_ms_median %.3f ms\nbench editor_frame_ms_p95 %.3f ms\nbench editor_frames %zu frames\n",
                frameMs[frameMs.size() / 2], frameMs[frameMs.size() * 95 / 100], frameMs.size());
  }
  return status;
}
