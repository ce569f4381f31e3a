// Dé-CLIC's look: a warm, high-contrast palette (every text colour is at least
// 4.5:1 on its background, tested), text sizes on the 1080p canvas, and the
// drawing of large buttons with a visible keyboard focus.
#pragma once
#include <string>

#include "engine/focus.h"
#include "engine/geometry.h"
#include "engine/renderer.h"
#include "game/ui/strings.h"

namespace game {

struct Palette {
  engine::Color background = engine::Color::rgb(0xFBF7F0);  // warm paper
  engine::Color surface = engine::Color::rgb(0xFFFFFF);
  engine::Color surfaceSunken = engine::Color::rgb(0xF1EBE0);
  engine::Color ink = engine::Color::rgb(0x1F2933);
  engine::Color inkMuted = engine::Color::rgb(0x4A5560);
  engine::Color primary = engine::Color::rgb(0x0B5D6B);  // deep teal
  engine::Color primaryPressed = engine::Color::rgb(0x07434E);
  engine::Color primaryHover = engine::Color::rgb(0x0E7282);
  engine::Color onPrimary = engine::Color::rgb(0xFFFFFF);
  engine::Color accent = engine::Color::rgb(0xB43C0C);   // brick orange, for headings
  engine::Color focus = engine::Color::rgb(0x1D4ED8);    // focus ring, blue
  engine::Color shadow = engine::Color::rgb(0x000000, 34);
  engine::Color bars = engine::Color::rgb(0x14181C);
  engine::Color disabled = engine::Color::rgb(0xD9D3C7);
  engine::Color onDisabled = engine::Color::rgb(0x4A5560);
};

const Palette& palette();

// Canvas sizes in px at 100 % text size. Body text is never below 28 px.
struct TypeScale {
  static constexpr float title = 132;
  static constexpr float heading = 56;
  static constexpr float button = 40;
  static constexpr float body = 34;
  static constexpr float small = 28;  // the floor: nothing is smaller
};

// A base size scaled by the player's text-size setting (1.0 to 2.0), with
// French typography only when the interface speaks French.
engine::TextStyle textStyle(const Settings& settings, float baseSize, engine::FontWeight weight,
                            engine::Align align = engine::Align::Left);

enum class ButtonKind { Primary, Secondary };

// Draws one button of a ButtonGroup; `label` already translated.
// `leftRoom` keeps the label clear of something drawn at the button's left (a token).
void drawButton(engine::Renderer& r, const engine::ButtonGroup& group, std::size_t index, const std::string& label,
                const Settings& settings, ButtonKind kind = ButtonKind::Primary, float leftRoom = 0);

}  // namespace game
