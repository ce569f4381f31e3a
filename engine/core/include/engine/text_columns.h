// Flows a list of paragraphs into one or two columns of a box, on as many
// pages as it takes. Pure layout: it needs only a TextMeasurer, so it is
// tested without a window.
#pragma once
#include <cstddef>
#include <string>
#include <vector>

#include "engine/text_layout.h"

namespace engine {

// One page: the left column shows entries [from, split), the right [split, to).
struct ColumnPage {
  std::size_t from = 0, split = 0, to = 0;
  bool twoColumns = false;
  float columnWidth = 0;
};

// Never shrinks the text and never cuts an entry. One column when the whole
// list fits; else two columns split where their heights are closest (a split
// by count lets a few long entries push one column out of the box); else
// pages of two full columns. An entry taller than a column has one to itself.
std::vector<ColumnPage> flowIntoColumns(const TextMeasurer& measurer, const std::vector<std::string>& entries,
                                        const TextStyle& style, float width, float height, float gap);

// Entries [from, to) joined as paragraphs, as the columns show them.
std::string joinParagraphs(const std::vector<std::string>& entries, std::size_t from, std::size_t to);

}  // namespace engine
