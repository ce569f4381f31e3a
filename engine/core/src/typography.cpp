#include "engine/typography.h"

#include <vector>

#include "engine/utf8.h"

namespace engine {

namespace {
constexpr char32_t kLeftGuillemet = 0x00AB;
constexpr char32_t kRightGuillemet = 0x00BB;
constexpr char32_t kNarrowNoBreakSpace = 0x202F;

bool isSpace(char32_t c) { return c == ' ' || c == '\t'; }
bool isNoBreak(char32_t c) { return c == kNoBreakSpace || c == kNarrowNoBreakSpace; }
bool isDigit(char32_t c) { return c >= '0' && c <= '9'; }
bool isTightPunctuation(char32_t c) { return c == ':' || c == ';' || c == '!' || c == '?'; }

// Marks code points that belong to a URL, e-mail or path token: those keep their bytes.
std::vector<bool> technicalTokenMask(const std::u32string& text) {
  std::vector<bool> mask(text.size(), false);
  std::size_t start = 0;
  while (start < text.size()) {
    while (start < text.size() && (isSpace(text[start]) || text[start] == '\n')) ++start;
    std::size_t end = start;
    while (end < text.size() && !isSpace(text[end]) && text[end] != '\n') ++end;
    std::u32string_view token(text.data() + start, end - start);
    bool technical = token.find(U"://") != std::u32string_view::npos || token.starts_with(U"www.") ||
                     token.find(U'@') != std::u32string_view::npos;
    if (technical)
      for (std::size_t i = start; i < end; ++i) mask[i] = true;
    start = end;
  }
  return mask;
}
}  // namespace

std::string applyFrenchTypography(std::string_view input) {
  const std::u32string text = decodeUtf8(input);
  const std::vector<bool> technical = technicalTokenMask(text);
  std::u32string out;
  out.reserve(text.size() + 8);
  for (std::size_t i = 0; i < text.size(); ++i) {
    char32_t c = text[i];
    char32_t next = i + 1 < text.size() ? text[i + 1] : 0;
    if (technical[i]) {
      out.push_back(c);
      continue;
    }
    bool needsSpaceBefore = c == kRightGuillemet || isTightPunctuation(c);
    if (c == ':' && i > 0 && isDigit(text[i - 1]) && isDigit(next)) needsSpaceBefore = false;  // 9:30
    if (needsSpaceBefore && !out.empty()) {
      char32_t prev = out.back();
      if (isSpace(prev)) {
        out.back() = kNoBreakSpace;
      } else if (!isNoBreak(prev) && prev != '\n' && !isTightPunctuation(prev) && prev != '(') {
        out.push_back(kNoBreakSpace);
      }
    }
    out.push_back(c);
    if (c == kLeftGuillemet) {
      if (isSpace(next)) {
        out.push_back(kNoBreakSpace);
        ++i;  // the ordinary space is replaced
      } else if (next != 0 && !isNoBreak(next)) {
        out.push_back(kNoBreakSpace);
      }
    }
  }
  return encodeUtf8(out);
}

}  // namespace engine
