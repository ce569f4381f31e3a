// Maps the fixed logical canvas (1920x1080) onto a window of any size and
// pixel density: uniform scale, centred. On a window of another shape the
// margins around the canvas belong to the stage (Scene::stage): the game's
// scenes lay themselves out over the whole stage, so the bars the renderer
// still clears are covered.
#pragma once
#include "engine/geometry.h"

namespace engine {

inline constexpr float kCanvasWidth = 1920;
inline constexpr float kCanvasHeight = 1080;

struct Letterbox {
  float scale = 1;    // output pixels per canvas unit
  float offsetX = 0;  // output pixels left of the canvas
  float offsetY = 0;  // output pixels above the canvas
  int outputWidth = 0;
  int outputHeight = 0;
  float canvasWidth = kCanvasWidth;
  float canvasHeight = kCanvasHeight;

  Vec2 toPixels(Vec2 canvas) const { return {offsetX + canvas.x * scale, offsetY + canvas.y * scale}; }
  Rect toPixels(Rect r) const { return {offsetX + r.x * scale, offsetY + r.y * scale, r.w * scale, r.h * scale}; }
  Vec2 toCanvas(Vec2 pixels) const { return {(pixels.x - offsetX) / scale, (pixels.y - offsetY) / scale}; }
  // The canvas area in output pixels, with integer edges (what gets cleared and clipped).
  Rect canvasPixels() const;
  // The whole output in canvas units: the canvas and the margins around it on a screen
  // of another shape, which a scene fills with its own background instead of bars.
  Rect stage() const {
    return {-offsetX / scale, -offsetY / scale, static_cast<float>(outputWidth) / scale,
            static_cast<float>(outputHeight) / scale};
  }
};

// outputWidth/Height are in physical pixels (may exceed window points on high-DPI).
Letterbox computeLetterbox(int outputWidth, int outputHeight, float canvasWidth = kCanvasWidth,
                           float canvasHeight = kCanvasHeight);

}  // namespace engine
