#include "yaml_edit.h"

#include <algorithm>
#include <cctype>

namespace game::content::yamledit {
namespace {

std::size_t lineStartOf(const std::string& text, std::size_t offset) {
  if (offset == 0) return 0;
  auto nl = text.rfind('\n', offset - 1);
  return nl == std::string::npos ? 0 : nl + 1;
}

std::size_t lineEndOf(const std::string& text, std::size_t offset) {
  auto nl = text.find('\n', offset);
  return nl == std::string::npos ? text.size() : nl;
}

// The end of a plain scalar's characters on one line, before a comment.
std::size_t plainEndOnLine(const std::string& text, std::size_t from, bool inFlow) {
  std::size_t i = from;
  for (; i < text.size() && text[i] != '\n' && text[i] != '\r'; ++i) {
    if (text[i] == '#' && i > from && (text[i - 1] == ' ' || text[i - 1] == '\t')) break;
    if (inFlow && (text[i] == ',' || text[i] == ']' || text[i] == '}')) break;
  }
  while (i > from && (text[i - 1] == ' ' || text[i - 1] == '\t')) --i;
  return i;
}

std::size_t quotedEnd(const std::string& text, std::size_t begin) {
  const char q = text[begin];
  for (std::size_t i = begin + 1; i < text.size(); ++i) {
    if (q == '"' && text[i] == '\\') {
      ++i;
    } else if (text[i] == q) {
      if (q == '\'' && i + 1 < text.size() && text[i + 1] == '\'') {
        ++i;
        continue;
      }
      return i + 1;
    }
  }
  return text.size();
}

// Lines after `end` that are deeper than `ownerIndent` continue a multi-line
// scalar (blank lines between them included); returns the scalar's new end.
std::size_t continuationEnd(const std::string& text, std::size_t end, int ownerIndent, bool plain) {
  std::size_t scan = lineEndOf(text, end);
  while (scan + 1 < text.size()) {
    const std::size_t start = scan + 1;
    const std::size_t stop = lineEndOf(text, start);
    const std::size_t first = text.find_first_not_of(" \t\r", start);
    if (first == std::string::npos || first >= stop) {  // a blank line: look further
      scan = stop;
      continue;
    }
    if (lineIndent(text, start) <= ownerIndent) break;
    if (plain && text[first] == '#') break;  // a comment ends a plain scalar
    if (plain) {
      end = plainEndOnLine(text, first, false);
    } else {
      end = stop;
      while (end > start && text[end - 1] == '\r') --end;
    }
    scan = lineEndOf(text, end);
  }
  return end;
}

std::size_t closingBracket(const std::string& text, std::size_t from, char close) {
  auto at = text.find(close, from);
  return at == std::string::npos ? text.size() : at + 1;
}

int ownerIndentOf(const YNode& container) { return container.column - 1; }

// The file's own line ending: a file saved on Windows keeps its CRLF on every line.
std::string newlineOf(const std::string& text) { return text.find("\r\n") != std::string::npos ? "\r\n" : "\n"; }

// Where a new line goes after the line holding `offset`: before its line ending.
std::size_t insertionPoint(const std::string& text, std::size_t offset) {
  std::size_t at = lineEndOf(text, offset);
  if (at > 0 && at <= text.size() && text[at - 1] == '\r') --at;
  return at;
}

bool looksLikeOtherType(const std::string& v) {
  std::string lower;
  for (char c : v) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  static const char* words[] = {"true", "false", "yes", "no", "on", "off", "null", "~", "y", "n"};
  for (const char* w : words)
    if (lower == w) return true;
  bool digits = !v.empty();
  for (char c : v)
    if (!std::isdigit(static_cast<unsigned char>(c)) && c != '.' && c != '-' && c != '+' && c != '_') digits = false;
  return digits;
}

}  // namespace

int lineIndent(const std::string& text, std::size_t offset) {
  std::size_t start = lineStartOf(text, offset);
  int indent = 0;
  while (start + static_cast<std::size_t>(indent) < text.size() && text[start + indent] == ' ') ++indent;
  return indent;
}

Span nodeSpan(const std::string& text, const YNode& node, bool inFlow, int ownerIndent) {
  const std::size_t begin = std::min(node.offset, text.size());
  if (node.isScalar() || node.isNull()) {
    if (begin >= text.size() || node.isNull()) return {begin, begin};
    const char c = text[begin];
    if (c == '"' || c == '\'') return {begin, quotedEnd(text, begin)};
    if (!inFlow && (c == '|' || c == '>')) return {begin, continuationEnd(text, lineEndOf(text, begin), ownerIndent, false)};
    std::size_t end = plainEndOnLine(text, begin, inFlow);
    if (!inFlow) end = continuationEnd(text, end, ownerIndent, true);
    return {begin, end};
  }
  std::size_t end = begin + 1;
  const bool childrenInFlow = inFlow || node.flow;
  for (std::size_t i = 0; i < node.children.size(); ++i) {
    const YNode& child = node.children[i];
    end = std::max(end, nodeSpan(text, child, childrenInFlow, ownerIndentOf(node)).end);
  }
  if (node.flow) end = closingBracket(text, node.children.empty() ? begin + 1 : end, node.isMap() ? '}' : ']');
  return {begin, end};
}

std::string formatScalar(const std::string& value, bool inFlow, bool asString, char quote) {
  bool needs = value.empty() || value.front() == ' ' || value.back() == ' ';
  if (!needs && std::string("-?:,[]{}#&*!|>'\"%@`").find(value.front()) != std::string::npos) needs = true;
  if (!needs && (value.find(": ") != std::string::npos || value.find(" #") != std::string::npos ||
                 value.back() == ':'))
    needs = true;
  for (char c : value)
    if (static_cast<unsigned char>(c) < 0x20 || (inFlow && std::string(",[]{}").find(c) != std::string::npos))
      needs = true;
  if (!needs && asString && looksLikeOtherType(value)) needs = true;
  if (!needs && quote == 0) return value;
  if (quote == '\'' && value.find('\n') == std::string::npos) {
    std::string out = "'";
    for (char c : value) out += c == '\'' ? std::string("''") : std::string(1, c);
    return out + "'";
  }
  std::string out = "\"";
  for (char c : value) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\t': out += "\\t"; break;
      case '\r': out += "\\r"; break;
      default: out += c;
    }
  }
  return out + "\"";
}

