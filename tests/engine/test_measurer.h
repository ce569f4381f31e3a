// A measurer where every code point is 10 px wide at size 20 (scales with size):
// layout tests that do not depend on a font file.
#pragma once
#include "engine/fonts.h"
#include "engine/utf8.h"

struct FixedWidthMeasurer : engine::TextMeasurer {
  float measure(std::string_view text, engine::FontWeight, int pixelSize) const override {
    return static_cast<float>(engine::countCodePoints(text)) * static_cast<float>(pixelSize) / 2.f;
  }
};
