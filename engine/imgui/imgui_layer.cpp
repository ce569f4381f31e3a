#include "engine/imgui_layer.h"

#include <SDL.h>
#include <imgui.h>
#include <imgui_impl_sdl.h>
#include <imgui_impl_sdlrenderer.h>

namespace engine {

ImGuiLayer::ImGuiLayer(App& app, const std::string& fontPath, float fontSize) : app_(app) {
  IMGUI_CHECKVERSION();
  ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;  // the layout is fixed; nothing to remember between runs
  io.ConfigInputTextCursorBlink = false;  // a blinking caret would keep an idle editor drawing
  if (!fontPath.empty()) {
    // Latin-1 plus the French typography a pack uses: ’ « » … – — œ €.
    static const ImWchar ranges[] = {0x0020, 0x00FF, 0x0152, 0x0153, 0x2010, 0x2027, 0x20AC, 0x20AC, 0};
    io.Fonts->AddFontFromFileTTF(fontPath.c_str(), fontSize, nullptr, ranges);
  }
  ImGui::StyleColorsLight();
  ImGui_ImplSDL2_InitForSDLRenderer(app.sdlWindow());
  ImGui_ImplSDLRenderer_Init(app.sdlRenderer());
  started_ = true;
  app.hooks().rawEvent.push_back([this](const SDL_Event& e) { return onEvent(e); });
  app.hooks().afterDraw.push_back([this](Renderer&) { onDraw(); });
}

ImGuiLayer::~ImGuiLayer() {
  if (!started_) return;
  ImGui_ImplSDLRenderer_Shutdown();
  ImGui_ImplSDL2_Shutdown();
  ImGui::DestroyContext();
}

bool ImGuiLayer::onEvent(const SDL_Event& event) {
  if (event.type == SDL_MOUSEMOTION) {
    mouseX_ = static_cast<float>(event.motion.x);
    mouseY_ = static_cast<float>(event.motion.y);
  } else if (event.type == SDL_MOUSEBUTTONDOWN || event.type == SDL_MOUSEBUTTONUP) {
    mouseX_ = static_cast<float>(event.button.x);
    mouseY_ = static_cast<float>(event.button.y);
  }
  if (event.type == SDL_KEYDOWN || event.type == SDL_KEYUP) {
    const int key = event.key.keysym.scancode;
    if (key > 0 && key < static_cast<int>(held_.size())) held_[static_cast<std::size_t>(key)] = event.type == SDL_KEYDOWN;
    if (event.type == SDL_KEYDOWN) {
      pressedKeys_.push_back(key);
      pressedMods_ |= event.key.keysym.mod;
    }
  }
  ImGui_ImplSDL2_ProcessEvent(&event);
  app_.requestRedraw();
  const ImGuiIO& io = ImGui::GetIO();
  const bool mouse = event.type == SDL_MOUSEMOTION || event.type == SDL_MOUSEBUTTONDOWN ||
                     event.type == SDL_MOUSEBUTTONUP || event.type == SDL_MOUSEWHEEL;
  const bool keys = event.type == SDL_KEYDOWN || event.type == SDL_KEYUP || event.type == SDL_TEXTINPUT;
  return (mouse && io.WantCaptureMouse) || (keys && io.WantCaptureKeyboard);
}

void ImGuiLayer::onDraw() {
  ImGui_ImplSDLRenderer_NewFrame();
  ImGui_ImplSDL2_NewFrame();
  // The backend asks SDL where the mouse is, which knows nothing of scripted
  // (headless) input: the last event's position is the truth in both cases.
  ImGuiIO& io = ImGui::GetIO();
  if (mouseX_ >= 0) io.MousePos = ImVec2(mouseX_, mouseY_);
  // Last frame's forced presses go back to what the key events say.
  for (int key : forcedKeys_) io.KeysDown[key] = held_[static_cast<std::size_t>(key)];
  if (forcedMods_) {
    const SDL_Keymod mods = SDL_GetModState();
    io.KeyCtrl = (mods & KMOD_CTRL) != 0;
    io.KeyShift = (mods & KMOD_SHIFT) != 0;
  }
  forcedKeys_.clear();
  for (int key : pressedKeys_)
    if (key > 0 && key < IM_ARRAYSIZE(io.KeysDown) && key < static_cast<int>(held_.size())) {
      io.KeysDown[key] = true;
      forcedKeys_.push_back(key);
    }
  forcedMods_ = pressedMods_ != 0;
  if (forcedMods_) {
    io.KeyCtrl = io.KeyCtrl || (pressedMods_ & KMOD_CTRL) != 0;
    io.KeyShift = io.KeyShift || (pressedMods_ & KMOD_SHIFT) != 0;
  }
  pressedKeys_.clear();
  pressedMods_ = 0;
  ImGui::NewFrame();
  if (build_) build_();
  ImGui::Render();
  ImGui_ImplSDLRenderer_RenderDrawData(ImGui::GetDrawData());
}

}  // namespace engine
