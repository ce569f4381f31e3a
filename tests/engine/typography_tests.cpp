#include <doctest/doctest.h>

#include "engine/typography.h"
#include "engine/utf8.h"

using engine::applyFrenchTypography;

namespace {
const std::string nb = "\xC2\xA0";  // no-break space
}

TEST_CASE("a no-break space goes before : ; ! ?") {
  CHECK(applyFrenchTypography("Attention: oui") == "Attention" + nb + ": oui");
  CHECK(applyFrenchTypography("Vraiment?") == "Vraiment" + nb + "?");
  CHECK(applyFrenchTypography("Bravo!") == "Bravo" + nb + "!");
  CHECK(applyFrenchTypography("un; deux") == "un" + nb + "; deux");
}

TEST_CASE("an ordinary space before the sign becomes a no-break space") {
  CHECK(applyFrenchTypography("Pourquoi ?") == "Pourquoi" + nb + "?");
  CHECK(applyFrenchTypography("Note : oui") == "Note" + nb + ": oui");
}

TEST_CASE("guillemets get no-break spaces inside") {
  CHECK(applyFrenchTypography("« Bonjour »") == "«" + nb + "Bonjour" + nb + "»");
  CHECK(applyFrenchTypography("«Bonjour»") == "«" + nb + "Bonjour" + nb + "»");
}

TEST_CASE("URLs, e-mails and times keep their characters") {
  CHECK(applyFrenchTypography("Site: https://www.tal.gouv.qc.ca/?a=1") ==
        "Site" + nb + ": https://www.tal.gouv.qc.ca/?a=1");
  CHECK(applyFrenchTypography("info@exemple.org") == "info@exemple.org");
  CHECK(applyFrenchTypography("de 9:30 à 16:00") == "de 9:30 à 16:00");
}

TEST_CASE("doubled punctuation gets one space only, and the rules are idempotent") {
  CHECK(applyFrenchTypography("Quoi?!") == "Quoi" + nb + "?!");
  std::string once = applyFrenchTypography("« Vraiment ? » Oui : c'est vrai !");
  CHECK(applyFrenchTypography(once) == once);
}

TEST_CASE("accents and ligatures pass through untouched") {
  CHECK(applyFrenchTypography("œuvre, ça, à, é, è, ’") == "œuvre, ça, à, é, è, ’");
}

TEST_CASE("invalid UTF-8 becomes the replacement character, never a crash") {
  std::string bad = "caf\xC3";
  CHECK(engine::findInvalidUtf8(bad) == 3);
  CHECK(applyFrenchTypography(bad) == "caf\xEF\xBF\xBD");
  CHECK(engine::findInvalidUtf8("café") == std::string::npos);
  CHECK(engine::findInvalidUtf8("\xC0\xAF") == 0);  // overlong
}

TEST_CASE("did-you-mean suggests close names only") {
  std::vector<std::string> names = {"resources", "rights", "scenarios"};
  CHECK(engine::closestMatch("ressources", names) == "resources");
  CHECK(engine::closestMatch("scenario", names) == "scenarios");
  CHECK(engine::closestMatch("zzz", names).empty());
}
