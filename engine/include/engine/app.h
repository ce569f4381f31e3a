// The application shell: SDL start-up, the window and renderer, the main loop
// (events -> actions -> scenes, fixed-timestep updates, drawing, pacing) and
// headless runs driven by a script. main() configures it and pushes a scene.
#pragma once
#include <cstdint>
#include <memory>
#include <optional>
#include <string>

#include "engine/fonts.h"
#include "engine/geometry.h"
#include "engine/input.h"
#include "engine/renderer.h"
#include "engine/scene.h"
#include "engine/script.h"

struct SDL_Window;
struct SDL_Renderer;

namespace engine {

struct AppConfig {
  std::string title = "App";
  bool headless = false;        // dummy video driver, software renderer, simulated time
  bool fullscreen = false;
  int width = 1280;             // window size in points
  int height = 720;
  std::string scriptPath;       // headless input script
  std::string captureDir = ".";
  bool exitAfterFirstFrame = false;  // for start-up benchmarks
  Color canvasColor = Color::rgb(0xFFFFFF);
  Color barColor = Color::rgb(0x000000);
};

class App {
 public:
  static constexpr double kStep = 1.0 / 60.0;

  explicit App(AppConfig config);
  ~App();
  App(const App&) = delete;
  App& operator=(const App&) = delete;

  // Starts SDL and opens the window; false with a readable reason on failure.
  bool start(std::string& error);
  // Runs until quit or the script's end. Returns the process exit code.
  int run();
  void requestQuit() { quit_ = true; }
  void toggleFullscreen();

  SceneStack& scenes() { return scenes_; }
  Renderer& renderer() { return *renderer_; }
  FontLibrary& fonts() { return *fonts_; }
  const AppConfig& config() const { return config_; }
  // Milliseconds since start: simulated in headless runs, so runs repeat exactly.
  std::uint32_t nowMs() const;

 private:
  struct ScriptRun;
  ViewMapping viewMapping() const;
  void dispatch(const SDL_Event& event);
  // Plays script commands due this frame; false on a script error.
  bool playScript(std::optional<std::string>& captureFile, bool& finished);
  void inject(SDL_Event event);

  AppConfig config_;
  SDL_Window* window_ = nullptr;
  SDL_Renderer* sdlRenderer_ = nullptr;
  std::unique_ptr<FontLibrary> fonts_;
  std::unique_ptr<Renderer> renderer_;
  InputFolder input_;
  SceneStack scenes_;
  std::unique_ptr<ScriptRun> script_;
  bool quit_ = false;
  bool sdlStarted_ = false;
  bool vsync_ = false;
  std::uint64_t frames_ = 0;
  std::uint32_t startTicks_ = 0;
};

}  // namespace engine
