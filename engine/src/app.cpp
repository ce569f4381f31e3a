#include "engine/app.h"

#include <SDL.h>
#include <SDL_image.h>
#include <SDL_ttf.h>

#include <cctype>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <iostream>

#ifdef __GLIBC__
#include <malloc.h>
#endif

#include "engine/log.h"
#include "engine/utf8.h"

namespace engine {

struct App::ScriptRun {
  Script script;
  std::size_t next = 0;
  int waitFrames = 0;
  const ScriptCommand* waitingFor = nullptr;  // wait-for: the command being waited on
  std::uint64_t waitUntilFrame = 0;
  const ScriptCommand* pressing = nullptr;    // key-until: the command being repeated
  int presses = 0;
};

namespace {
// Lower case, with no-break spaces (U+00A0, U+202F) as plain ones: a script types
// « Texte : 100 % » with the spaces a keyboard has.
std::string lowered(std::string_view s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s.substr(i, 2) == "\xC2\xA0") {
      out += ' ';
      ++i;
    } else if (s.substr(i, 3) == "\xE2\x80\xAF") {
      out += ' ';
      i += 2;
    } else {
      out += static_cast<char>(std::tolower(static_cast<unsigned char>(s[i])));
    }
  }
  return out;
}

// The target whose label is `label`: exactly, else the only one starting with
// it (case aside), so "tap-label Jouer" finds « Jouer seul » when it is alone.
const Scene::Target* findTarget(const std::vector<Scene::Target>& targets, const std::string& label) {
  for (const auto& t : targets)
    if (t.label == label || lowered(t.label) == lowered(label)) return &t;
  const Scene::Target* found = nullptr;
  for (const auto& t : targets) {
    if (!lowered(t.label).starts_with(lowered(label))) continue;
    if (found) return nullptr;
    found = &t;
  }
  return found;
}
}  // namespace

App::App(AppConfig config) : config_(std::move(config)) {
#ifdef __GLIBC__
  // Text and image surfaces are a few hundred kilobytes: above glibc's first
  // threshold each would get fresh pages from the system and give them back when
  // freed, so every new line of text paid its page faults again (a quarter of the
  // first frame). From the heap, a freed surface's memory serves the next one.
  // Larger buffers (the window's) still get their own mapping, and the heap's top
  // is still trimmed, so an idle game gives memory back. Set before any other
  // thread starts: mallopt is not safe beside a running allocation.
  mallopt(M_MMAP_THRESHOLD, 4 << 20);
#endif
}

App::~App() {
  renderer_.reset();
  fonts_.reset();
  if (sdlRenderer_) SDL_DestroyRenderer(sdlRenderer_);
  if (window_) SDL_DestroyWindow(window_);
  if (sdlStarted_) {
    IMG_Quit();
    TTF_Quit();
    SDL_Quit();
  }
}

