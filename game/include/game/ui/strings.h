// The interface's own words in French (Québec) and English. Content text
// comes from packs; these are only the screens' labels.
#pragma once
#include <string>
#include <string_view>

namespace game {

enum class Language { French, English };

std::string_view languageCode(Language language);  // "fr" or "en"

// The label for `key` in `language`; an unknown key returns the key itself, so
// a missing label shows up on screen and in tests instead of a blank.
std::string tr(std::string_view key, Language language);

// Replaces the first "{}" of a label with `value`.
std::string fill(std::string label, const std::string& value);

}  // namespace game
