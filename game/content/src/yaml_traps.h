// The traps French text sets for YAML, found by reading the lines before the
// parser does, so that every such line of a file is named in one run, in
// plain words, with the fix that works: put the text in quotes.
//   - « … propriétaire : avertissez l'office. »: " : " inside an unquoted text;
//   - {fr: le loyer, les frais, en: …}: a comma inside the short form;
//   - « Bienvenue #1 »: " #" starts a comment, the rest is silently dropped.
#pragma once
#include <set>
#include <string>

#include "game/content/diagnostics.h"

namespace game::content {

// Reports each trap in `text` (the file `file`); returns the lines (1-based)
// that hold one, so a parse error on such a line need not be said twice.
std::set<int> reportYamlTraps(const std::string& text, const std::string& file, Report& report);

}  // namespace game::content
