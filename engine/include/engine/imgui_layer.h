// Dear ImGui on top of the engine's frame: its panels see SDL events first
// (through the App's raw-event hook) and are drawn after the scenes (through
// the after-draw hook), with the SDL_Renderer backend. Only tools link this
// (the editor); the game does not.
#pragma once
#include <functional>
#include <string>
#include <vector>

#include "engine/app.h"

namespace engine {

class ImGuiLayer {
 public:
  // `fontPath`: a TTF with accents (ImGui's own font is ASCII only); `fontSize` in points.
  ImGuiLayer(App& app, const std::string& fontPath, float fontSize);
  ~ImGuiLayer();
  ImGuiLayer(const ImGuiLayer&) = delete;
  ImGuiLayer& operator=(const ImGuiLayer&) = delete;

  // Builds the panels each frame (ImGui:: calls), between NewFrame and Render.
  void setBuild(std::function<void()> build) { build_ = std::move(build); }

 private:
  bool onEvent(const union SDL_Event& event);
  void onDraw();

  App& app_;
  std::function<void()> build_;
  float mouseX_ = -1, mouseY_ = -1;  // the last mouse position an event gave
  // Keys pressed since the last frame, and their modifiers: a press and its
  // release in one frame (a script, a fast typist) still counts as a press.
  std::vector<int> pressedKeys_, forcedKeys_;
  int pressedMods_ = 0;
  bool forcedMods_ = false;
  std::vector<bool> held_ = std::vector<bool>(512, false);  // what key events say is down
  bool started_ = false;
};

}  // namespace engine
