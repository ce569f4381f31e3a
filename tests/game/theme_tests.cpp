#include <doctest/doctest.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <vector>

#include "game/ui/card_text.h"
#include "game/ui/strings.h"
#include "game/ui/sound_cues.h"
#include "game/ui/theme.h"

using namespace game;

namespace {
// How a colour looks with a colour-vision deficiency, in CIELAB: the simulation of
// Machado, Oliveira and Fernandes (2009) at full severity, applied in linear RGB.
using Matrix = std::array<std::array<double, 3>, 3>;
const Matrix kProtanopia = {{{0.152286, 1.052583, -0.204868}, {0.114503, 0.786281, 0.099216}, {-0.003882, -0.048116, 1.051998}}};
const Matrix kDeuteranopia = {{{0.367322, 0.860646, -0.227968}, {0.280085, 0.672501, 0.047413}, {-0.011820, 0.042940, 0.968881}}};
const Matrix kTritanopia = {{{1.255528, -0.076749, -0.178779}, {-0.078411, 0.930809, 0.147602}, {0.004733, 0.691367, 0.303900}}};
const Matrix kTypical = {{{1, 0, 0}, {0, 1, 0}, {0, 0, 1}}};

double linear(std::uint8_t c) {
  const double v = c / 255.0;
  return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
}

std::array<double, 3> seenAs(engine::Color c, const Matrix& m) {
  const double rgb[3] = {linear(c.r), linear(c.g), linear(c.b)};
  double s[3];
  for (int i = 0; i < 3; ++i) s[i] = std::clamp(m[i][0] * rgb[0] + m[i][1] * rgb[1] + m[i][2] * rgb[2], 0.0, 1.0);
  const double x = (0.4124 * s[0] + 0.3576 * s[1] + 0.1805 * s[2]) / 0.95047;
  const double y = 0.2126 * s[0] + 0.7152 * s[1] + 0.0722 * s[2];
  const double z = (0.0193 * s[0] + 0.1192 * s[1] + 0.9505 * s[2]) / 1.08883;
  auto f = [](double t) { return t > 0.008856 ? std::cbrt(t) : 7.787 * t + 16.0 / 116; };
  return {116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))};
}

// The smallest colour difference (CIE76 ΔE) between any two of `colours`, as seen with `m`.
double closestPair(const std::vector<engine::Color>& colours, const Matrix& m) {
  double closest = 1e9;
  for (std::size_t a = 0; a < colours.size(); ++a)
    for (std::size_t b = a + 1; b < colours.size(); ++b) {
      const auto p = seenAs(colours[a], m), q = seenAs(colours[b], m);
      closest = std::min(closest, std::hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2]));
    }
  return closest;
}
}  // namespace

TEST_CASE("answers and the first four tokens stay apart with protanopia, deuteranopia and tritanopia") {
  const Theme theme = defaultTheme();
  const std::vector<engine::Color> answers(theme.answers.begin(), theme.answers.end());
  const std::vector<engine::Color> tokens(theme.tokens.begin(), theme.tokens.begin() + 4);
  // ΔE 15 is a difference anyone notices side by side; letters and shapes carry the meaning too.
  for (const Matrix* vision : {&kTypical, &kProtanopia, &kDeuteranopia, &kTritanopia}) {
    CHECK(closestPair(answers, *vision) >= 15);
    CHECK(closestPair(tokens, *vision) >= 15);
  }
}

TEST_CASE("every text colour has at least 4.5:1 contrast on its background") {
  const Theme theme = defaultTheme();
  const Palette& p = theme.palette;
  CHECK(engine::contrastRatio(p.onPrimary, theme.right) >= 4.5);
  CHECK(engine::contrastRatio(p.onPrimary, theme.wrong) >= 4.5);
  CHECK(engine::contrastRatio(theme.right, p.surface) >= 4.5);
  CHECK(engine::contrastRatio(theme.wrong, p.surface) >= 4.5);
  CHECK(engine::contrastRatio(p.ink, p.background) >= 4.5);
  CHECK(engine::contrastRatio(p.inkMuted, p.background) >= 4.5);
  CHECK(engine::contrastRatio(p.ink, p.surface) >= 4.5);
  CHECK(engine::contrastRatio(p.inkMuted, p.surfaceSunken) >= 4.5);
  CHECK(engine::contrastRatio(p.onPrimary, p.primary) >= 4.5);
  CHECK(engine::contrastRatio(p.onPrimary, p.primaryHover) >= 4.5);
  CHECK(engine::contrastRatio(p.onPrimary, p.primaryPressed) >= 4.5);
  CHECK(engine::contrastRatio(p.primary, p.surface) >= 4.5);
  CHECK(engine::contrastRatio(p.primary, p.surfaceSunken) >= 4.5);
  CHECK(engine::contrastRatio(p.accent, p.background) >= 4.5);
  CHECK(engine::contrastRatio(p.onDisabled, p.disabled) >= 4.5);
}

