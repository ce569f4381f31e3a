#include "engine/letterbox.h"

#include <algorithm>
#include <cmath>

namespace engine {

Letterbox computeLetterbox(int outputWidth, int outputHeight, float canvasWidth, float canvasHeight) {
  Letterbox box;
  box.outputWidth = std::max(outputWidth, 1);
  box.outputHeight = std::max(outputHeight, 1);
  box.canvasWidth = canvasWidth;
  box.canvasHeight = canvasHeight;
  box.scale = std::min(static_cast<float>(box.outputWidth) / canvasWidth,
                       static_cast<float>(box.outputHeight) / canvasHeight);
  // Whole-pixel offsets keep text and 1-px outlines on the pixel grid.
  box.offsetX = std::floor((static_cast<float>(box.outputWidth) - canvasWidth * box.scale) / 2);
  box.offsetY = std::floor((static_cast<float>(box.outputHeight) - canvasHeight * box.scale) / 2);
  return box;
}

Rect Letterbox::canvasPixels() const {
  float w = std::round(canvasWidth * scale), h = std::round(canvasHeight * scale);
  return {offsetX, offsetY, w, h};
}

}  // namespace engine
