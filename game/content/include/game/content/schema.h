// The pack format, as data: every section, every item kind, every key, its
// type and whether it is required. The loader checks keys against it, the
// JSON Schema for editors is generated from it, and docs/content-packs.md
// describes the same table, so the three cannot drift apart.
#pragma once
#include <string>
#include <vector>

namespace game::content {

enum class FieldType {
  String,      // a plain string
  Text,        // a string, or a map by language (fr:, en:)
  Bool,
  Integer,
  Date,        // YYYY-MM-DD
  Url,         // https://...
  Phone,       // 418 555-1234, 1 800 555-1234, 211
  Email,
  Image,       // PNG path relative to the pack folder
  Id,          // lowercase letters, digits and dashes
  Ref,         // the id of another item (refKind says which)
  RefList,     // a list of ids
  Territories, // "all", or a list of territory ids
  Enum,        // one of `values`
  Color,       // "#RRGGBB"
  Position,    // [x, y] on the 1920x1080 board
  StringList,
  Object,      // a nested map described by the item spec named `object`
  ObjectList,  // a list of such maps
};

struct FieldSpec {
  std::string key;
  FieldType type = FieldType::String;
  bool required = false;
  std::string refKind;              // Ref/RefList: "resource", "territory", "category"
  std::vector<std::string> values;  // Enum
  std::string object;               // Object/ObjectList: the nested spec's name
  std::string description;          // for the JSON Schema and the docs
};

struct ItemSpec {
  std::string name;     // "resource", "choice", "pack"...
  std::string section;  // top-level list key ("resources"), empty for nested specs
  std::vector<FieldSpec> fields;
  std::string description;

  const FieldSpec* field(const std::string& key) const;
  std::vector<std::string> keys() const;
};

const std::vector<ItemSpec>& packSchema();
const ItemSpec& itemSpec(const std::string& name);
// Top-level keys of any pack file: the lists of items and "board".
std::vector<std::string> contentSections();
// The spec whose items a top-level list holds ("resources" -> resource), or null.
const ItemSpec* sectionSpec(const std::string& section);

// A JSON Schema (draft 2020-12) of a pack file, for YAML editors: pack.yaml's
// own keys (the spec named "pack") plus every section.
std::string jsonSchema();

}  // namespace game::content