bool App::start(std::string& error) {
  if (!config_.scriptPath.empty()) {
    std::vector<std::string> problems;
    auto script = loadScript(config_.scriptPath, problems);
    if (!script) {
      for (std::size_t i = 0; i < problems.size(); ++i) error += (i ? "\n" : "") + problems[i];
      return false;
    }
    script_ = std::make_unique<ScriptRun>();
    script_->script = std::move(*script);
  }

  if (config_.headless) {
    // No display: the dummy driver with the software renderer. Framebuffer
    // acceleration off avoids a software GL path that costs milliseconds a frame.
    SDL_SetHint(SDL_HINT_VIDEODRIVER, "dummy");
    SDL_SetHint(SDL_HINT_RENDER_DRIVER, "software");
    SDL_SetHint(SDL_HINT_FRAMEBUFFER_ACCELERATION, "0");
  }
  SDL_SetHint(SDL_HINT_MOUSE_TOUCH_EVENTS, "0");
  // Closing the window arrives as its own action (CloseWindow), which a kiosk may refuse;
  // SDL_QUIT then only means the system asking us to stop, which is always honoured.
  SDL_SetHint(SDL_HINT_QUIT_ON_LAST_WINDOW_CLOSE, "0");
  Uint32 systems = SDL_INIT_VIDEO | SDL_INIT_EVENTS | (config_.headless ? 0 : SDL_INIT_GAMECONTROLLER);
  if (SDL_Init(systems) != 0) {
    error = std::string("SDL could not start the video system: ") + SDL_GetError() +
            (config_.headless ? "" : ". With no screen attached, run with --headless --script FILE.");
    return false;
  }
  sdlStarted_ = true;
  if (TTF_Init() != 0) {
    error = std::string("SDL_ttf could not start: ") + TTF_GetError();
    return false;
  }
  IMG_Init(IMG_INIT_PNG);

  Uint32 flags = SDL_WINDOW_RESIZABLE | SDL_WINDOW_ALLOW_HIGHDPI;
  if (config_.fullscreen) flags |= SDL_WINDOW_FULLSCREEN_DESKTOP;
  window_ = SDL_CreateWindow(config_.title.c_str(), SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED, config_.width,
                             config_.height, flags);
  if (!window_) {
    error = std::string("could not open a window: ") + SDL_GetError();
    return false;
  }
  SDL_SetWindowMinimumSize(window_, 640, 360);

  if (!config_.headless) {
    sdlRenderer_ = SDL_CreateRenderer(window_, -1, SDL_RENDERER_ACCELERATED | SDL_RENDERER_PRESENTVSYNC);
  }
  if (!sdlRenderer_) sdlRenderer_ = SDL_CreateRenderer(window_, -1, SDL_RENDERER_SOFTWARE);
  if (!sdlRenderer_) {
    error = std::string("could not create a renderer: ") + SDL_GetError();
    return false;
  }
  SDL_StopTextInput();  // on by default in SDL2; only name fields turn it on
  fonts_ = std::make_unique<FontLibrary>();
  renderer_ = std::make_unique<Renderer>(sdlRenderer_, *fonts_);
  startTicks_ = SDL_GetTicks();
  return true;
}

std::uint32_t App::nowMs() const {
  if (config_.headless) return static_cast<std::uint32_t>(static_cast<double>(frames_) * kStep * 1000.0);
  return SDL_GetTicks() - startTicks_;
}

void App::toggleFullscreen() {
  if (!window_) return;
  bool isFull = (SDL_GetWindowFlags(window_) & SDL_WINDOW_FULLSCREEN_DESKTOP) != 0;
  SDL_SetWindowFullscreen(window_, isFull ? 0 : SDL_WINDOW_FULLSCREEN_DESKTOP);
}

ViewMapping App::viewMapping() const {
  ViewMapping view;
  int pw = 0, ph = 0, ww = 0, wh = 0;
  SDL_GetRendererOutputSize(sdlRenderer_, &pw, &ph);
  SDL_GetWindowSize(window_, &ww, &wh);
  view.letterbox = computeLetterbox(pw, ph);
  view.windowWidth = std::max(ww, 1);
  view.windowHeight = std::max(wh, 1);
  view.pixelsPerPointX = static_cast<float>(pw) / static_cast<float>(view.windowWidth);
  view.pixelsPerPointY = static_cast<float>(ph) / static_cast<float>(view.windowHeight);
  return view;
}

