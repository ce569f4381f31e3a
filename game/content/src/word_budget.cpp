#include "game/content/word_budget.h"

#include "engine/utf8.h"

namespace game::content {

namespace {
bool isSpace(char32_t c) { return c == ' ' || c == '\n' || c == '\t' || c == 0x00A0 || c == 0x202F || c == 0x2009; }
// Letters and digits of the scripts our packs use; punctuation (« » — … ’) is not.
bool isWordCharacter(char32_t c) {
  if (c < 0x80) return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  return (c >= 0x00C0 && c <= 0x024F && c != 0x00D7 && c != 0x00F7) || (c >= 0x0370 && !(c >= 0x2000 && c <= 0x2BFF));
}
}  // namespace

std::size_t countWords(const std::string& text) {
  std::size_t words = 0;
  bool tokenHasWord = false;
  for (char32_t c : engine::decodeUtf8(text)) {
    if (isSpace(c)) {
      if (tokenHasWord) ++words;
      tokenHasWord = false;
    } else if (isWordCharacter(c)) {
      tokenHasWord = true;
    }
  }
  return words + (tokenHasWord ? 1 : 0);
}

}  // namespace game::content
