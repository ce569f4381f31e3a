#include "engine/text_columns.h"

#include <algorithm>

namespace engine {

std::string joinParagraphs(const std::vector<std::string>& entries, std::size_t from, std::size_t to) {
  std::string out;
  for (std::size_t i = from; i < to && i < entries.size(); ++i) {
    if (!out.empty()) out += "\n\n";
    out += entries[i];
  }
  return out;
}

namespace {
class ColumnMeasure {
 public:
  ColumnMeasure(const TextMeasurer& m, TextStyle style) : measurer_(m), style_(style) {
    style_.overflow = Overflow::Grow;
  }
  // The height of entries [from, to) at full size in a column of `width`.
  float height(const std::vector<std::string>& entries, std::size_t from, std::size_t to, float width) const {
    if (from >= to) return 0;
    return layoutText(measurer_, joinParagraphs(entries, from, to), style_, width, kUnbounded).height;
  }
  // The end of a column that starts at `from`: as many entries as fit, at least one.
  std::size_t fill(const std::vector<std::string>& entries, std::size_t from, float width, float height) const {
    std::size_t to = from + 1;
    while (to < entries.size() && this->height(entries, from, to + 1, width) <= height) ++to;
    return to;
  }

 private:
  const TextMeasurer& measurer_;
  TextStyle style_;
};
}  // namespace

std::vector<ColumnPage> flowIntoColumns(const TextMeasurer& measurer, const std::vector<std::string>& entries,
                                        const TextStyle& style, float width, float height, float gap) {
  const ColumnMeasure measure(measurer, style);
  const std::size_t n = entries.size();
  if (n < 2 || measure.height(entries, 0, n, width) <= height) return {{0, n, n, false, width}};

  const float column = (width - gap) / 2;
  ColumnPage balanced{0, 1, n, true, column};
  float bestTallest = kUnbounded;
  for (std::size_t k = 1; k < n; ++k) {
    const float tallest = std::max(measure.height(entries, 0, k, column), measure.height(entries, k, n, column));
    // On a tie the left column takes more: reading goes down it first.
    if (tallest <= bestTallest) {
      bestTallest = tallest;
      balanced.split = k;
    }
  }
  if (bestTallest <= height) return {balanced};

  std::vector<ColumnPage> pages;
  for (std::size_t from = 0; from < n;) {
    ColumnPage page{from, measure.fill(entries, from, column, height), 0, true, column};
    page.to = page.split < n ? measure.fill(entries, page.split, column, height) : n;
    pages.push_back(page);
    from = page.to;
  }
  return pages;
}

}  // namespace engine