void App::dispatch(const SDL_Event& event) {
  activeFrames_ = kActiveFramesAfterInput;
  if (event.type == SDL_USEREVENT) {
    redrawRequested_ = true;
    return;
  }
  for (auto& hook : hooks_.rawEvent)
    if (hook(event)) return;
  if (event.type == SDL_CONTROLLERDEVICEADDED) {
    SDL_GameControllerOpen(event.cdevice.which);
    return;
  }
  const ViewMapping view = viewMapping();
  scenes_.setStage(view.letterbox.stage());  // a resize lays the screens out before the tap lands
  for (const Action& action : input_.fold(event, view)) {
    bool vetoed = false;
    for (auto& hook : hooks_.action) vetoed = vetoed || !hook(action);
    if (vetoed) continue;
    if (action.type == ActionType::Quit || action.type == ActionType::CloseWindow) {
      quit_ = true;
    } else if (action.type == ActionType::ToggleFullscreen) {
      toggleFullscreen();
    } else {
      scenes_.handle(action);
    }
    scenes_.applyPending();
    // Name fields want typed text; elsewhere Space and Backspace are commands.
    bool wantsText = scenes_.top() && scenes_.top()->wantsTextEntry();
    if (wantsText != input_.textEntry()) {
      input_.setTextEntry(wantsText);
      wantsText ? SDL_StartTextInput() : SDL_StopTextInput();
    }
  }
}

void App::wakeWithin(std::uint32_t ms) {
  const std::uint32_t deadline = nowMs() + ms;
  if (wakeDeadline_ == 0 || deadline < wakeDeadline_) wakeDeadline_ = deadline;
}

void App::wakeFromAnyThread() {
  SDL_Event e{};
  e.type = SDL_USEREVENT;
  SDL_PushEvent(&e);
}

void App::pressKey(const ScriptCommand& cmd) {
  SDL_Event e{};
  e.type = SDL_KEYDOWN;
  e.key.keysym.sym = SDL_GetKeyFromName(cmd.text.c_str());
  e.key.keysym.scancode = SDL_GetScancodeFromKey(e.key.keysym.sym);
  e.key.keysym.mod = static_cast<Uint16>((cmd.shift ? KMOD_LSHIFT : KMOD_NONE) | (cmd.ctrl ? KMOD_LCTRL : KMOD_NONE));
  inject(e);
  e.type = SDL_KEYUP;
  inject(e);
}

void App::inject(SDL_Event event) {
  // A player sees the screen before touching it: layout done while drawing
  // (pages of a list, say) is then as current as in a window.
  if (!freshFrame_) drawFrame();
  freshFrame_ = false;
  event.common.timestamp = nowMs();
  dispatch(event);
}