TEST_CASE("cues that are not text stand out at 3:1 or more (WCAG 1.4.11)") {
  const Theme theme = defaultTheme();
  const Palette& p = theme.palette;
  CHECK(engine::contrastRatio(p.path, p.background) >= 3.0);            // the streets between spaces
  CHECK(engine::contrastRatio(p.primary, p.surface) >= 3.0);            // the outline of whose turn it is
  CHECK(engine::contrastRatio(p.focus, p.background) >= 3.0);           // the keyboard focus ring
  CHECK(engine::contrastRatio(p.inkMuted, p.background) >= 3.0);        // a space's border
  for (const auto& space : {theme.resourceSpace, theme.rightSpace, theme.scenarioSpace, theme.eventSpace,
                            theme.discussionSpace, theme.plainSpace})
    CHECK(engine::contrastRatio(p.ink, space) >= 4.5);  // each space is named in text, not by colour alone
}

TEST_CASE("the high-contrast theme reaches 7:1 for text and 4.5:1 for every cue") {
  const Theme theme = highContrastTheme();
  const Palette& p = theme.palette;
  CHECK(engine::contrastRatio(p.ink, p.background) >= 7.0);
  CHECK(engine::contrastRatio(p.inkMuted, p.background) >= 7.0);
  CHECK(engine::contrastRatio(p.onPrimary, p.primary) >= 7.0);
  CHECK(engine::contrastRatio(p.primary, p.surface) >= 7.0);
  CHECK(engine::contrastRatio(p.path, p.background) >= 4.5);
  CHECK(engine::contrastRatio(p.focus, p.background) >= 4.5);
  for (const auto& space : {theme.resourceSpace, theme.rightSpace, theme.scenarioSpace, theme.eventSpace,
                            theme.discussionSpace, theme.plainSpace})
    CHECK(engine::contrastRatio(p.ink, space) >= 7.0);
  Settings settings;
  settings.highContrast = true;
  CHECK(themeFor(settings).id == "high-contrast");
  CHECK(themeFor(Settings{}).id == "default");
}

TEST_CASE("body text is never below 28 px, even when shrunk to fit") {
  CHECK(TypeScale::body >= 28);
  Settings large;
  large.textScale = 2.0f;
  auto style = textStyle(large, TypeScale::body, engine::FontWeight::Regular);
  CHECK(style.size == doctest::Approx(68));
  CHECK(style.minSize >= 28);
}

TEST_CASE("every interface label exists in French and English") {
  for (const char* key : {"title.tagline", "title.language", "title.text_size", "title.quit", "title.hint"}) {
    CHECK(tr(key, Language::French) != key);
    CHECK(tr(key, Language::English) != key);
    CHECK(tr(key, Language::French) != tr(key, Language::English));
  }
}

TEST_CASE("French typography applies to French text only") {
  Settings english;
  english.language = Language::English;
  CHECK_FALSE(textStyle(english, TypeScale::body, engine::FontWeight::Regular).frenchTypography);
  CHECK(textStyle(Settings{}, TypeScale::body, engine::FontWeight::Regular).frenchTypography);
}

TEST_CASE("dates read as people write them, in both languages") {
  CHECK(formatDate({2026, 11, 23}, Language::French) == "23\xC2\xA0novembre 2026");
  CHECK(formatDate({2026, 3, 1}, Language::French) == "1er\xC2\xA0mars 2026");
  CHECK(formatDate({2026, 11, 23}, Language::English) == "November 23, 2026");
}

TEST_CASE("the game's sounds are short and soft, and a wrong answer never sounds like a buzzer") {
  for (Cue cue : {Cue::Roll, Cue::Step, Cue::Land, Cue::Right, Cue::NotQuite, Cue::End}) {
    const auto& samples = cueSamples(cue, 22050);
    INFO(static_cast<int>(cue));
    CHECK(samples.size() < 22050 * 1.5);  // none lasts more than 1.5 s
    int peak = 0;
    for (auto s : samples) peak = std::max(peak, std::abs(static_cast<int>(s)));
    CHECK(peak <= static_cast<int>(0.3 * 32767) + 1);  // a third of full scale at most
    for (const auto& tone : tonesFor(cue)) CHECK(tone.hertz <= 800);  // warm, never shrill
  }
  // « Pas tout à fait » falls gently (lower notes), « Bonne réponse » rises.
  const auto notQuite = tonesFor(Cue::NotQuite), right = tonesFor(Cue::Right);
  CHECK(notQuite.back().hertz < notQuite.front().hertz);
  CHECK(right.back().hertz > right.front().hertz);
}
