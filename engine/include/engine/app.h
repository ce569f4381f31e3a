// The application shell: SDL start-up, the window and renderer, the main loop
// (events -> actions -> scenes, fixed-timestep updates, drawing, pacing) and
// headless runs driven by a script. main() configures it and pushes a scene.
#pragma once
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "engine/fonts.h"
#include "engine/geometry.h"
#include "engine/input.h"
#include "engine/renderer.h"
#include "engine/scene.h"
#include "engine/script.h"

union SDL_Event;
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
  // Headless runs normally draw only captured frames; an immediate-mode UI
  // (the editor's ImGui panels) keeps its state in frames, so it draws each one.
  bool headlessDrawsEveryFrame = false;
};

// Places where the application layer plugs into the loop. Each list runs in
// the order hooks were added.
struct AppHooks {
  // Sees every SDL event first; returning true consumes it (ImGui, a kiosk lock).
  std::vector<std::function<bool(const SDL_Event&)>> rawEvent;
  // Sees every action before the scenes; returning false vetoes it.
  std::vector<std::function<bool(const Action&)>> action;
  // The top scene changed (read-aloud speaks the new screen).
  std::vector<std::function<void(Scene&)>> topSceneChanged;
  // After the scenes are drawn, before the frame is shown.
  std::vector<std::function<void(Renderer&)>> afterDraw;
  // Once per loop turn with the seconds since the last turn (timers).
  std::vector<std::function<void(double)>> tick;
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
  // The colour cleared under every frame and the colour of any bars (a theme change).
  void setPageColours(Color canvas, Color bars) {
    config_.canvasColor = canvas;
    config_.barColor = bars;
  }
  void toggleFullscreen();

  SceneStack& scenes() { return scenes_; }
  AppHooks& hooks() { return hooks_; }
  // Something changed that input and scenes cannot see (a finished background
  // load, a timer): draw a new frame even though the loop was asleep.
  void requestRedraw() { redrawRequested_ = true; }
  // Wakes the sleeping loop within `ms` milliseconds (timers; main thread).
  void wakeWithin(std::uint32_t ms);
  // Wakes the sleeping loop and redraws; safe from any thread (a finished load).
  static void wakeFromAnyThread();
  // Frames drawn since start: headless runs draw only what a script captures
  // or is about to touch, so this stays far below the simulated frame count.
  std::uint64_t framesDrawn() const { return framesDrawn_; }
  Renderer& renderer() { return *renderer_; }
  // For engine add-ons that talk to SDL themselves (the ImGui layer).
  SDL_Window* sdlWindow() const { return window_; }
  SDL_Renderer* sdlRenderer() const { return sdlRenderer_; }
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
  void pressKey(const ScriptCommand& cmd);
  void drawFrame();
  bool waitForWork();
  void noticeTopScene();
  void tick();

  AppConfig config_;
  SDL_Window* window_ = nullptr;
  SDL_Renderer* sdlRenderer_ = nullptr;
  std::unique_ptr<FontLibrary> fonts_;
  std::unique_ptr<Renderer> renderer_;
  InputFolder input_;
  SceneStack scenes_;
  std::unique_ptr<ScriptRun> script_;
  AppHooks hooks_;
  bool quit_ = false;
  bool redrawRequested_ = true;
  int activeFrames_ = 0;  // frames still to run after the last input or motion
  std::uint32_t wakeDeadline_ = 0;
  std::uint64_t framesDrawn_ = 0;
  bool freshFrame_ = false;  // the last drawn frame shows the current state
  std::uint32_t lastTickMs_ = 0;
  static constexpr int kActiveFramesAfterInput = 10;
  bool sdlStarted_ = false;
  bool vsync_ = false;
  std::uint64_t frames_ = 0;
  std::uint32_t startTicks_ = 0;
};

}  // namespace engine
