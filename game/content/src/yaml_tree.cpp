#include "yaml_tree.h"

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <sstream>

namespace game::content {

const YNode* YNode::find(const std::string& k) const {
  if (kind != Kind::Map) return nullptr;
  for (std::size_t i = 0; i + 1 < children.size(); i += 2)
    if (children[i].isScalar() && children[i].scalar == k) return &children[i + 1];
  return nullptr;
}

namespace {

class TreeBuilder : public YAML::EventHandler {
 public:
  TreeBuilder(const std::vector<std::string>& streamed, const ItemSink& sink, const YamlLimits& limits)
      : streamed_(streamed), sink_(sink), limits_(limits) {}

  YNode takeRoot() { return std::move(root_); }
  bool sawDocument() const { return documents_ > 0; }

  void OnDocumentStart(const YAML::Mark& mark) override {
    if (++documents_ > 1)
      throw YamlError(mark.line + 1, mark.column + 1,
                      "a second YAML document ('---') in one file; keep one document per file");
  }
  void OnDocumentEnd() override {}

  void OnNull(const YAML::Mark& mark, YAML::anchor_t) override {
    YNode n;
    n.kind = YNode::Kind::Null;
    place(mark, std::move(n));
  }

  void OnAlias(const YAML::Mark& mark, YAML::anchor_t) override {
    throw YamlError(mark.line + 1, mark.column + 1,
                    "aliases (*name) are not supported in packs; write the value out in full");
  }

  void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t, const std::string& value) override {
    if (value.size() > limits_.maxScalarBytes)
      throw YamlError(mark.line + 1, mark.column + 1,
                      "a value of " + std::to_string(value.size()) + " bytes; the limit is " +
                          std::to_string(limits_.maxScalarBytes / 1024) + " KB per value");
    YNode n;
    n.kind = YNode::Kind::Scalar;
    n.quoted = tag == "!";
    n.scalar = value;
    place(mark, std::move(n));
  }

  void OnSequenceStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t,
                       YAML::EmitterStyle::value style) override {
    open(mark, YNode::Kind::Sequence, style == YAML::EmitterStyle::Flow);
  }
  void OnSequenceEnd() override { close(); }
  void OnMapStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t,
                  YAML::EmitterStyle::value style) override {
    open(mark, YNode::Kind::Map, style == YAML::EmitterStyle::Flow);
  }
  void OnMapEnd() override { close(); }

 private:
  void count(const YAML::Mark& mark) {
    if (++nodes_ > limits_.maxNodes)
      throw YamlError(mark.line + 1, mark.column + 1,
                      "more than " + std::to_string(limits_.maxNodes) + " values in one file; split the file");
  }

  void open(const YAML::Mark& mark, YNode::Kind kind, bool flow) {
    count(mark);
    if (static_cast<int>(stack_.size()) >= limits_.maxDepth)
      throw YamlError(mark.line + 1, mark.column + 1,
                      "nesting deeper than " + std::to_string(limits_.maxDepth) + " levels; packs never need that");
    if (stack_.empty() && kind != YNode::Kind::Map)
      throw YamlError(mark.line + 1, mark.column + 1,
                      "the file must be a map of keys (like 'resources:'), not a list");
    YNode n;
    n.kind = kind;
    n.flow = flow;
    n.line = mark.line + 1;
    n.column = mark.column + 1;
    n.offset = static_cast<std::size_t>(std::max(0, mark.pos));
    stack_.push_back(std::move(n));
  }

  void close() {
    YNode done = std::move(stack_.back());
    stack_.pop_back();
    if (stack_.empty()) {
      root_ = std::move(done);
      return;
    }
    // An item of a top-level list: hand it out now rather than keep it.
    if (inStreamedList()) {
      sink_(stack_[0].children.back().scalar, std::move(done));
      return;
    }
    append(std::move(done));
  }

  // Is the top of the stack a top-level list whose items are streamed?
  bool inStreamedList() const {
    if (stack_.size() != 2 || !stack_[1].isSequence() || !stack_[0].isMap() || stack_[0].children.size() % 2 != 1)
      return false;
    const std::string& key = stack_[0].children.back().scalar;
    return std::find(streamed_.begin(), streamed_.end(), key) != streamed_.end();
  }

  void place(const YAML::Mark& mark, YNode&& n) {
    count(mark);
    n.line = mark.line + 1;
    n.column = mark.column + 1;
    n.offset = static_cast<std::size_t>(std::max(0, mark.pos));
    if (stack_.empty()) {
      if (n.isNull()) return;  // an empty document: an empty map
      throw YamlError(n.line, n.column, "the file must be a map of keys (like 'resources:'), not a single value");
    }
    if (inStreamedList()) {
      // A plain value directly in a list of items: still an item, checked by the loader.
      sink_(stack_[0].children.back().scalar, std::move(n));
      return;
    }
    append(std::move(n));
  }

  void append(YNode&& n) {
    YNode& parent = stack_.back();
    if (parent.isMap() && parent.children.size() % 2 == 0 && !n.isScalar())
      throw YamlError(n.line, n.column, "a key must be a plain word, not a list or a map");
    parent.children.push_back(std::move(n));
  }

  const std::vector<std::string>& streamed_;
  const ItemSink& sink_;
  const YamlLimits& limits_;
  std::vector<YNode> stack_;
  YNode root_;
  std::size_t nodes_ = 0;
  int documents_ = 0;
};

}  // namespace

YNode parseYaml(const std::string& text, const std::vector<std::string>& streamedSections, const ItemSink& sink,
                const YamlLimits& limits) {
  std::istringstream stream(text);
  TreeBuilder builder(streamedSections, sink, limits);
  try {
    YAML::Parser parser(stream);
    while (parser.HandleNextDocument(builder)) {
    }
  } catch (const YamlError&) {
    throw;
  } catch (const YAML::Exception& e) {
    // yaml-cpp's own message, without its "yaml-cpp: error at line..." prefix.
    throw YamlError(e.mark.line + 1, e.mark.column + 1, e.msg, true);
  }
  if (!builder.sawDocument()) {
    YNode empty;
    empty.kind = YNode::Kind::Map;
    empty.line = empty.column = 1;
    return empty;
  }
  YNode root = builder.takeRoot();
  if (root.kind == YNode::Kind::Null) {
    root.kind = YNode::Kind::Map;
  }
  return root;
}

}  // namespace game::content
