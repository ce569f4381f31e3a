#include "game/ui/speakable.h"

#include <algorithm>
#include <regex>

#include "engine/utf8.h"

namespace game {

namespace {
bool isLetter(char32_t c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || (c >= 0xC0 && c <= 0x24F);
}

// Whole words only (an apostrophe ends a word: « OMH » is found in « l’OMH »).
std::u32string replaceWord(const std::u32string& text, const std::u32string& word, const std::u32string& spoken) {
  if (word.empty()) return text;
  std::u32string out;
  std::size_t from = 0;
  for (std::size_t at = text.find(word); at != std::u32string::npos; at = text.find(word, at + 1)) {
    const bool startsWord = at == 0 || !isLetter(text[at - 1]);
    const std::size_t end = at + word.size();
    const bool endsWord = end >= text.size() || !isLetter(text[end]);
    if (!startsWord || !endsWord || at < from) continue;
    out += text.substr(from, at - from) + spoken;
    from = end;
  }
  return out + text.substr(from);
}

std::string digitsAsWords(const std::string& number, Language language) {
  static const char* french[] = {"zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"};
  static const char* english[] = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"};
  const char** names = language == Language::English ? english : french;
  std::string out;
  bool groupOpen = false;
  for (char c : number) {
    if (c >= '0' && c <= '9') {
      if (groupOpen) out += ' ';
      out += names[c - '0'];
      groupOpen = true;
    } else if (groupOpen) {
      out += ", ";  // a pause between groups, as people read a number out
      groupOpen = false;
    }
  }
  return out;
}
}  // namespace

std::string speakable(const std::string& text, Language language,
                      const std::vector<content::PackInfo::Pronunciation>& pronunciations) {
  std::u32string wide = engine::decodeUtf8(text);
  const std::string code = language == Language::English ? "en" : "fr";
  // Longest first, so « L’Islet » is said by its own entry before any shorter « Islet » applies.
  std::vector<const content::PackInfo::Pronunciation*> entries;
  for (const auto& p : pronunciations) entries.push_back(&p);
  std::stable_sort(entries.begin(), entries.end(), [](auto* a, auto* b) { return a->written.size() > b->written.size(); });
  for (const auto* entry : entries) {
    const auto& p = *entry;
    const std::string& spoken = p.spoken.get(code);
    if (!spoken.empty()) wide = replaceWord(wide, engine::decodeUtf8(p.written), engine::decodeUtf8(spoken));
  }
  // No-break spaces and hyphens keep a number on one line on screen; the voice needs plain ones.
  for (char32_t& c : wide) {
    if (c == 0x00A0 || c == 0x202F || c == 0x2009) c = ' ';
    if (c == 0x2011) c = '-';
  }
  std::string out = engine::encodeUtf8(wide);
  // Phone numbers (418 833-1490, 1 866 277-3553) and three-digit lines (211, 811, 911).
  static const std::regex phone(R"((^|[^\d])((?:1[ -])?\d{3}[ -]\d{3}-\d{4}|[2-9]11)(?=$|[^\d]))");
  std::string result;
  auto begin = std::sregex_iterator(out.begin(), out.end(), phone);
  std::size_t last = 0;
  for (auto it = begin; it != std::sregex_iterator(); ++it) {
    const auto& m = *it;
    const std::size_t numberAt = static_cast<std::size_t>(m.position(2));
    result += out.substr(last, numberAt - last) + digitsAsWords(m.str(2), language);
    last = numberAt + static_cast<std::size_t>(m.length(2));
  }
  return result + out.substr(last);
}

}  // namespace game
