#include "game/content/diagnostics.h"

#include <algorithm>

namespace game::content {

std::string Diagnostic::format() const {
  std::string out = origin.file.empty() ? "(pack)" : origin.file;
  if (origin.line > 0) out += ":" + std::to_string(origin.line) + ":" + std::to_string(std::max(origin.column, 1));
  out += severity == Severity::Error ? ": error: " : ": warning: ";
  out += message;
  if (!itemId.empty()) out += " (id: " + itemId + ")";
  if (!hint.empty()) out += ". " + hint;
  return out;
}

void Report::error(const Origin& at, std::string id, std::string message, std::string hint) {
  items_.push_back({Severity::Error, at, std::move(id), std::move(message), std::move(hint)});
}

void Report::warning(const Origin& at, std::string id, std::string message, std::string hint) {
  items_.push_back({Severity::Warning, at, std::move(id), std::move(message), std::move(hint)});
}

std::size_t Report::errorCount() const {
  return static_cast<std::size_t>(
      std::count_if(items_.begin(), items_.end(), [](const Diagnostic& d) { return d.severity == Severity::Error; }));
}

std::size_t Report::warningCount() const { return items_.size() - errorCount(); }

void Report::sort() {
  std::stable_sort(items_.begin(), items_.end(), [](const Diagnostic& a, const Diagnostic& b) {
    return std::tie(a.origin.file, a.origin.line, a.origin.column) < std::tie(b.origin.file, b.origin.line, b.origin.column);
  });
}

}  // namespace game::content
