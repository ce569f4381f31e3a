#include "game/content/pack_document.h"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <map>
#include <set>
#include <sstream>

#include "game/content/schema.h"
#include "pack_files.h"
#include "yaml_edit.h"
#include "yaml_tree.h"

namespace fs = std::filesystem;

namespace game::content {

struct PackDocument::Parsed {
  std::optional<YNode> root;
  std::string error;
};

// One undoable edit: the texts of the files it touched, before and after.
struct PackDocument::Step {
  std::string label;
  std::vector<std::size_t> files;
  std::vector<std::string> before, after;
};

namespace {

bool readDisk(const std::string& path, DocumentFile& file, std::string& error) {
  Report report;
  auto text = readPackText(path, LoadLimits{}, report);
  if (!text) {
    error = report.items().empty() ? path + ": cannot be read" : report.items().front().origin.file + ": " +
                                                                     report.items().front().message;
    return false;
  }
  std::error_code ec;
  file.path = path;
  file.text = file.savedText = *text;
  file.diskSize = fs::file_size(path, ec);
  file.diskTime = static_cast<std::int64_t>(fs::last_write_time(path, ec).time_since_epoch().count());
  return true;
}

std::vector<std::string> splitPath(const std::string& path) {
  std::vector<std::string> parts;
  std::string part;
  std::istringstream in(path);
  while (std::getline(in, part, '.'))
    if (!part.empty()) parts.push_back(part);
  return parts;
}

bool isIndex(const std::string& s) {
  return !s.empty() && s.size() < 6 && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// The node `parts` leads to under `node`, or null.
const YNode* descend(const YNode* node, const std::vector<std::string>& parts) {
  for (const auto& part : parts) {
    if (!node) return nullptr;
    if (node->isSequence() && isIndex(part))
      node = std::stoul(part) < node->children.size() ? &node->children[std::stoul(part)] : nullptr;
    else
      node = node->isMap() ? node->find(part) : nullptr;
  }
  return node;
}

// Where `item` stands in its file's tree `root` (pack.yaml is the item itself).
const YNode* itemIn(const YNode& root, const ItemRef& item) {
  if (item.section == "pack") return &root;
  const YNode* list = root.find(item.section);
  if (item.section == "board") return list;
  if (!list || !list->isSequence() || item.index >= list->children.size()) return nullptr;
  return &list->children[item.index];
}

std::string trim(std::string s) {
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.pop_back();
  std::size_t a = s.find_first_not_of(" \t");
  return a == std::string::npos ? "" : s.substr(a);
}

std::vector<std::string> splitList(const std::string& value) {
  std::vector<std::string> out;
  std::string part;
  std::istringstream in(value);
  while (std::getline(in, part, ','))
    if (auto t = trim(part); !t.empty()) out.push_back(t);
  return out;
}

// What a path names, found by walking the schema beside the tree.
struct FieldAt {
  const FieldSpec* spec = nullptr;  // null: the item itself or an unknown key
  std::string language;             // Text fields: the language segment
};

FieldAt fieldAt(const std::string& kind, const std::vector<std::string>& parts) {
  FieldAt at;
  const ItemSpec* spec = &itemSpec(kind);
  for (std::size_t i = 0; i < parts.size(); ++i) {
    if (isIndex(parts[i])) continue;
    const FieldSpec* f = spec ? spec->field(parts[i]) : nullptr;
    if (!f) {
      // The last segment of a Text field is its language.
      if (at.spec && at.spec->type == FieldType::Text && i + 1 == parts.size()) at.language = parts[i];
      else at.spec = nullptr;
      return at;
    }
    at.spec = f;
    if ((f->type == FieldType::Object || f->type == FieldType::ObjectList) && !f->object.empty())
      spec = &itemSpec(f->object);
  }
  return at;
}

bool listType(FieldType t) {
  return t == FieldType::RefList || t == FieldType::Territories || t == FieldType::StringList;
}

bool stringType(FieldType t) {
  return !(t == FieldType::Integer || t == FieldType::Bool || t == FieldType::Date || t == FieldType::Position);
}

std::string listYaml(const std::string& value) {
  auto items = splitList(value);
  if (items.size() == 1 && items[0] == "all") return "all";
  std::string out = "[";
  for (std::size_t i = 0; i < items.size(); ++i)
    out += (i ? ", " : "") + yamledit::formatScalar(items[i], true, true);
  return out + "]";
}

std::string valueYaml(const FieldSpec* spec, const std::string& value, bool inFlow, char quote) {
  if (spec && listType(spec->type)) return listYaml(value);
  if (spec && spec->type == FieldType::Position) return value;
  return yamledit::formatScalar(value, inFlow, !spec || stringType(spec->type), quote);
}

std::string scalarText(const YNode& n) {
  if (n.isScalar()) return n.scalar;
  if (n.isSequence()) {
    std::string out;
    for (const auto& c : n.children)
      if (c.isScalar()) out += (out.empty() ? "" : ", ") + c.scalar;
    return out;
  }
  return "";
}

std::string stateDir() {
  if (const char* s = std::getenv("XDG_STATE_HOME"); s && *s) return std::string(s) + "/declic";
  if (const char* h = std::getenv("HOME"); h && *h) return std::string(h) + "/.local/state/declic";
  return (fs::temp_directory_path() / "declic").string();
}

bool writeAtomically(const std::string& path, const std::string& text, std::string& error) {
  const std::string temp = path + ".declic-tmp";
  int fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0) {
    error = path + ": cannot be written (check the folder's permissions)";
    return false;
  }
  std::size_t done = 0;
  while (done < text.size()) {
    ssize_t n = ::write(fd, text.data() + done, text.size() - done);
    if (n <= 0) break;
    done += static_cast<std::size_t>(n);
  }
  const bool ok = done == text.size() && ::fsync(fd) == 0;
  ::close(fd);
  std::error_code ec;
  if (!ok) {
    fs::remove(temp, ec);
    error = path + ": the disk refused the write (is it full?); the file was left as it was";
    return false;
  }
  fs::rename(temp, path, ec);
  if (ec) {
    fs::remove(temp, ec);
    error = path + ": cannot replace the file: " + ec.message();
    return false;
  }
  return true;
}

}  // namespace

PackDocument::PackDocument() = default;
PackDocument::PackDocument(PackDocument&&) noexcept = default;
PackDocument& PackDocument::operator=(PackDocument&&) noexcept = default;
PackDocument::~PackDocument() = default;

std::optional<PackDocument> PackDocument::open(const std::string& folderGiven, std::string& error) {
  std::string folder = folderGiven;  // "pack/" is "pack": file names must match the loader's
  while (folder.size() > 1 && folder.back() == '/') folder.pop_back();
  std::error_code ec;
  if (!fs::is_directory(folder, ec) || !fs::exists(fs::path(folder) / "pack.yaml", ec)) {
    error = folder + ": no pack here (a pack is a folder holding a pack.yaml)";
    return std::nullopt;
  }
  PackDocument doc;
  doc.folder_ = folder;
  Report report;
  std::vector<std::string> paths{(fs::path(folder) / "pack.yaml").string()};
  for (auto& p : listPackFiles(folder, LoadLimits{}, report)) paths.push_back(p);
  for (const auto& path : paths) {
    DocumentFile file;
    if (!readDisk(path, file, error)) return std::nullopt;
    doc.files_.push_back(std::move(file));
    doc.parsed_.emplace_back();
    doc.reparse(doc.files_.size() - 1);
  }
  return doc;
}

std::string PackDocument::relativeName(std::size_t file) const {
  return fs::path(files_[file].path).lexically_relative(folder_).string();
}

void PackDocument::reparse(std::size_t file) {
  Parsed& p = parsed_[file];
  p.root.reset();
  p.error.clear();
  try {
    p.root = parseYaml(files_[file].text, {}, {});
  } catch (const YamlError& e) {
    p.error = std::to_string(e.line) + ":" + std::to_string(e.column) + ": " + e.what();
  }
}

const std::string& PackDocument::parseError(std::size_t file) const { return parsed_[file].error; }

std::vector<ItemRef> PackDocument::items() const {
  std::vector<ItemRef> out;
  for (std::size_t f = 0; f < files_.size(); ++f) {
    const auto& root = parsed_[f].root;
    if (!root || !root->isMap()) continue;
    if (f == 0) {  // pack.yaml: the pack itself
      const YNode* id = root->find("id");
      out.push_back({"pack", "pack", id && id->isScalar() ? id->scalar : "pack", 0, 0, 1});
      continue;
    }
    for (std::size_t k = 0; k < root->mapSize(); ++k) {
      const std::string& section = root->key(k).scalar;
      const YNode& value = root->value(k);
      if (section == "board" && value.isMap()) {
        out.push_back({"board", "board", "board", f, 0, value.line});
        continue;
      }
      // 'boards:' holds several boards, each an item of its own.
      const ItemSpec* spec = section == "boards" ? &itemSpec("board") : sectionSpec(section);
      if (!spec || !value.isSequence()) continue;
      for (std::size_t i = 0; i < value.children.size(); ++i) {
        const YNode& item = value.children[i];
        const YNode* id = item.isMap() ? item.find("id") : nullptr;
        out.push_back({section, spec->name, id && id->isScalar() ? id->scalar : "", f, i, item.line});
      }
    }
  }
  return out;
}

std::optional<ItemRef> PackDocument::findItem(const std::string& id, const std::string& section) const {
  for (auto& item : items())
    if (item.id == id && (section.empty() || item.section == section)) return item;
  return std::nullopt;
}

const YNode* PackDocument::itemNode(const ItemRef& item) const {
  if (item.file >= parsed_.size() || !parsed_[item.file].root) return nullptr;
  return itemIn(*parsed_[item.file].root, item);
}

std::optional<std::string> PackDocument::get(const ItemRef& item, const std::string& path) const {
  const YNode* node = itemNode(item);
  for (const auto& part : splitPath(path)) {
    if (!node) return std::nullopt;
    if (node->isSequence() && isIndex(part)) {
      std::size_t i = std::stoul(part);
      node = i < node->children.size() ? &node->children[i] : nullptr;
    } else if (node->isMap()) {
      node = node->find(part);
    } else if (node->isScalar() && fieldAt(item.kind, splitPath(path)).language == part) {
      return node->scalar;  // a text written once for every language
    } else {
      return std::nullopt;
    }
  }
  if (!node || node->isMap()) return std::nullopt;
  return scalarText(*node);
}

std::string PackDocument::pathAtLine(const ItemRef& item, int line) const {
  std::string found;
  std::function<void(const YNode&, const std::string&)> walk = [&](const YNode& n, const std::string& path) {
    if (n.line == line && found.empty() && !path.empty() && (n.isScalar() || n.flow)) found = path;
    if (n.isMap()) {
      for (std::size_t i = 0; i < n.mapSize(); ++i) {
        if (n.key(i).line == line && found.empty()) found = path.empty() ? n.key(i).scalar : path + "." + n.key(i).scalar;
        walk(n.value(i), path.empty() ? n.key(i).scalar : path + "." + n.key(i).scalar);
      }
    } else if (n.isSequence()) {
      for (std::size_t i = 0; i < n.children.size(); ++i) walk(n.children[i], path + "." + std::to_string(i));
    }
  };
  if (const YNode* node = itemNode(item)) walk(*node, "");
  return found;
}

std::vector<std::string> PackDocument::fieldPaths(const ItemRef& item) const {
  std::vector<std::string> out;
  std::function<void(const YNode&, const std::string&)> walk = [&](const YNode& n, const std::string& path) {
    const bool scalarList = n.isSequence() && std::all_of(n.children.begin(), n.children.end(),
                                                           [](const YNode& c) { return c.isScalar(); });
    if (n.isScalar() || n.isNull() || scalarList) {
      out.push_back(path);
    } else if (n.isMap()) {
      for (std::size_t i = 0; i < n.mapSize(); ++i)
        walk(n.value(i), path.empty() ? n.key(i).scalar : path + "." + n.key(i).scalar);
    } else {
      for (std::size_t i = 0; i < n.children.size(); ++i) walk(n.children[i], path + "." + std::to_string(i));
    }
  };
  if (const YNode* node = itemNode(item)) walk(*node, "");
  return out;
}

bool PackDocument::commit(const std::string& label, const std::vector<std::pair<std::size_t, std::string>>& newTexts,
                          std::string& error, bool merge) {
  Step step;
  step.label = label;
  for (const auto& [file, text] : newTexts) {
    if (files_[file].text == text) continue;
    step.files.push_back(file);
    step.before.push_back(files_[file].text);
    step.after.push_back(text);
  }
  if (step.files.empty()) return true;  // nothing changed: no step, no revision
  // Never leave a file that no longer reads: check before keeping the edit.
  for (std::size_t i = 0; i < step.files.size(); ++i) {
    try {
      parseYaml(step.after[i], {}, {});
    } catch (const YamlError& e) {
      error = "this edit would break " + relativeName(step.files[i]) + " (" + e.what() + "); nothing was changed";
      return false;
    }
  }
  for (std::size_t i = 0; i < step.files.size(); ++i) {
    files_[step.files[i]].text = step.after[i];
    reparse(step.files[i]);
  }
  if (grouping_ && position_ > groupStart_ && position_ == history_.size()) {
    Step& group = history_.back();
    for (std::size_t i = 0; i < step.files.size(); ++i) {
      auto at = std::find(group.files.begin(), group.files.end(), step.files[i]);
      if (at == group.files.end()) {
        group.files.push_back(step.files[i]);
        group.before.push_back(step.before[i]);
        group.after.push_back(step.after[i]);
      } else {
        group.after[static_cast<std::size_t>(at - group.files.begin())] = step.after[i];
      }
    }
    ++revision_;
    return true;
  }
  if (grouping_) step.label = groupLabel_;
  if (merge && position_ > 0 && position_ == history_.size() && history_.back().label == step.label &&
      history_.back().files == step.files) {
    history_.back().after = std::move(step.after);  // one undo step per field typed in, not per key
    ++revision_;
    return true;
  }
  history_.resize(position_);
  history_.push_back(std::move(step));
  ++position_;
  ++revision_;
  return true;
}

bool PackDocument::set(const ItemRef& item, const std::string& path, const std::string& value, std::string& error,
                       bool typing) {
  const YNode* node = itemNode(item);
  if (!node) {
    error = "'" + item.id + "' is not in " + relativeName(item.file) + " any more";
    return false;
  }
  const auto parts = splitPath(path);
  if (parts.empty()) {
    error = "say which field to change, like name.fr or phone";
    return false;
  }
  const FieldAt field = fieldAt(item.kind, parts);
  if (field.spec && (field.spec->type == FieldType::Object || field.spec->type == FieldType::ObjectList) &&
      field.language.empty()) {
    error = "'" + path + "' holds several fields; name one inside it, like " + path + ".text";
    return false;
  }
  std::string text = files_[item.file].text;
  const YNode* parent = nullptr;
  bool inFlow = false;
  std::size_t i = 0;
  for (; i < parts.size(); ++i) {
    const YNode* next = nullptr;
    if (node->isSequence() && isIndex(parts[i])) {
      std::size_t at = std::stoul(parts[i]);
      if (at >= node->children.size()) {
        error = "'" + path + "': there are only " + std::to_string(node->children.size()) + " of them (counting from 0)";
        return false;
      }
      next = &node->children[at];
    } else if (node->isMap()) {
      next = node->find(parts[i]);
    } else if (node->isScalar() && i + 1 == parts.size() && !field.language.empty()) {
      // A text written once for all languages gets one per language.
      std::string other = item.kind == "pack" ? "fr" : (field.language == "fr" ? "en" : "fr");
      std::string flowMap = "{" + other + ": " + yamledit::formatScalar(node->scalar, true, true) + ", " +
                            field.language + ": " + yamledit::formatScalar(value, true, true) + "}";
      yamledit::replaceSpan(text, yamledit::nodeSpan(text, *node, inFlow, yamledit::lineIndent(text, node->offset)),
                            flowMap);
      return commit(item.id + " · " + path, {{item.file, text}}, error, typing);
    } else {
      error = "'" + path + "' does not lead to a field of " + item.id;
      return false;
    }
    if (!next) break;
    inFlow = inFlow || node->flow;
    parent = node;
    node = next;
  }
  if (i < parts.size()) {
    // The field is absent: add it to the deepest map found, as one new key.
    if (!node->isMap() || isIndex(parts[i])) {
      error = "'" + path + "' does not lead to a field of " + item.id;
      return false;
    }
    if (!field.spec) {
      const ItemSpec& spec = itemSpec(item.kind);
      error = "'" + parts[i] + "' is not a field of a " + item.kind + "; the fields are: ";
      for (std::size_t k = 0; k < spec.fields.size(); ++k) error += (k ? ", " : "") + spec.fields[k].key;
      return false;
    }
    std::string yaml = valueYaml(field.spec, value, true, 0);
    for (std::size_t k = parts.size(); k-- > i + 1;) yaml = "{" + parts[k] + ": " + yaml + "}";
    if (!node->flow && i + 1 == parts.size()) yaml = valueYaml(field.spec, value, false, 0);
    yamledit::insertKey(text, *node, parts[i], yaml);
    return commit(item.id + " · " + path, {{item.file, text}}, error, typing);
  }
  if (node->isMap()) {
    error = "'" + path + "' is written in several languages; add the language, like " + path + ".fr";
    return false;
  }
  const int owner = parent ? parent->column - 1 : 0;
  yamledit::Span span = yamledit::nodeSpan(text, *node, inFlow, owner);
  const char quote = node->isScalar() && span.end > span.begin &&
                             (text[span.begin] == '"' || text[span.begin] == '\'')
                         ? text[span.begin]
                         : 0;
  if (node->isScalar() && node->scalar == value) return true;  // unchanged: not one byte moves
  // While typing, keep the quotes the field had before the first keystroke
  // (a lone "4" on the way to "418 555-0199" needs quotes; the number does not).
  char styleQuote = quote;
  if (typing && position_ > 0 && position_ == history_.size() && history_.back().label == item.id + " · " + path &&
      history_.back().files.size() == 1 && history_.back().files[0] == item.file) {
    styleQuote = 0;
    try {
      YNode before = parseYaml(history_.back().before[0], {}, {});
      const YNode* itemBefore = itemIn(before, item);
      const YNode* at = itemBefore ? descend(itemBefore, parts) : nullptr;
      const std::string& old = history_.back().before[0];
      if (at && at->isScalar() && !at->scalar.empty() && at->offset < old.size() &&
          (old[at->offset] == '"' || old[at->offset] == '\''))
        styleQuote = old[at->offset];
    } catch (const YamlError&) {
    }
  }
  // An empty text is quoted only because it is empty: what is typed in it takes the plainest style.
  if (node->isScalar() && node->scalar.empty()) styleQuote = 0;
  if (node->isNull()) {
    // "key:" with nothing after it: write the value after the colon.
    std::size_t colon = text.rfind(':', node->offset ? node->offset : 0);
    std::size_t lineEnd = text.find('\n', colon);
    span = {colon + 1, lineEnd == std::string::npos ? text.size() : lineEnd};
    yamledit::replaceSpan(text, span, " " + valueYaml(field.spec, value, inFlow, 0));
  } else if (node->isSequence() && !node->flow) {
    // A block list becomes one flow line, written after its key.
    std::size_t colon = text.rfind(':', node->offset);
    span.begin = colon + 1;
    yamledit::replaceSpan(text, span, " " + valueYaml(field.spec, value, true, 0));
  } else {
    yamledit::replaceSpan(text, span, valueYaml(field.spec, value, inFlow, styleQuote));
  }
  const std::string previous = files_[item.file].text;
  const std::size_t steps = history_.size();
  if (!commit(item.id + " · " + path, {{item.file, text}}, error, typing)) return false;
  // The file must read back what was typed; if not, take the edit back.
  std::string expected = value;
  if (field.spec && listType(field.spec->type)) {
    expected.clear();
    for (const auto& part : splitList(value)) expected += (expected.empty() ? "" : ", ") + part;
  }
  auto back = get(item, path);
  if (!(field.spec && field.spec->type == FieldType::Position) && back != expected) {
    files_[item.file].text = previous;
    reparse(item.file);
    if (history_.size() > steps) {
      history_.pop_back();
      --position_;
    } else {
      // A merged keystroke (or a grouped edit): keep the file as it was before it.
      Step& last = history_.back();
      for (std::size_t k = 0; k < last.files.size(); ++k)
        if (last.files[k] == item.file) last.after[k] = previous;
    }
    error = "'" + path + "' could not be written so that it reads back the same; nothing was changed";
    return false;
  }
  return true;
}

namespace {
// An item's lines (without the dash) from (path, value) pairs written in order:
// "name.fr" and "name.en" become one "name:" with its languages; a nested
// object's fields (an event's effect, a space's jump) are written under it.
bool entryYaml(const ItemSpec& spec, const std::vector<std::pair<std::string, std::string>>& fields, std::string& yaml,
               std::string& error) {
  std::map<std::string, std::vector<std::pair<std::string, std::string>>> texts;  // key -> (sub, value)
  std::vector<std::string> order;
  for (const auto& [path, value] : fields) {
    auto parts = splitPath(path);
    if (parts.empty()) continue;
    if (std::find(order.begin(), order.end(), parts[0]) == order.end()) order.push_back(parts[0]);
    texts[parts[0]].push_back({parts.size() > 1 ? parts[1] : "", value});
  }
  for (const auto& key : order) {
    const FieldSpec* f = spec.field(key);
    if (!f) {
      error = "'" + key + "' is not a field of a " + spec.name;
      return false;
    }
    const auto& values = texts[key];
    if (values.size() == 1 && values[0].first.empty()) {
      yaml += key + ": " + valueYaml(f, values[0].second, false, 0) + "\n";
    } else {
      yaml += key + ":\n";
      const ItemSpec* nested = f->type == FieldType::Object && !f->object.empty() ? &itemSpec(f->object) : nullptr;
      for (const auto& [sub, v] : values)
        yaml += "  " + sub + ": " + valueYaml(nested ? nested->field(sub) : nullptr, v, false, 0) + "\n";
    }
  }
  return true;
}

// A board's shortcuts name spaces by number: when spaces are inserted or
// removed, every jump past `from` moves by `by`, so each still lands where it did.
std::string renumberJumps(std::string text, const ItemRef& board, std::size_t from, int by) {
  YNode root;
  try {
    root = parseYaml(text, {}, {});
  } catch (const YamlError&) {
    return text;
  }
  const YNode* node = itemIn(root, board);
  const YNode* spaces = node ? descend(node, {"spaces"}) : nullptr;
  if (!spaces || !spaces->isSequence()) return text;
  std::vector<const YNode*> targets;
  for (const auto& space : spaces->children)
    if (const YNode* to = descend(&space, {"jump", "to"}); to && to->isScalar() && isIndex(to->scalar) &&
                                                           std::stoul(to->scalar) >= from)
      targets.push_back(to);
  // From the end, so earlier offsets stay true.
  std::sort(targets.begin(), targets.end(), [](const YNode* a, const YNode* b) { return a->offset > b->offset; });
  for (const YNode* to : targets) {
    const long moved = static_cast<long>(std::stoul(to->scalar)) + by;
    text.replace(to->offset + (to->quoted ? 1 : 0), to->scalar.size(), std::to_string(std::max(0L, moved)));  // inside "12"'s quotes
  }
  return text;
}
}  // namespace

bool PackDocument::addItem(const std::string& section, std::size_t file,
                           const std::vector<std::pair<std::string, std::string>>& fields, std::string& error) {
  const ItemSpec* spec = sectionSpec(section);
  if (!spec || file == 0 || file >= files_.size() || !parsed_[file].root) {
    error = "items of '" + section + "' cannot be added to this file";
    return false;
  }
  std::string yaml;
  if (!entryYaml(*spec, fields, yaml, error)) return false;
  std::string text = files_[file].text;
  yamledit::appendItem(text, *parsed_[file].root, section, yaml);
  std::string id;
  for (const auto& [path, value] : fields)
    if (path == "id") id = value;
  return commit("+ " + id, {{file, text}}, error);
}

namespace {
// A list written [a, b] on one line is left to the file: the form adds and removes only on lines of their own.
bool writtenOnOneLine(const YNode* list, const std::string& id, const std::string& listPath, const std::string& file,
                      std::string& error) {
  if (!list || !list->isSequence() || !list->flow) return false;
  error = "'" + listPath + "' of " + id + " is written on one line; change it in " + file;
  return true;
}
}  // namespace

bool PackDocument::insertListEntry(const ItemRef& item, const std::string& listPath, std::size_t position,
                                   const std::vector<std::pair<std::string, std::string>>& fields, std::string& error) {
  const FieldAt field = fieldAt(item.kind, splitPath(listPath));
  const YNode* list = descend(itemNode(item), splitPath(listPath));
  if (writtenOnOneLine(list, item.id, listPath, relativeName(item.file), error)) return false;
  if (!field.spec || field.spec->type != FieldType::ObjectList || !list || !list->isSequence() || list->children.empty()) {
    error = "'" + listPath + "' of " + item.id + " cannot take a new entry here; add it in " + relativeName(item.file);
    return false;
  }
  std::string yaml;
  if (!entryYaml(itemSpec(field.spec->object), fields, yaml, error)) return false;
  position = std::min(position, list->children.size());
  std::string text = files_[item.file].text;
  yamledit::insertListItem(text, *list, position, yaml);
  if (listPath == "spaces") text = renumberJumps(text, item, position, +1);
  return commit(item.id + " · + " + listPath + "." + std::to_string(position), {{item.file, text}}, error);
}

bool PackDocument::removeListEntry(const ItemRef& item, const std::string& listPath, std::size_t position,
                                   std::string& error) {
  const YNode* list = descend(itemNode(item), splitPath(listPath));
  if (writtenOnOneLine(list, item.id, listPath, relativeName(item.file), error)) return false;
  if (!list || !list->isSequence() || position >= list->children.size()) {
    error = "'" + listPath + "." + std::to_string(position) + "' of " + item.id + " is not there";
    return false;
  }
  if (listPath == "spaces") {
    // A shortcut that lands on this space would be left pointing nowhere: say which, change nothing.
    for (std::size_t i = 0; i < list->children.size(); ++i)
      if (const YNode* to = descend(&list->children[i], {"jump", "to"});
          to && to->isScalar() && to->scalar == std::to_string(position)) {
        error = "space " + std::to_string(position) + " is where the shortcut of space " + std::to_string(i) +
                " lands; change or remove that shortcut first";
        return false;
      }
  }
  std::string text = files_[item.file].text;
  yamledit::removeItem(text, list->children[position]);
  if (listPath == "spaces") text = renumberJumps(text, item, position + 1, -1);
  return commit(item.id + " · − " + listPath + "." + std::to_string(position), {{item.file, text}}, error);
}

bool PackDocument::duplicateItem(const ItemRef& item, const std::string& newId, std::string& error) {
  const YNode* node = itemNode(item);
  if (!node || item.section == "pack" || item.section == "board") {
    error = "this item cannot be copied";
    return false;
  }
  if (findItem(newId)) {
    error = "'" + newId + "' is already used; choose another id";
    return false;
  }
  std::string text = files_[item.file].text;
  const int indent = node->column - 1;
  yamledit::Span span = yamledit::nodeSpan(text, *node, false, indent);
  // The item's own lines, unindented, with the new id.
  std::string body = text.substr(span.begin, span.end - span.begin);
  std::string yaml;
  std::istringstream in(body);
  std::string line;
  bool first = true;
  while (std::getline(in, line)) {
    if (!first) line = line.size() >= static_cast<std::size_t>(indent) ? line.substr(static_cast<std::size_t>(indent)) : trim(line);
    yaml += line + "\n";
    first = false;
  }
  const YNode* id = node->find("id");
  if (id && id->isScalar()) {
    std::size_t at = yaml.find(id->scalar);
    if (at != std::string::npos) yaml.replace(at, id->scalar.size(), newId);
  }
  yamledit::appendItem(text, *parsed_[item.file].root, item.section, yaml);
  return commit("+ " + newId, {{item.file, text}}, error);
}

bool PackDocument::removeItem(const ItemRef& item, std::string& error) {
  const YNode* node = itemNode(item);
  if (!node || item.section == "pack" || item.section == "board") {
    error = "this item cannot be deleted";
    return false;
  }
  std::string text = files_[item.file].text;
  yamledit::removeItem(text, *node);
  return commit("− " + item.id, {{item.file, text}}, error);
}

std::vector<Reference> PackDocument::referencesTo(const std::string& id) const {
  std::vector<Reference> out;
  std::set<std::string> refKeys;
  for (const auto& spec : packSchema())
    for (const auto& f : spec.fields)
      if (f.type == FieldType::Ref || f.type == FieldType::RefList || f.type == FieldType::Territories)
        refKeys.insert(f.key);
  refKeys.insert("to");  // a board jump's target is a space number, never an id: harmless
  for (const auto& item : items()) {
    const YNode* node = itemNode(item);
    if (!node) continue;
    std::function<void(const YNode&, const std::string&)> walk = [&](const YNode& n, const std::string& key) {
      if (n.isScalar()) {
        if (n.scalar == id && refKeys.count(key) && key != "id")
          out.push_back({relativeName(item.file), n.line, item.id});
        return;
      }
      for (std::size_t i = 0; i < n.children.size(); ++i) {
        if (n.isMap() && i % 2 == 0) continue;
        walk(n.children[i], n.isMap() ? n.children[i - 1].scalar : key);
      }
    };
    walk(*node, "");
  }
  return out;
}

bool PackDocument::renameId(const ItemRef& item, const std::string& newId, std::string& error) {
  const YNode* node = itemNode(item);
  const YNode* idNode = node && node->isMap() ? node->find("id") : nullptr;
  if (!idNode || !idNode->isScalar()) {
    error = "this item has no id to rename";
    return false;
  }
  if (newId.empty() || newId.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789-") != std::string::npos) {
    error = "an id uses lowercase letters, digits and dashes only, like centre-entraide";
    return false;
  }
  if (findItem(newId)) {
    error = "'" + newId + "' is already used; choose another id";
    return false;
  }
  const std::string oldId = item.id;
  // Edit each file from its last occurrence to its first, so offsets stay true.
  std::map<std::size_t, std::vector<const YNode*>> byFile;
  byFile[item.file].push_back(idNode);
  std::set<std::string> refKeys;
  for (const auto& spec : packSchema())
    for (const auto& f : spec.fields)
      if (f.type == FieldType::Ref || f.type == FieldType::RefList || f.type == FieldType::Territories)
        refKeys.insert(f.key);
  for (std::size_t f = 0; f < files_.size(); ++f) {
    if (!parsed_[f].root) continue;
    std::function<void(const YNode&, const std::string&)> walk = [&](const YNode& n, const std::string& key) {
      if (n.isScalar()) {
        if (n.scalar == oldId && refKeys.count(key)) byFile[f].push_back(&n);
        return;
      }
      for (std::size_t i = 0; i < n.children.size(); ++i) {
        if (n.isMap() && i % 2 == 0) continue;
        walk(n.children[i], n.isMap() ? n.children[i - 1].scalar : key);
      }
    };
    walk(*parsed_[f].root, "");
  }
  std::vector<std::pair<std::size_t, std::string>> texts;
  for (auto& [f, nodes] : byFile) {
    std::sort(nodes.begin(), nodes.end(), [](const YNode* a, const YNode* b) { return a->offset > b->offset; });
    std::string text = files_[f].text;
    for (const YNode* n : nodes) {
      // Only the characters of the id itself: its quotes, if any, stay.
      std::size_t at = text.find(oldId, n->offset);
      if (at != std::string::npos && at <= n->offset + 1) text.replace(at, oldId.size(), newId);
    }
    texts.push_back({f, std::move(text)});
  }
  return commit(oldId + " → " + newId, texts, error);
}

std::size_t PackDocument::fileIndex(const std::string& relativeFile, bool create) {
  for (std::size_t f = 0; f < files_.size(); ++f)
    if (relativeName(f) == relativeFile) return f;
  if (!create) return files_.size();
  DocumentFile file;
  file.path = (fs::path(folder_) / relativeFile).string();
  files_.push_back(std::move(file));
  parsed_.emplace_back();
  reparse(files_.size() - 1);
  return files_.size() - 1;
}

bool PackDocument::moveItem(const ItemRef& item, const std::string& relativeFile, std::string& error) {
  const YNode* node = itemNode(item);
  if (!node || item.section == "pack" || item.section == "board") {
    error = "this item cannot be moved";
    return false;
  }
  if (relativeFile.find("..") != std::string::npos || !(relativeFile.ends_with(".yaml"))) {
    error = "give a file name inside the pack ending in .yaml, like ressources-montmagny.yaml";
    return false;
  }
  const std::size_t target = fileIndex(relativeFile, true);
  if (target == item.file || target == 0) {
    error = target == 0 ? "items do not go in pack.yaml" : "the item is already in " + relativeFile;
    return false;
  }
  node = itemNode(item);  // files_ may have grown
  std::string from = files_[item.file].text;
  const int indent = node->column - 1;
  yamledit::Span span = yamledit::nodeSpan(from, *node, false, indent);
  std::string yaml;
  std::istringstream in(from.substr(span.begin, span.end - span.begin));
  std::string line;
  bool first = true;
  while (std::getline(in, line)) {
    if (!first) line = line.size() >= static_cast<std::size_t>(indent) ? line.substr(static_cast<std::size_t>(indent)) : trim(line);
    yaml += line + "\n";
    first = false;
  }
  yamledit::removeItem(from, *node);
  std::string to = files_[target].text;
  YNode empty;
  empty.kind = YNode::Kind::Map;
  yamledit::appendItem(to, parsed_[target].root ? *parsed_[target].root : empty, item.section, yaml);
  return commit(item.id + " → " + relativeFile, {{item.file, from}, {target, to}}, error);
}

void PackDocument::beginGroup(const std::string& label) {
  grouping_ = true;
  groupLabel_ = label;
  groupStart_ = position_;
}

void PackDocument::endGroup() { grouping_ = false; }

bool PackDocument::canUndo() const { return position_ > 0; }
bool PackDocument::canRedo() const { return position_ < history_.size(); }

bool PackDocument::undo() {
  if (!canUndo()) return false;
  const Step& step = history_[--position_];
  for (std::size_t i = 0; i < step.files.size(); ++i) {
    files_[step.files[i]].text = step.before[i];
    reparse(step.files[i]);
  }
  ++revision_;
  return true;
}

bool PackDocument::redo() {
  if (!canRedo()) return false;
  const Step& step = history_[position_++];
  for (std::size_t i = 0; i < step.files.size(); ++i) {
    files_[step.files[i]].text = step.after[i];
    reparse(step.files[i]);
  }
  ++revision_;
  return true;
}

std::vector<std::string> PackDocument::historyLabels() const {
  std::vector<std::string> out;
  for (const auto& s : history_) out.push_back(s.label);
  return out;
}

bool PackDocument::modified() const {
  return std::any_of(files_.begin(), files_.end(), [](const DocumentFile& f) { return f.modified(); });
}

LoadResult PackDocument::validate(LoadOptions options) const {
  std::map<std::string, std::string> texts;
  for (const auto& f : files_) texts[f.path] = f.text;
  options.fileTexts = &texts;
  return loadPack(folder_, options);
}

std::vector<std::string> PackDocument::changedOnDisk() const {
  std::vector<std::string> out;
  for (std::size_t f = 0; f < files_.size(); ++f) {
    std::error_code ec;
    const auto& file = files_[f];
    if (!fs::exists(file.path, ec)) {
      if (file.diskTime != 0) out.push_back(relativeName(f));  // deleted by someone else
      continue;
    }
    auto time = static_cast<std::int64_t>(fs::last_write_time(file.path, ec).time_since_epoch().count());
    if (time == file.diskTime && fs::file_size(file.path, ec) == file.diskSize) continue;
    DocumentFile now;
    std::string error;
    if (!readDisk(file.path, now, error) || now.text != file.savedText) out.push_back(relativeName(f));
  }
  return out;
}

bool PackDocument::reloadFromDisk(std::size_t file, std::string& error) {
  DocumentFile now;
  if (!readDisk(files_[file].path, now, error)) return false;
  std::string before = files_[file].text;
  files_[file] = now;
  reparse(file);
  // Earlier steps no longer apply to this file's text.
  history_.clear();
  position_ = 0;
  ++revision_;
  (void)before;
  return true;
}

bool PackDocument::save(std::string& error, bool overwrite) {
  if (!overwrite) {
    auto changed = changedOnDisk();
    if (!changed.empty()) {
      error = "changed on disk since you opened it: ";
      for (std::size_t i = 0; i < changed.size(); ++i) error += (i ? ", " : "") + changed[i];
      error += ". Reload it, or save anyway to replace it.";
      return false;
    }
  }
  for (auto& file : files_) {
    if (!file.modified()) continue;
    std::error_code ec;
    if (fs::exists(file.path, ec)) {
      // The previous version stays beside it: FILE.yaml.bak (not read as part of the pack).
      std::ifstream in(file.path, std::ios::binary);
      std::string old((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
      if (!writeAtomically(file.path + ".bak", old, error)) return false;
    } else {
      fs::create_directories(fs::path(file.path).parent_path(), ec);
    }
    if (!writeAtomically(file.path, file.text, error)) return false;
    file.savedText = file.text;
    file.diskSize = fs::file_size(file.path, ec);
    file.diskTime = static_cast<std::int64_t>(fs::last_write_time(file.path, ec).time_since_epoch().count());
  }
  discardRecovery();
  return true;
}

std::string PackDocument::recoveryPath() const {
  std::error_code ec;
  std::string absolute = fs::weakly_canonical(folder_, ec).string();
  std::uint64_t hash = 1469598103934665603ull;  // FNV-1a: one recovery file per pack folder
  for (unsigned char c : absolute) hash = (hash ^ c) * 1099511628211ull;
  char name[32];
  std::snprintf(name, sizeof name, "%016llx", static_cast<unsigned long long>(hash));
  return stateDir() + "/recovery/" + fs::path(absolute).filename().string() + "-" + name + ".recovery";
}

bool PackDocument::writeRecovery(std::string& error) const {
  std::string out = "declic-recovery 1\n";
  for (std::size_t f = 0; f < files_.size(); ++f) {
    if (!files_[f].modified()) continue;
    out += "file " + std::to_string(files_[f].text.size()) + " " + relativeName(f) + "\n" + files_[f].text + "\n";
  }
  std::error_code ec;
  fs::create_directories(fs::path(recoveryPath()).parent_path(), ec);
  return writeAtomically(recoveryPath(), out, error);
}

bool PackDocument::hasRecovery() const {
  std::error_code ec;
  return fs::exists(recoveryPath(), ec);
}

bool PackDocument::restoreRecovery(std::string& error) {
  std::ifstream in(recoveryPath(), std::ios::binary);
  std::string all((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (!all.starts_with("declic-recovery 1\n")) {
    error = recoveryPath() + ": not a recovery file of this version";
    return false;
  }
  std::vector<std::pair<std::size_t, std::string>> texts;
  std::size_t pos = all.find('\n') + 1;
  while (pos < all.size()) {
    std::size_t eol = all.find('\n', pos);
    if (eol == std::string::npos || all.compare(pos, 5, "file ") != 0) break;
    std::istringstream header(all.substr(pos + 5, eol - pos - 5));
    std::size_t size = 0;
    std::string name;
    header >> size;
    std::getline(header >> std::ws, name);
    if (eol + 1 + size > all.size() || name.find("..") != std::string::npos) {
      error = recoveryPath() + ": the file is cut short; open it in a text editor to copy what you need";
      return false;
    }
    texts.push_back({fileIndex(name, true), all.substr(eol + 1, size)});
    pos = eol + 1 + size + 1;
  }
  return commit("recovered", texts, error);
}

void PackDocument::discardRecovery() const {
  std::error_code ec;
  fs::remove(recoveryPath(), ec);
}

}  // namespace game::content
