#include "engine/text_layout.h"

#include <algorithm>
#include <cmath>

#include "engine/typography.h"
#include "engine/utf8.h"

namespace engine {

namespace {
constexpr const char* kEllipsis = "\xE2\x80\xA6";

struct Wrapped {
  std::vector<TextLine> lines;
  float widest = 0;
};

// Splits a word wider than the box into pieces that fit (long URLs, hostile input).
void breakLongWord(const TextMeasurer& m, const std::string& word, FontWeight weight, int px, float maxWidth,
                   std::vector<std::string>& pieces) {
  std::u32string cps = decodeUtf8(word);
  std::string piece;
  for (char32_t cp : cps) {
    std::string candidate = piece;
    appendUtf8(candidate, cp);
    if (!piece.empty() && m.measure(candidate, weight, px) > maxWidth) {
      pieces.push_back(piece);
      piece.clear();
      appendUtf8(piece, cp);
    } else {
      piece = std::move(candidate);
    }
  }
  if (!piece.empty()) pieces.push_back(piece);
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
      if (wordWidth > maxWidth) breakLongWord(m, word, weight, px, maxWidth, pieces);
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
    if (layout.fits || style.overflow != Overflow::Shrink || size <= floorSize) break;
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
