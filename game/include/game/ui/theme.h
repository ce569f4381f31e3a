// Dé-CLIC's look: a warm, high-contrast palette (every text colour is at least
// 4.5:1 on its background, tested), the colours of card kinds, board spaces,
// answers and tokens, text sizes on the 1080p canvas, and the drawing of large
// buttons with a visible keyboard focus. Screens get the Theme from the
// application's Context; nothing here is global.
#pragma once
#include <array>
#include <functional>
#include <string>

#include "engine/focus.h"
#include "engine/geometry.h"
#include "engine/renderer.h"
#include "game/content/model.h"
#include "game/ui/settings.h"

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
  // The streets joining board spaces: a cue at 3:1 or more on the background.
  engine::Color path = engine::Color::rgb(0x8C8577);
  engine::Color onDisabled = engine::Color::rgb(0x4A5560);
};

// Every colour a screen uses: no screen writes a colour of its own.
struct Theme {
  std::string id = "default";
  Palette palette;
  engine::Color scrim = engine::Color::rgb(0x14181C, 150);  // dims what lies under a menu
  engine::Color paper = engine::Color::rgb(0xFFFFFF);       // printed pages
  // The header of each card kind (a pack's category colour wins for resources).
  engine::Color resourceCard = engine::Color::rgb(0x0B5D6B);
  engine::Color rightCard = engine::Color::rgb(0x5B3B8C);
  engine::Color scenarioCard = engine::Color::rgb(0x8A3B12);
  engine::Color eventCard = engine::Color::rgb(0x2F5D1F);
  engine::Color discussionCard = engine::Color::rgb(0x9D174D);
  // Board spaces, by kind: pale, so that labels and tokens read on them.
  engine::Color resourceSpace = engine::Color::rgb(0xD6ECEF);
  engine::Color rightSpace = engine::Color::rgb(0xE6DDF3);
  engine::Color scenarioSpace = engine::Color::rgb(0xF6E0D3);
  engine::Color eventSpace = engine::Color::rgb(0xDCEBD5);
  engine::Color discussionSpace = engine::Color::rgb(0xF5DCE7);
  engine::Color plainSpace = engine::Color::rgb(0xEFE9DD);
  // Answers A to D: hues that stay apart under protanopia, deuteranopia and tritanopia
  // (simulated in a test), each with white text at 4.5:1 or more; each also has a letter and a shape.
  std::array<engine::Color, 4> answers = {engine::Color::rgb(0x0B5D6B), engine::Color::rgb(0x8A3B12),
                                          engine::Color::rgb(0x5B3B8C), engine::Color::rgb(0x1D4ED8)};
  // Shortcuts and setbacks on a street board; white text reads on each.
  engine::Color bikePath = engine::Color::rgb(0x1E6B2F);
  engine::Color busRoute = engine::Color::rgb(0x1D4ED8);
  engine::Color walkPath = engine::Color::rgb(0x6B4C0B);
  engine::Color setback = engine::Color::rgb(0x9F2A1B);
  // The little houses and trees beside « Mon quartier »'s streets: soft, for decoration only.
  engine::Color sceneryWall = engine::Color::rgb(0xF0DFC4);
  engine::Color sceneryRoof = engine::Color::rgb(0xC98A72);
  engine::Color sceneryDetail = engine::Color::rgb(0x9C9385);
  engine::Color sceneryTree = engine::Color::rgb(0xA9C79A);
  engine::Color sceneryTrunk = engine::Color::rgb(0x9B7B5C);
  engine::Color right = engine::Color::rgb(0x1E6B2F);  // « Bonne réponse »
  engine::Color wrong = engine::Color::rgb(0x9F2A1B);  // « Pas tout à fait »
  // Player tokens: each also has its own shape, so colour is never the only cue.
  // The first four, most games' teams, also stay apart under the three colour-vision deficiencies.
  std::array<engine::Color, 8> tokens = {engine::Color::rgb(0x0B5D6B), engine::Color::rgb(0xB43C0C),
                                         engine::Color::rgb(0x5B3B8C), engine::Color::rgb(0x1D4ED8),
                                         engine::Color::rgb(0x2F5D1F), engine::Color::rgb(0x9D174D),
                                         engine::Color::rgb(0x6B4C0B), engine::Color::rgb(0x334155)};

  engine::Color cardHeader(content::CardKind kind) const;
  engine::Color space(content::SpaceKind kind) const;
  engine::Color jump(content::JumpKind kind) const;
};

// The game's default look.
Theme defaultTheme();
// Black text on white, dark outlines and dark fills: for low vision and washed-out projectors.
Theme highContrastTheme();
// The theme the settings ask for.
Theme themeFor(const Settings& settings);

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

// `style` at the largest size where every text fits its own box (never below
// the style's minimum): labels seen together, like a board's spaces or a
// map's tiles, all in one size instead of each shrunk on its own.
struct BoxedText {
  std::string_view text;
  engine::Rect box;
};
engine::TextStyle sharedSize(engine::Renderer& r, const std::vector<BoxedText>& texts, engine::TextStyle style);

// OnHeader: a button that sits in a card's coloured header (Menu): drawn as
// an outlined pill inside its touch target, so it never covers the card's corner.
enum class ButtonKind { Primary, Secondary, OnHeader };

// Draws one button of a ButtonGroup; `label` already translated.
// `leftRoom` keeps the label clear of something drawn at the button's left (a token).
void drawButton(engine::Renderer& r, const engine::ButtonGroup& group, std::size_t index, const std::string& label,
                const Settings& settings, const Theme& theme, ButtonKind kind = ButtonKind::Primary,
                float leftRoom = 0, float maxTextSize = 0);
// The one text size a row of buttons shares: the largest at which every label fits.
// The buttons in the row are those `inRow` picks, each labelled by `labelOf` (by button id).
float rowTextSize(engine::Renderer& r, const engine::ButtonGroup& group, const Settings& settings,
                  const std::function<bool(const std::string&)>& inRow,
                  const std::function<std::string(const std::string&)>& labelOf);

}  // namespace game