bool App::playScript(std::optional<std::string>& captureFile, bool& finished) {
  using Kind = ScriptCommand::Kind;
  ScriptRun& run = *script_;
  if (run.waitFrames > 0) {
    --run.waitFrames;
    return true;
  }
  if (run.waitingFor) {
    scenes_.applyPending();
    const ScriptCommand& cmd = *run.waitingFor;
    const std::string shown = scenes_.top() ? std::string(scenes_.top()->name()) : "(none)";
    // The screen, settled: a card that is still turning over is not yet what a player reads.
    if (shown != cmd.text || !scenes_.top()->settled()) {
      if (frames_ < run.waitUntilFrame) return true;
      if (shown == cmd.text) {
        std::cerr << run.script.path << ":" << cmd.line << ": the '" << shown << "' screen was still moving after "
                  << cmd.numbers[0] << " s\n";
        return false;
      }
      std::cerr << run.script.path << ":" << cmd.line << ": waited " << cmd.numbers[0] << " s for the '" << cmd.text
                << "' screen, but '" << shown << "' is still showing\n";
      return false;
    }
    run.waitingFor = nullptr;
  }
  if (run.pressing) {
    scenes_.applyPending();
    const ScriptCommand& cmd = *run.pressing;
    if (scenes_.top() && scenes_.top()->name() == cmd.scene) {
      run.pressing = nullptr;
    } else if (run.presses >= 300) {
      std::cerr << run.script.path << ":" << cmd.line << ": pressed " << cmd.text << " 300 times, but the '" << cmd.scene
                << "' screen never came\n";
      return false;
    } else {
      ++run.presses;
      pressKey(cmd);
      run.waitFrames = static_cast<int>(std::lround(1.3 / kStep)) - 1;
      return true;
    }
  }
  const ViewMapping view = viewMapping();
  auto toWindow = [&](float cx, float cy) {
    Vec2 p = view.letterbox.toPixels(Vec2{cx, cy});
    return Vec2{p.x / view.pixelsPerPointX, p.y / view.pixelsPerPointY};
  };
  auto mouseButton = [&](Uint32 type, Vec2 w, Uint32 which) {
    SDL_Event e{};
    e.type = type;
    e.button.which = which;
    e.button.button = SDL_BUTTON_LEFT;
    e.button.x = static_cast<Sint32>(std::lround(w.x));
    e.button.y = static_cast<Sint32>(std::lround(w.y));
    inject(e);
  };
  auto mouseMotion = [&](Vec2 w) {
    SDL_Event e{};
    e.type = SDL_MOUSEMOTION;
    e.motion.x = static_cast<Sint32>(std::lround(w.x));
    e.motion.y = static_cast<Sint32>(std::lround(w.y));
    inject(e);
  };
  auto finger = [&](Uint32 type, Vec2 w) {
    SDL_Event e{};
    e.type = type;
    e.tfinger.touchId = 1;
    e.tfinger.fingerId = 1;
    e.tfinger.x = w.x / static_cast<float>(view.windowWidth);
    e.tfinger.y = w.y / static_cast<float>(view.windowHeight);
    e.tfinger.pressure = 1;
    inject(e);
  };
  auto fail = [&](const ScriptCommand& cmd, const std::string& message) {
    std::cerr << run.script.path << ":" << cmd.line << ": " << message << "\n";
    return false;
  };

  while (run.next < run.script.commands.size()) {
    const ScriptCommand& cmd = run.script.commands[run.next++];
    const auto& n = cmd.numbers;
    switch (cmd.kind) {
      case Kind::Wait:
        run.waitFrames = static_cast<int>(std::lround(n[0] / kStep));
        if (run.waitFrames > 0) {
          --run.waitFrames;
          return true;
        }
        break;
      case Kind::Tap:
        mouseMotion(toWindow(n[0], n[1]));
        mouseButton(SDL_MOUSEBUTTONDOWN, toWindow(n[0], n[1]), 0);
        mouseButton(SDL_MOUSEBUTTONUP, toWindow(n[0], n[1]), 0);
        break;
      case Kind::Touch:
        // Real touch screens send the finger and a synthesised mouse click; both go in.
        finger(SDL_FINGERDOWN, toWindow(n[0], n[1]));
        mouseButton(SDL_MOUSEBUTTONDOWN, toWindow(n[0], n[1]), SDL_TOUCH_MOUSEID);
        finger(SDL_FINGERUP, toWindow(n[0], n[1]));
        mouseButton(SDL_MOUSEBUTTONUP, toWindow(n[0], n[1]), SDL_TOUCH_MOUSEID);
        break;
      case Kind::Press: mouseButton(SDL_MOUSEBUTTONDOWN, toWindow(n[0], n[1]), 0); break;
      case Kind::Release: mouseButton(SDL_MOUSEBUTTONUP, toWindow(n[0], n[1]), 0); break;
      case Kind::Move: mouseMotion(toWindow(n[0], n[1])); break;
      case Kind::Drag:
        mouseMotion(toWindow(n[0], n[1]));
        mouseButton(SDL_MOUSEBUTTONDOWN, toWindow(n[0], n[1]), 0);
        for (int step = 1; step <= 8; ++step) {
          float t = static_cast<float>(step) / 8.f;
          mouseMotion(toWindow(n[0] + (n[2] - n[0]) * t, n[1] + (n[3] - n[1]) * t));
        }
        mouseButton(SDL_MOUSEBUTTONUP, toWindow(n[2], n[3]), 0);
        break;
      case Kind::Key: pressKey(cmd); break;
      case Kind::KeyUntil:
        run.pressing = &cmd;
        run.presses = 0;
        return true;
      case Kind::Type: {
        // SDL delivers text in chunks of at most 31 bytes, never splitting a character.
        for (char32_t cp : decodeUtf8(cmd.text)) {
          SDL_Event e{};
          e.type = SDL_TEXTINPUT;
          std::string bytes;
          appendUtf8(bytes, cp);
          std::memcpy(e.text.text, bytes.data(), bytes.size());
          inject(e);
        }
        break;
      }
      case Kind::Button: {
        SDL_Event e{};
        e.type = SDL_CONTROLLERBUTTONDOWN;
        e.cbutton.button = static_cast<Uint8>(SDL_GameControllerGetButtonFromString(cmd.text.c_str()));
        inject(e);
        break;
      }
      case Kind::Wheel: {
        mouseMotion(toWindow(n[0], n[1]));
        // One event per notch, as a real wheel sends them.
        const int notches = static_cast<int>(n[2]);
        for (int i = 0; i < std::abs(notches); ++i) {
          SDL_Event e{};
          e.type = SDL_MOUSEWHEEL;
          e.wheel.y = notches > 0 ? 1 : -1;
          inject(e);
        }
        break;
      }
      case Kind::Resize:
        SDL_SetWindowSize(window_, static_cast<int>(n[0]), static_cast<int>(n[1]));
        SDL_PumpEvents();
        break;
      case Kind::Capture:
        captureFile = cmd.text;
        return true;  // the capture is taken after this frame is drawn
      case Kind::ExpectScene: {
        scenes_.applyPending();
        std::string shown = scenes_.top() ? std::string(scenes_.top()->name()) : "(none)";
        if (shown != cmd.text) return fail(cmd, "expected the '" + cmd.text + "' screen, but '" + shown + "' is showing");
        break;
      }
      case Kind::TapLabel: {
        scenes_.setStage(viewMapping().letterbox.stage());  // after a `resize`, the buttons have moved
        scenes_.applyPending();
        if (!freshFrame_) drawFrame();  // labels and rects as the player sees them
        const auto targets = scenes_.top() ? scenes_.top()->labeledTargets() : std::vector<Scene::Target>{};
        const Scene::Target* target = findTarget(targets, cmd.text);
        if (!target) {
          std::string shown;
          for (const auto& t : targets) shown += (shown.empty() ? "" : ", ") + ("'" + t.label + "'");
          return fail(cmd, "no single button labelled '" + cmd.text + "' on the '" +
                               std::string(scenes_.top() ? scenes_.top()->name() : "(none)") + "' screen; it shows " +
                               (shown.empty() ? "no labelled button" : shown));
        }
        const Vec2 c = toWindow(target->rect.center().x, target->rect.center().y);
        mouseMotion(c);
        mouseButton(SDL_MOUSEBUTTONDOWN, c, 0);
        mouseButton(SDL_MOUSEBUTTONUP, c, 0);
        break;
      }
      case Kind::WaitFor:
        run.waitingFor = &cmd;
        run.waitUntilFrame = frames_ + static_cast<std::uint64_t>(std::lround(n[0] / kStep));
        return true;
      case Kind::Close: {  // the window's close button
        SDL_Event e{};
        e.type = SDL_WINDOWEVENT;
        e.window.event = SDL_WINDOWEVENT_CLOSE;
        inject(e);
        if (quit_) return true;  // the app accepted it: the run ends after this frame
        break;
      }
      case Kind::Quit: finished = true; return true;
    }
  }
  finished = true;
  return true;
}