void replaceSpan(std::string& text, Span span, const std::string& replacement) {
  text.replace(span.begin, span.end - span.begin, replacement);
}

void insertKey(std::string& text, const YNode& map, const std::string& key, const std::string& valueYaml) {
  if (map.flow) {
    Span whole = nodeSpan(text, map, true, 0);
    if (map.children.empty()) {
      text.insert(whole.end - 1, key + ": " + valueYaml);
    } else {
      std::size_t lastEnd = nodeSpan(text, map.children.back(), true, 0).end;
      text.insert(lastEnd, ", " + key + ": " + valueYaml);
    }
    return;
  }
  const int indent = map.column - 1;
  const std::size_t at = insertionPoint(text, map.children.empty() ? map.offset : nodeSpan(text, map, false, indent).end);
  text.insert(at, newlineOf(text) + std::string(static_cast<std::size_t>(indent), ' ') + key + ": " + valueYaml);
}

namespace {
// The non-empty lines of an item's YAML, without their line endings (the file's own are put back).
std::vector<std::string> itemLines(const std::string& itemYaml) {
  std::vector<std::string> lines;
  for (std::size_t pos = 0; pos <= itemYaml.size();) {
    std::size_t nl = itemYaml.find('\n', pos);
    if (nl == std::string::npos) nl = itemYaml.size();
    std::string line = itemYaml.substr(pos, nl - pos);
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (!line.empty()) lines.push_back(line);
    pos = nl + 1;
  }
  return lines;
}
}  // namespace

void insertListItem(std::string& text, const YNode& list, std::size_t position, const std::string& itemYaml) {
  const auto lines = itemLines(itemYaml);
  const std::string nl = newlineOf(text);
  // The dash's indentation, read from the list's first item ("  - text: …").
  const std::string pad(static_cast<std::size_t>(lineIndent(text, list.children.front().offset)), ' ');
  std::string block;
  for (std::size_t i = 0; i < lines.size(); ++i) block += (i == 0 ? pad + "- " : pad + "  ") + lines[i] + nl;
  if (position < list.children.size()) {
    text.insert(lineStartOf(text, list.children[position].offset), block);
  } else {
    block = nl + block.substr(0, block.size() - nl.size());
    text.insert(insertionPoint(text, nodeSpan(text, list, false, lineIndent(text, list.children.front().offset)).end), block);
  }
}

void appendItem(std::string& text, const YNode& root, const std::string& section, const std::string& itemYaml) {
  const std::vector<std::string> lines = itemLines(itemYaml);
  const YNode* list = root.find(section);
  if (list && list->isSequence() && !list->flow && !list->children.empty()) {
    const std::string pad(static_cast<std::size_t>(list->column - 1), ' ');
    const std::string nl = newlineOf(text);
    std::string block;
    // Keep the file's rhythm: a blank line between items if it has them.
    if (list->children.size() >= 2) {
      const YNode& a = list->children[list->children.size() - 2];
      const YNode& b = list->children.back();
      std::size_t aEnd = nodeSpan(text, a, false, list->column - 1).end;
      const std::string between = text.substr(aEnd, lineStartOf(text, b.offset) - aEnd);
      if (between.find("\n\n") != std::string::npos || between.find("\n\r\n") != std::string::npos) block += nl;
    }
    for (std::size_t i = 0; i < lines.size(); ++i) block += nl + pad + (i == 0 ? "- " : "  ") + lines[i];
    text.insert(insertionPoint(text, nodeSpan(text, *list, false, list->column - 1).end), block);
    return;
  }
  const std::string nl = newlineOf(text);
  std::string block;
  for (std::size_t i = 0; i < lines.size(); ++i) block += (i == 0 ? "  - " : "    ") + lines[i] + nl;
  if (list) {
    // An empty list ("resources: []" or "resources:"): write the items under its key.
    const std::size_t keyLine = lineStartOf(text, list->offset);
    std::size_t keyEnd = lineEndOf(text, keyLine);
    std::size_t colon = text.find(section + ":", keyLine);
    if (colon != std::string::npos && colon < keyEnd) {
      if (keyEnd > colon && text[keyEnd - 1] == '\r') --keyEnd;
      text.replace(colon, keyEnd - colon, section + ":" + nl + block.substr(0, block.size() - nl.size()));
      return;
    }
  }
  if (!text.empty() && text.back() != '\n') text += nl;
  text += nl + section + ":" + nl + block;
}

void removeItem(std::string& text, const YNode& item) {
  std::size_t start = lineStartOf(text, item.offset);
  std::size_t end = lineEndOf(text, nodeSpan(text, item, false, lineIndent(text, item.offset)).end);
  if (end < text.size()) ++end;  // its newline
  // Drop one of the blank lines that stood on both sides of the item.
  const bool blankAfter = end < text.size() && (text[end] == '\n' || text.compare(end, 2, "\r\n") == 0);
  const bool blankBefore = start >= 2 && text[start - 1] == '\n' && text[start - 2] == '\n';
  if (blankAfter && blankBefore) end = lineEndOf(text, end) + 1;
  text.erase(start, std::min(end, text.size()) - start);
}

}  // namespace game::content::yamledit
