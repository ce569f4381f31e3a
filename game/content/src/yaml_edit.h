// Surgical edits of a YAML file's text: change one value, add one key, add or
// remove one list item, and leave every other byte as written — comments,
// order, quoting, blank lines. The editor and `declic-pack set` save through
// here, so one changed field is one changed line in `git diff`.
#pragma once
#include <cstddef>
#include <string>

#include "yaml_tree.h"

namespace game::content::yamledit {

struct Span {
  std::size_t begin = 0, end = 0;  // bytes [begin, end) of the text
};

// Where `node` is written. For a scalar: its characters, quotes included. For
// a block map or list: from its first character to the end of its last value.
// `ownerIndent` is the indentation of the key or dash that owns the node (a
// plain or block scalar's continuation lines are indented deeper).
Span nodeSpan(const std::string& text, const YNode& node, bool inFlow, int ownerIndent);

// `value` written as a YAML scalar: plain when that reads back the same,
// otherwise in double quotes (or in the quote style the value had: `quote`).
// `asString`: quote words YAML would read as a number or a boolean.
std::string formatScalar(const std::string& value, bool inFlow, bool asString, char quote = 0);

// Replaces the characters of `span` with `replacement`.
void replaceSpan(std::string& text, Span span, const std::string& replacement);

// Adds `key: valueYaml` as the last key of `map` (block or flow).
void insertKey(std::string& text, const YNode& map, const std::string& key, const std::string& valueYaml);

// Adds an item (block YAML lines, without the dash, first line first) at the
// end of the top-level list `section`, creating the list when absent.
void appendItem(std::string& text, const YNode& root, const std::string& section, const std::string& itemYaml);

// Inserts an item (block YAML lines, without the dash) into the block list
// `list`, before its item `position` (at the end when it is the list's size),
// at the dash indentation its items have. The list must hold an item already.
void insertListItem(std::string& text, const YNode& list, std::size_t position, const std::string& itemYaml);

// Removes a list item (and the line its dash is on) from the text.
void removeItem(std::string& text, const YNode& item);

// The indentation (spaces) of the line holding byte `offset`.
int lineIndent(const std::string& text, std::size_t offset);

}  // namespace game::content::yamledit