void App::drawFrame() {
  renderer_->beginFrame(config_.canvasColor, config_.barColor);
  scenes_.draw(*renderer_);
  for (auto& hook : hooks_.afterDraw) hook(*renderer_);
  renderer_->endFrame();
  ++framesDrawn_;
}

// Sleeps until input, a timer or a wake-up when nothing moves; true when
// the loop should go on at once.
bool App::waitForWork() {
  if (activeFrames_ > 0 || redrawRequested_ || scenes_.animating()) return true;
  Uint32 timeout = 1000;  // a slow heartbeat keeps the clock honest for ticks
  if (wakeDeadline_ != 0) {
    const std::uint32_t now = nowMs();
    timeout = wakeDeadline_ > now ? std::min<Uint32>(timeout, wakeDeadline_ - now) : 0;
  }
  SDL_Event event;
  if (timeout > 0 && SDL_WaitEventTimeout(&event, static_cast<int>(timeout))) dispatch(event);
  if (wakeDeadline_ != 0 && nowMs() >= wakeDeadline_) {
    wakeDeadline_ = 0;
    activeFrames_ = std::max(activeFrames_, 1);
  }
  return activeFrames_ > 0 || redrawRequested_;
}

// Timers see the time that passed, asleep or not (simulated when headless).
void App::tick() {
  const std::uint32_t now = nowMs();
  const double dt = static_cast<double>(now - lastTickMs_) / 1000.0;
  lastTickMs_ = now;
  for (auto& hook : hooks_.tick) hook(dt);
}

