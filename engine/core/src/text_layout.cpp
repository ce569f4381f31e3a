#include "engine/text_layout.h"

#include <algorithm>
#include <cctype>
#include <cmath>

#include "engine/typography.h"
#include "engine/utf8.h"

namespace engine {

namespace {
constexpr const char* kEllipsis = "\xE2\x80\xA6";

struct Wrapped {
  std::vector<TextLine> lines;
  float widest = 0;
  bool brokeWord = false;  // a word had to be cut between two letters
};

// Splits a word wider than the box into pieces that fit: after its hyphens
// when that is enough ("Beauce-" / "Sartigan"), else anywhere (long URLs).
bool breakLongWord(const TextMeasurer& m, const std::string& word, FontWeight weight, int px, float maxWidth,
                   std::vector<std::string>& pieces) {
  if (word.find('-') != std::string::npos && word.find("://") == std::string::npos) {
    std::vector<std::string> parts;
    std::size_t start = 0;
    while (start < word.size()) {
      std::size_t dash = word.find('-', start);
      std::size_t end = dash == std::string::npos ? word.size() : dash + 1;
      parts.push_back(word.substr(start, end - start));
      start = end;
    }
    bool allFit = true;
    for (const auto& part : parts) allFit &= m.measure(part, weight, px) <= maxWidth;
    if (allFit) {
      // Join neighbouring parts while they still fit on one line.
      std::string line;
      for (const auto& part : parts) {
        if (!line.empty() && m.measure(line + part, weight, px) > maxWidth) {
          pieces.push_back(line);
          line.clear();
        }
        line += part;
      }
      if (!line.empty()) pieces.push_back(line);
      return false;
    }
  }
  // A name cut between two letters says so with a hyphen ("Montma-" / "gny"), as
  // typesetters do; an address (a web site, an e-mail) is cut bare, since a
  // hyphen there would read as part of it.
  bool address = word.find('@') != std::string::npos || word.find("://") != std::string::npos ||
                 word.find("www.") != std::string::npos;
  for (std::size_t dot = word.find('.'); !address && dot != std::string::npos; dot = word.find('.', dot + 1))
    address = dot + 1 < word.size() && std::isalpha(static_cast<unsigned char>(word[dot + 1]));  // "tal.gouv", not "fin."

  const std::string mark = address ? "" : "-";
  std::u32string cps = decodeUtf8(word);
  std::string piece;
  for (char32_t cp : cps) {
    std::string candidate = piece;
    appendUtf8(candidate, cp);
    if (!piece.empty() && m.measure(candidate + mark, weight, px) > maxWidth && m.measure(piece + mark, weight, px) <= maxWidth) {
      pieces.push_back(piece + mark);
      piece.clear();
      appendUtf8(piece, cp);
    } else if (!piece.empty() && m.measure(candidate, weight, px) > maxWidth) {
      pieces.push_back(piece);  // too narrow for even one letter and a hyphen
      piece.clear();
      appendUtf8(piece, cp);
    } else {
      piece = std::move(candidate);
    }
  }
  if (!piece.empty()) pieces.push_back(piece);
  return true;
}

Wrapped wrap(const TextMeasurer& m, std::string_view text, FontWeight weight, int px, float maxWidth) {
  Wrapped out;
  const float space = m.measure(" ", weight, px);
  std::size_t paragraphStart = 0;
  while (paragraphStart <= text.size()) {
    std::size_t paragraphEnd = text.find('\n', paragraphStart);
    if (paragraphEnd == std::string_view::npos) paragraphEnd = text.size();
    std::string_view paragraph = text.substr(paragraphStart, paragraphEnd - paragraphStart);

    std::string line;
    float lineWidth = 0;
    auto flush = [&] {
      float exact = line.empty() ? 0 : m.measure(line, weight, px);
      out.widest = std::max(out.widest, exact);
      out.lines.push_back({std::move(line), exact});
      line.clear();
      lineWidth = 0;
    };
    std::size_t i = 0;
    while (i < paragraph.size()) {
      while (i < paragraph.size() && (paragraph[i] == ' ' || paragraph[i] == '\t')) ++i;
      std::size_t j = i;
      while (j < paragraph.size() && paragraph[j] != ' ' && paragraph[j] != '\t') ++j;
      if (j == i) break;
      std::string word(paragraph.substr(i, j - i));
      i = j;
      float wordWidth = m.measure(word, weight, px);
      std::vector<std::string> pieces;
      if (wordWidth > maxWidth) out.brokeWord |= breakLongWord(m, word, weight, px, maxWidth, pieces);
      else pieces.push_back(std::move(word));
      for (auto& piece : pieces) {
        float w = pieces.size() == 1 ? wordWidth : m.measure(piece, weight, px);
        if (!line.empty() && lineWidth + space + w > maxWidth) flush();
        if (!line.empty()) {
          line.push_back(' ');
          lineWidth += space;
        }
        line += piece;
        lineWidth += w;
      }
    }
    flush();
    paragraphStart = paragraphEnd + 1;
  }
  return out;
}

// Cuts `line` so that it plus "…" fits maxWidth.
std::string withEllipsis(const TextMeasurer& m, const std::string& line, FontWeight weight, int px, float maxWidth) {
  std::u32string cps = decodeUtf8(line);
  while (!cps.empty()) {
    std::string candidate = encodeUtf8(cps);
    while (!candidate.empty() && candidate.back() == ' ') candidate.pop_back();
    candidate += kEllipsis;
    if (m.measure(candidate, weight, px) <= maxWidth) return candidate;
    cps.pop_back();
  }
  return kEllipsis;
}
}  // namespace

TextLayout layoutText(const TextMeasurer& measurer, std::string_view rawText, const TextStyle& style,
                      float maxWidth, float maxHeight) {
  std::string text;
  text.reserve(rawText.size());
  for (char c : rawText)
    if (c != '\r') text.push_back(c);
  if (style.frenchTypography) text = applyFrenchTypography(text);
  maxWidth = std::max(maxWidth, 1.f);

  float size = std::max(style.size, 1.f);
  const float floorSize = std::min(size, std::max(style.minSize, 1.f));
  TextLayout layout;
  for (;;) {
    int px = static_cast<int>(std::lround(size));
    Wrapped wrapped = wrap(measurer, text, style.weight, px, maxWidth);
    layout.lines = std::move(wrapped.lines);
    layout.size = size;
    layout.lineHeight = size * style.lineSpacing;
    layout.width = wrapped.widest;
    layout.height = static_cast<float>(layout.lines.size()) * layout.lineHeight;
    // The last line needs only the glyph height, not the full line spacing.
    float needed = layout.height - layout.lineHeight + size * 1.2f;
    layout.fits = needed <= maxHeight + 0.5f;
    // Shrinking also avoids cutting a word between two letters, while it can.
    const bool wantSmaller = !layout.fits || wrapped.brokeWord;
    if (!wantSmaller || style.overflow != Overflow::Shrink || size <= floorSize) break;
    size = std::max(floorSize, size - 2);
  }
  if (!layout.fits && style.overflow != Overflow::Grow) {
    float room = maxHeight - size * 1.2f;
    std::size_t keep = room < 0 ? 1 : static_cast<std::size_t>(room / layout.lineHeight) + 1;
    keep = std::max<std::size_t>(1, std::min(keep, layout.lines.size()));
    layout.lines.resize(keep);
    int px = static_cast<int>(std::lround(layout.size));
    TextLine& last = layout.lines.back();
    last.text = withEllipsis(measurer, last.text, style.weight, px, maxWidth);
    last.width = measurer.measure(last.text, style.weight, px);
    layout.ellipsized = true;
    layout.height = static_cast<float>(layout.lines.size()) * layout.lineHeight;
  }
  return layout;
}

}  // namespace engine
