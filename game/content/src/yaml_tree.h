// A small YAML tree built from yaml-cpp's event parser, far lighter than
// YAML::Node: every node keeps its 1-based line and column, nesting depth and
// node count are bounded, aliases are refused (no alias bombs), and the items
// of top-level lists are handed out one by one as soon as they are complete,
// so a big pack never sits in memory twice.
#pragma once
#include <cstdint>
#include <functional>
#include <stdexcept>
#include <string>
#include <vector>

namespace game::content {

struct YNode {
  enum class Kind : std::uint8_t { Null, Scalar, Sequence, Map };
  Kind kind = Kind::Null;
  bool quoted = false;  // "true" in quotes is a string, not a boolean
  int line = 0;         // 1-based
  int column = 0;
  std::size_t offset = 0;  // byte offset of the node's first character in the text
  bool flow = false;       // a {…} map or […] list, written on one line
  std::string scalar;
  std::vector<YNode> children;  // sequence items; for maps: key, value, key, value...

  bool isMap() const { return kind == Kind::Map; }
  bool isSequence() const { return kind == Kind::Sequence; }
  bool isScalar() const { return kind == Kind::Scalar; }
  bool isNull() const { return kind == Kind::Null; }
  std::size_t mapSize() const { return children.size() / 2; }
  const YNode& key(std::size_t i) const { return children[2 * i]; }
  const YNode& value(std::size_t i) const { return children[2 * i + 1]; }
  const YNode* find(const std::string& key) const;
};

struct YamlLimits {
  int maxDepth = 64;
  std::size_t maxNodes = 4'000'000;
  std::size_t maxScalarBytes = 64 * 1024;
};

// A parse problem with its 1-based position.
struct YamlError : std::runtime_error {
  int line, column;
  bool syntax;  // a YAML syntax error (as opposed to a limit or an unsupported feature)
  YamlError(int l, int c, const std::string& what, bool isSyntax = false)
      : std::runtime_error(what), line(l), column(c), syntax(isSyntax) {}
};

// Called for each item of a top-level list, e.g. ("resources", item).
using ItemSink = std::function<void(const std::string& section, YNode&& item)>;

// Parses one YAML document from `text`. The root must be a map. Items of the
// top-level lists named in `streamedSections` go to `sink` and are left out of
// the returned root (their list stays, empty, so the key is still seen).
// Throws YamlError.
YNode parseYaml(const std::string& text, const std::vector<std::string>& streamedSections, const ItemSink& sink,
                const YamlLimits& limits = {});

}  // namespace game::content
