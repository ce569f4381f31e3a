#include <doctest/doctest.h>

#include <string>

#include "engine/fonts.h"
#include "engine/text_layout.h"
#include "test_measurer.h"

using namespace engine;

namespace {
TextStyle plain(float size) {
  TextStyle s;
  s.size = size;
  s.minSize = size;
  s.frenchTypography = false;
  s.overflow = Overflow::Grow;
  return s;
}
}  // namespace

TEST_CASE("words wrap at spaces to fit the width") {
  FixedWidthMeasurer m;  // 10 px per character at size 20
  auto layout = layoutText(m, "un deux trois quatre", plain(20), 100);
  REQUIRE(layout.lines.size() == 3);
  CHECK(layout.lines[0].text == "un deux");
  CHECK(layout.lines[1].text == "trois");  // "trois quatre" is 120 px
  CHECK(layout.lines[2].text == "quatre");
  layout = layoutText(m, "un deux trois quatre", plain(20), 130);
  REQUIRE(layout.lines.size() == 2);
  CHECK(layout.lines[0].text == "un deux trois");  // exactly 130 px fits
  CHECK(layout.lines[1].text == "quatre");
}

TEST_CASE("accented letters count as one character each") {
  FixedWidthMeasurer m;
  auto layout = layoutText(m, "été à Lévis", plain(20), 1000);
  REQUIRE(layout.lines.size() == 1);
  CHECK(layout.lines[0].width == doctest::Approx(110));
}

TEST_CASE("explicit line breaks are kept, carriage returns dropped") {
  FixedWidthMeasurer m;
  auto layout = layoutText(m, "ligne un\r\nligne deux", plain(20), 1000);
  REQUIRE(layout.lines.size() == 2);
  CHECK(layout.lines[0].text == "ligne un");
  CHECK(layout.lines[1].text == "ligne deux");
}

TEST_CASE("a word longer than the box is broken rather than overflowing") {
  FixedWidthMeasurer m;
  auto layout = layoutText(m, "https://www.tal.gouv.qc.ca/fr/index", plain(20), 100);
  CHECK(layout.lines.size() >= 3);
  for (const auto& line : layout.lines) CHECK(line.width <= 100);
}

TEST_CASE("a name too long for its box is cut between letters with a hyphen; a web address is cut bare") {
  FixedWidthMeasurer m;  // 10 px a letter
  auto layout = layoutText(m, "Montmagny", plain(20), 70);
  REQUIRE(layout.lines.size() == 2);
  CHECK(layout.lines[0].text == "Montma-");  // six letters and the hyphen fill 70 px
  CHECK(layout.lines[1].text == "gny");
  for (const auto& line : layout.lines) CHECK(line.width <= 70);
  layout = layoutText(m, "www.tal.gouv.qc.ca", plain(20), 70);
  REQUIRE(layout.lines.size() == 3);
  CHECK(layout.lines[0].text == "www.tal");
  CHECK(layout.lines[0].text.find('-') == std::string::npos);
}

TEST_CASE("a non-breaking space keeps the colon with its word") {
  FixedWidthMeasurer m;
  TextStyle s = plain(20);
  s.frenchTypography = true;
  // "Attention :" must not leave ":" alone on the next line.
  auto layout = layoutText(m, "Attention: oui", s, 110);
  REQUIRE(layout.lines.size() == 2);
  CHECK(layout.lines[0].text == "Attention\xC2\xA0:");
}

TEST_CASE("shrink lowers the size until the text fits, never below the minimum") {
  FixedWidthMeasurer m;
  TextStyle s = plain(40);
  s.minSize = 20;
  s.overflow = Overflow::Shrink;
  std::string text = "aaaa bbbb cccc dddd";  // 19 chars
  auto layout = layoutText(m, text, s, 200, 60);
  CHECK(layout.fits);
  CHECK(layout.size < 40);
  CHECK(layout.size >= 20);
  CHECK(layout.height <= 60 + layout.lineHeight);

  auto tooLong = layoutText(m, std::string(400, 'x') + " fin", s, 200, 60);
  CHECK_FALSE(tooLong.fits);
  CHECK(tooLong.size == doctest::Approx(20));
  CHECK(tooLong.ellipsized);
  CHECK(tooLong.lines.back().text.ends_with("\xE2\x80\xA6"));
}

TEST_CASE("ellipsis cuts the last visible line and keeps it inside the box") {
  FixedWidthMeasurer m;
  TextStyle s = plain(20);
  s.overflow = Overflow::Ellipsis;
  auto layout = layoutText(m, "un deux trois quatre cinq six sept huit", s, 100, 40);
  CHECK_FALSE(layout.fits);
  REQUIRE(layout.lines.size() == 1);
  CHECK(layout.lines[0].text.ends_with("\xE2\x80\xA6"));
  CHECK(layout.lines[0].width <= 100);
}

TEST_CASE("textFits answers for the validator") {
  FixedWidthMeasurer m;
  TextStyle s = plain(20);
  CHECK(textFits(m, "court", s, 200, 40));
  CHECK_FALSE(textFits(m, std::string(200, 'a'), s, 200, 40));
}

TEST_CASE("real fonts: layout is measured without any window") {
  FontLibrary fonts;
  REQUIRE(fonts.hasRealFont(FontWeight::Regular));
  TextStyle s;
  s.size = 34;
  float narrow = fonts.measure("iiii", FontWeight::Regular, 34);
  float wide = fonts.measure("MMMM", FontWeight::Regular, 34);
  CHECK(wide > narrow * 2);
  CHECK(fonts.measure("é", FontWeight::Regular, 34) > 0);
  CHECK(fonts.measure("MMMM", FontWeight::Bold, 34) > wide);
  auto layout = layoutText(fonts, "Le Tribunal administratif du logement règle les différends entre locataires et propriétaires.", s, 600);
  CHECK(layout.lines.size() >= 2);
  for (const auto& line : layout.lines) CHECK(line.width <= 600);
}

TEST_CASE("a missing or damaged font file falls back to the next one") {
  FontSources sources = FontSources::defaults();
  const std::string broken = std::string(DECLIC_TEST_DATA) + "/fixtures/not-a-font.ttf";
  for (auto& list : sources.candidates) list.insert(list.begin(), {"/nonexistent/font.ttf", broken});
  FontLibrary fonts(sources);
  CHECK(fonts.hasRealFont(FontWeight::Regular));
  CHECK(fonts.resolvedPath(FontWeight::Regular) != broken);
}

TEST_CASE("a size a font cannot give does not throw the font file away") {
  // The first size asked of a weight also proves its file is a font: a size
  // FreeType refuses must not send the weight to the next file, or to grey bars.
  FontLibrary fonts;
  REQUIRE(fonts.font(FontWeight::Regular, 16));
  FontLibrary fresh;
  CHECK(fresh.font(FontWeight::Regular, 1 << 20) == nullptr);
  CHECK(fresh.font(FontWeight::Regular, 16) != nullptr);
  CHECK(fresh.resolvedPath(FontWeight::Regular) == fonts.resolvedPath(FontWeight::Regular));
}

TEST_CASE("with no usable font at all, text is still measured (estimated), never a crash") {
  FontSources none;
  for (auto& list : none.candidates) list = {"/nonexistent/font.ttf"};
  FontLibrary fonts(none);
  CHECK_FALSE(fonts.hasRealFont(FontWeight::Regular));
  CHECK(fonts.measure("bonjour", FontWeight::Regular, 30) > 0);
  CHECK(fonts.font(FontWeight::Regular, 30) == nullptr);
}
