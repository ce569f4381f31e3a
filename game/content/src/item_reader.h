// Reads one YAML map as an item of the pack format: checks its keys against
// the schema (with "did you mean" for typos), reads typed values and reports
// each wrong value at its own line and column.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "game/content/diagnostics.h"
#include "game/content/formats.h"
#include "game/content/model.h"
#include "game/content/schema.h"
#include "yaml_tree.h"

namespace game::content {

// A YAML boolean as facilitators write it: true/false, yes/no, and the French
// oui/non, vrai/faux, in any case. Empty when the scalar is none of these, or quoted.
std::optional<bool> readBoolean(const YNode& scalar);

// How a node looks, in words for a message: "a text", "a list", "a map".
std::string kindOf(const YNode& n);

class ItemReader {
 public:
  // `languages` are the pack's declared languages (for text maps).
  // `alsoAllowed` are further keys handled elsewhere (pack.yaml's sections).
  ItemReader(const YNode& node, const ItemSpec& spec, const std::string& file, Report& report,
             const std::vector<std::string>& languages, std::string itemId = {},
             const std::vector<std::string>& alsoAllowed = {});

  bool isMap() const { return node_.isMap(); }
  const std::string& itemId() const { return id_; }
  Origin origin() const { return at(node_); }
  Origin originOf(const std::string& key) const;
  const YNode* node(const std::string& key) const { return node_.find(key); }
  bool has(const std::string& key) const { return node_.find(key) != nullptr; }

  std::string id();
  std::string string(const std::string& key);
  Text text(const std::string& key);
  bool boolean(const std::string& key, bool fallback);
  int integer(const std::string& key, int fallback, int min, int max);
  std::optional<Date> date(const std::string& key);
  std::string formatted(const std::string& key);  // Url, Phone, Email, Color, Image: checked syntax
  std::string ref(const std::string& key);
  std::vector<std::string> refList(const std::string& key);
  std::vector<std::string> stringList(const std::string& key);
  // "all" -> true; a list -> false with the ids in `ids`.
  bool territories(const std::string& key, std::vector<std::string>& ids, bool fallbackAll);
  std::optional<std::pair<float, float>> position(const std::string& key);
  // [column, row]: whole numbers from 0 to 9 (a tile of a schematic map).
  std::optional<std::pair<int, int>> gridCell(const std::string& key);
  std::string enumeration(const std::string& key, const std::string& fallback);
  Provenance provenance();

  Origin at(const YNode& n) const { return {file_, n.line, n.column}; }
  void error(const YNode& n, std::string message, std::string hint = {});
  void warning(const YNode& n, std::string message, std::string hint = {});

 private:
  void checkKeys(const std::vector<std::string>& alsoAllowed);
  const YNode* scalarAt(const std::string& key, const char* expected);

  const YNode& node_;
  const ItemSpec& spec_;
  const std::string& file_;
  Report& report_;
  const std::vector<std::string>& languages_;
  std::string id_;
};

}  // namespace game::content