void App::noticeTopScene() {
  scenes_.setTopChangedListener([this](Scene* top) {
    redrawRequested_ = true;
    if (top)
      for (auto& hook : hooks_.topSceneChanged) hook(*top);
  });
}

int App::run() {
  double accumulator = 0;
  Uint64 previous = SDL_GetPerformanceCounter();
  const double frequency = static_cast<double>(SDL_GetPerformanceFrequency());
  noticeTopScene();
  scenes_.applyPending();
  while (!quit_) {
    // Asleep until something happens: an idle screen costs no CPU.
    if (!config_.headless && !waitForWork()) {
      previous = SDL_GetPerformanceCounter();
      tick();
      continue;
    }
    Uint64 frameStart = SDL_GetPerformanceCounter();
    scenes_.setStage(viewMapping().letterbox.stage());  // the window may have changed shape
    std::optional<std::string> captureFile;
    bool finished = false;
    if (script_ && !playScript(captureFile, finished)) return 1;

    SDL_Event event;
    while (SDL_PollEvent(&event)) dispatch(event);

    double elapsed = kStep;  // headless: simulated time, the same script gives the same frames
    if (!config_.headless) {
      Uint64 now = SDL_GetPerformanceCounter();
      elapsed = std::min(0.25, static_cast<double>(now - previous) / frequency);
      previous = now;
    }
    accumulator += elapsed;
    tick();
    for (int steps = 0; accumulator >= kStep && steps < 8; ++steps) {
      scenes_.update(kStep);
      scenes_.applyPending();
      accumulator -= kStep;
    }
    if (scenes_.empty()) break;
    ++frames_;
    if (activeFrames_ > 0) --activeFrames_;
    freshFrame_ = false;

    // Headless runs draw only the frames a script captures (or the last one
    // before it touches the screen); windows draw while anything changes.
    const bool draw = config_.headless ? captureFile.has_value() || config_.exitAfterFirstFrame ||
                                              config_.headlessDrawsEveryFrame
                                        : true;
    if (!draw) {
      if (finished) break;
      continue;
    }
    redrawRequested_ = false;
    drawFrame();
    freshFrame_ = true;
    if (captureFile) {
      std::filesystem::path path = std::filesystem::path(config_.captureDir) / *captureFile;
      std::error_code ec;
      std::filesystem::create_directories(path.parent_path(), ec);
      std::string error;
      if (!renderer_->capturePng(path.string(), error)) {
        std::cerr << script_->script.path << ": cannot write capture '" << path.string() << "': " << error << "\n";
        return 1;
      }
      logInfo("capture", "wrote " + path.string());
    }
    SDL_RenderPresent(sdlRenderer_);
    if (config_.exitAfterFirstFrame || finished) break;

    if (!config_.headless) {
      // Where vsync is missing or not honoured (Xvfb, software): at most 60 frames a second.
      double spent = static_cast<double>(SDL_GetPerformanceCounter() - frameStart) / frequency;
      if (spent < kStep) SDL_Delay(static_cast<Uint32>((kStep - spent) * 1000.0));
    }
  }
  return 0;
}

}  // namespace engine
