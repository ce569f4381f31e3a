#include <doctest/doctest.h>

#include "game/app/options.h"

using namespace game;

TEST_CASE("options: defaults, sizes and languages") {
  auto r = parseOptions({"--size", "1024x768", "--lang", "en", "--fullscreen"});
  REQUIRE(r.options);
  CHECK(r.options->width == 1024);
  CHECK(r.options->height == 768);
  CHECK(r.options->language == Language::English);
  CHECK(r.options->fullscreen);
}

TEST_CASE("options: mistakes are usage errors with a reason") {
  CHECK(parseOptions({"--bogus"}).error == "unknown option '--bogus'");
  CHECK_FALSE(parseOptions({"--size", "huge"}).options);
  CHECK_FALSE(parseOptions({"--size", "10x10"}).options);
  CHECK_FALSE(parseOptions({"--lang", "de"}).options);
  CHECK_FALSE(parseOptions({"--script"}).options);
  CHECK_FALSE(parseOptions({"--headless"}).options);          // nothing to do without a script
  CHECK_FALSE(parseOptions({"--script", "x.txt"}).options);  // scripts are headless only
  CHECK(parseOptions({"--headless", "--script", "x.txt"}).options);
}
