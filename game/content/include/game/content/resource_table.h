// The pack's resources as a spreadsheet: one row per resource, one column per
// field and language. Facilitators keep their directory in LibreOffice or
// Excel; export then import changes nothing, and an import updates resources
// by id and adds new ones through the same surgical edits as the editor.
#pragma once
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "game/content/diagnostics.h"
#include "game/content/pack_document.h"

namespace game::content {

// The CSV text (UTF-8, comma-separated, a header row) of the pack's resources.
std::string exportResourcesCsv(const PackDocument& doc, const std::vector<std::string>& languages);

struct CsvImportResult {
  int updated = 0, added = 0, unchanged = 0;
  std::vector<std::string> problems;  // "FILE:ROW:COLUMN: message", one per bad cell
  std::string fileName;
  // The cell each written value came from: "id|path" -> (row, column), counted from 0.
  std::map<std::string, std::pair<std::size_t, std::size_t>> cells;
  // A problem the pack's rules find in an imported value, moved to the cell it
  // came from ("FILE.csv:3:13", column M), so a facilitator fixes the
  // spreadsheet, not the YAML; other problems are returned as they were.
  Diagnostic atCell(const Diagnostic& d, const PackDocument& doc) const;
};

// Reads `bytes` (UTF-8 or Windows-1252, comma or semicolon, as LibreOffice
// and Excel save them) and applies each row to `doc` (not saved). `fileName`
// names the file in messages.
CsvImportResult importResourcesCsv(PackDocument& doc, const std::string& bytes, const std::string& fileName);

// Lower level, for tests: rows of cells, and the text as UTF-8.
std::vector<std::vector<std::string>> parseCsv(const std::string& utf8, char separator);
std::string toUtf8(const std::string& bytes);  // Windows-1252 becomes UTF-8; UTF-8 stays
char guessSeparator(const std::string& headerLine);

}  // namespace game::content
