// Problems found in a pack, each pointing at a file, line and column, with
// the item's id and what to do about it. Loaders collect every problem
// instead of stopping at the first.
#pragma once
#include <string>
#include <vector>

#include "game/content/model.h"

namespace game::content {

enum class Severity { Warning, Error };

struct Diagnostic {
  Severity severity = Severity::Error;
  Origin origin;
  std::string itemId;   // may be empty (file-level problems)
  std::string message;  // what is wrong
  std::string hint;     // how to fix it, may be empty

  // "file:line:col: error: message (id: x). hint"
  std::string format() const;
  // The same in French when `french` (facilitators read French first); a
  // message without a French wording yet stays in English.
  std::string formatIn(bool french) const;
};

// `d` with its message and hint in French; `complete` says whether both had a French wording.
Diagnostic inFrench(const Diagnostic& d, bool* complete = nullptr);
// One message (an editor's refusal, say) in French, or as it came when it has no French wording yet.
std::string messageInFrench(const std::string& text);
// An import's problem line, "file:line:col: message", with its message in French
// (as it came when there is no French wording yet).
std::string problemInFrench(const std::string& line);

class Report {
 public:
  void error(const Origin& at, std::string id, std::string message, std::string hint = {});
  void warning(const Origin& at, std::string id, std::string message, std::string hint = {});
  void add(Diagnostic d) { items_.push_back(std::move(d)); }
  // Forgets what was reported from position `size` on (knock-ons of a cause found later).
  void dropFrom(std::size_t size) {
    if (size < items_.size()) items_.resize(size);
  }

  const std::vector<Diagnostic>& items() const { return items_; }
  std::size_t errorCount() const;
  std::size_t warningCount() const;
  bool hasErrors() const { return errorCount() > 0; }
  // Sorted by file, line and column, for stable output.
  void sort();
  // For people: errors before warnings, and a cause repeated many times (the
  // same message about different ids) shown `keep` times, then once as
  // "… and N more like this", so the first screenful holds different causes.
  std::vector<Diagnostic> forReading(std::size_t keep = 3) const;

 private:
  std::vector<Diagnostic> items_;
};

}  // namespace game::content
