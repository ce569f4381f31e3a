#include "game/content/diagnostics.h"

#include <algorithm>
#include <map>

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

namespace {
// The message with its quoted words ('x', « x ») taken out: the cause, not the instance.
std::string causeOf(const Diagnostic& d) {
  std::string out;
  bool quoted = false;
  for (char c : d.message + "|" + d.hint) {
    if (c == '\'') {
      quoted = !quoted;
      out += '~';
      continue;
    }
    if (!quoted && !(c >= '0' && c <= '9')) out += c;
  }
  return std::string(d.severity == Severity::Error ? "E" : "W") + out;
}
}  // namespace

std::vector<Diagnostic> Report::forReading(std::size_t keep) const {
  std::vector<Diagnostic> out;
  for (Severity severity : {Severity::Error, Severity::Warning}) {
    std::vector<std::string> order;
    std::map<std::string, std::vector<const Diagnostic*>> byCause;
    for (const auto& d : items_) {
      if (d.severity != severity) continue;
      auto& list = byCause[causeOf(d)];
      if (list.empty()) order.push_back(causeOf(d));
      list.push_back(&d);
    }
    for (const auto& cause : order) {
      const auto& list = byCause[cause];
      for (std::size_t i = 0; i < list.size() && i < keep; ++i) out.push_back(*list[i]);
      if (list.size() > keep) {
        Diagnostic more = *list[keep];
        more.itemId.clear();
        more.hint.clear();
        more.message = "… and " + std::to_string(list.size() - keep) + " more like this";
        out.push_back(more);
      }
    }
  }
  return out;
}

}  // namespace game::content
