#include <doctest/doctest.h>

#include "game/ui/speakable.h"

using game::Language;
using game::speakable;

namespace {
std::vector<game::content::PackInfo::Pronunciation> words() {
  using P = game::content::PackInfo::Pronunciation;
  return {P{"Lotbinière", game::content::Text::neutral("Lobinière")},
          P{"L’Islet", game::content::Text::neutral("Lilet")}};
}
}  // namespace

TEST_CASE("read aloud: phone numbers digit by digit, in groups, in the game's language") {
  CHECK(speakable("Téléphone : 418 833-1490", Language::French, {}) ==
        "Téléphone : quatre un huit, huit trois trois, un quatre neuf zéro");
  CHECK(speakable("Sans frais : 1 866 277-3553", Language::French, {}) ==
        "Sans frais : un, huit six six, deux sept sept, trois cinq cinq trois");
  CHECK(speakable("Call 811.", Language::English, {}) == "Call eight one one.");
  // On screen a number keeps no-break spaces; the voice reads it the same.
  CHECK(speakable("418\u00A0833-1490", Language::French, {}) == "quatre un huit, huit trois trois, un quatre neuf zéro");
  // Other numbers stay numbers.
  CHECK(speakable("Le loyer est 25 % du revenu, depuis 2020.", Language::French, {}) ==
        "Le loyer est 25 % du revenu, depuis 2020.");
}

TEST_CASE("read aloud: the pack's pronunciations replace whole words only") {
  CHECK(speakable("Aide Alimentaire Lotbinière", Language::French, words()) == "Aide Alimentaire Lobinière");
  CHECK(speakable("La MRC de L’Islet.", Language::French, words()) == "La MRC de Lilet.");
  CHECK(speakable("Lotbinièreville", Language::French, words()) == "Lotbinièreville");
}
