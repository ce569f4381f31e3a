#include <doctest/doctest.h>

#include "game/ui/card_text.h"
#include "game/ui/strings.h"
#include "game/ui/theme.h"

using namespace game;

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
