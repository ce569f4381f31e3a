#include "game/content/resource_table.h"

#include <algorithm>
#include <map>

#include "engine/utf8.h"
#include "game/content/schema.h"

namespace game::content {
namespace {

struct Column {
  std::string header;  // "name.fr", "phone"
};

std::vector<std::string> columnsFor(const std::vector<std::string>& languages) {
  std::vector<std::string> out;
  for (const auto& f : itemSpec("resource").fields) {
    if (f.key == "replace" || f.key == "remove") continue;  // an overlay's instructions, not a resource's facts
    if (f.type == FieldType::Text)
      for (const auto& lang : languages) out.push_back(f.key + "." + lang);
    else if (f.type != FieldType::Object && f.type != FieldType::ObjectList)
      out.push_back(f.key);
  }
  return out;
}

std::string csvCell(const std::string& value) {
  const bool quote = value.find_first_of(",;\"\n\r") != std::string::npos ||
                     (!value.empty() && (value.front() == ' ' || value.back() == ' '));
  if (!quote) return value;
  std::string out = "\"";
  for (char c : value) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

// Windows-1252's 0x80-0x9F, as Unicode code points (0: unused).
constexpr char32_t kCp1252High[32] = {0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                                      0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0,      0x017D, 0,
                                      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                      0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

std::string columnName(std::size_t index) {
  std::string name;
  for (std::size_t n = index + 1; n > 0; n = (n - 1) / 26) name.insert(name.begin(), static_cast<char>('A' + (n - 1) % 26));
  return name;
}

}  // namespace

std::string toUtf8(const std::string& bytes) {
  std::string text = bytes.starts_with("\xEF\xBB\xBF") ? bytes.substr(3) : bytes;
  if (engine::findInvalidUtf8(text) == std::string::npos) return text;
  std::string out;
  for (unsigned char c : text) {
    char32_t cp = c;
    if (c >= 0x80 && c < 0xA0) cp = kCp1252High[c - 0x80] ? kCp1252High[c - 0x80] : 0xFFFD;
    engine::appendUtf8(out, cp);
  }
  return out;
}

char guessSeparator(const std::string& headerLine) {
  std::size_t commas = 0, semicolons = 0;
  bool quoted = false;
  for (char c : headerLine) {
    if (c == '"') quoted = !quoted;
    if (!quoted && c == ',') ++commas;
    if (!quoted && c == ';') ++semicolons;
  }
  return semicolons > commas ? ';' : ',';
}

std::vector<std::vector<std::string>> parseCsv(const std::string& utf8, char separator) {
  std::vector<std::vector<std::string>> rows(1);
  std::string cell;
  bool quoted = false, wasQuoted = false;
  for (std::size_t i = 0; i < utf8.size(); ++i) {
    const char c = utf8[i];
    if (quoted) {
      if (c == '"' && i + 1 < utf8.size() && utf8[i + 1] == '"') {
        cell += '"';
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        cell += c;
      }
    } else if (c == '"' && cell.empty() && !wasQuoted) {
      quoted = wasQuoted = true;
    } else if (c == separator) {
      rows.back().push_back(std::move(cell));
      cell.clear();
      wasQuoted = false;
    } else if (c == '\n' || c == '\r') {
      if (c == '\r' && i + 1 < utf8.size() && utf8[i + 1] == '\n') ++i;
      rows.back().push_back(std::move(cell));
      cell.clear();
      wasQuoted = false;
      rows.emplace_back();
    } else {
      cell += c;
    }
  }
  if (!cell.empty() || wasQuoted || !rows.back().empty()) rows.back().push_back(std::move(cell));
  if (rows.back().empty()) rows.pop_back();
  return rows;
}

std::string exportResourcesCsv(const PackDocument& doc, const std::vector<std::string>& languages) {
  const auto columns = columnsFor(languages);
  std::string out;
  for (std::size_t c = 0; c < columns.size(); ++c) out += (c ? "," : "") + csvCell(columns[c]);
  out += "\n";
  for (const auto& item : doc.items()) {
    if (item.section != "resources") continue;
    for (std::size_t c = 0; c < columns.size(); ++c)
      out += (c ? "," : "") + csvCell(doc.get(item, columns[c]).value_or(""));
    out += "\n";
  }
  return out;
}

CsvImportResult importResourcesCsv(PackDocument& doc, const std::string& bytes, const std::string& fileName) {
  CsvImportResult result;
  result.fileName = fileName;
  const std::string text = toUtf8(bytes);
  const std::string firstLine = text.substr(0, text.find('\n'));
  const auto rows = parseCsv(text, guessSeparator(firstLine));
  auto problem = [&](std::size_t row, std::size_t col, const std::string& message) {
    result.problems.push_back(fileName + ":" + std::to_string(row + 1) + ":" + std::to_string(col + 1) + ": " + message);
  };
  if (rows.empty()) {
    problem(0, 0, "the file is empty; export the resources first to get the columns (declic-pack export)");
    return result;
  }
  // The header: every column must be a field of a resource.
  const auto spec = itemSpec("resource");
  std::vector<std::string> paths;
  std::size_t idColumn = rows[0].size();
  for (std::size_t c = 0; c < rows[0].size(); ++c) {
    std::string header = rows[0][c];
    while (!header.empty() && header.back() == ' ') header.pop_back();
    const std::string key = header.substr(0, header.find('.'));
    const FieldSpec* f = spec.field(key);
    if (!f || (f->type == FieldType::Text) != (header.find('.') != std::string::npos)) {
      problem(0, c, "column " + columnName(c) + " '" + header + "' is not a field of a resource; " +
                        "keep the header row as declic-pack export writes it (id, name.fr, name.en, phone…)");
      paths.push_back("");
      continue;
    }
    if (key == "id") idColumn = c;
    paths.push_back(header);
  }
  if (idColumn == rows[0].size()) {
    problem(0, 0, "no 'id' column: each row needs the resource's id to know which one it is");
    return result;
  }
  // A new resource goes in the file that already holds the last one.
  std::size_t newFile = 0;
  for (const auto& item : doc.items())
    if (item.section == "resources") newFile = item.file;

  doc.beginGroup("CSV " + fileName);
  for (std::size_t r = 1; r < rows.size(); ++r) {
    const auto& row = rows[r];
    if (std::all_of(row.begin(), row.end(), [](const std::string& s) { return s.empty(); })) continue;
    const std::string id = idColumn < row.size() ? row[idColumn] : "";
    if (id.empty() || id.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789-") != std::string::npos) {
      problem(r, idColumn, id.empty() ? "this row has no id; give each resource an id like centre-entraide"
                                      : "'" + id + "' is not an id: lowercase letters, digits and dashes only");
      continue;
    }
    auto item = doc.findItem(id, "resources");
    if (!item) {
      std::vector<std::pair<std::string, std::string>> fields{{"id", id}};
      result.cells[id + "|id"] = {r, idColumn};
      for (std::size_t c = 0; c < row.size() && c < paths.size(); ++c)
        if (c != idColumn && !paths[c].empty() && !row[c].empty()) {
          fields.push_back({paths[c], row[c]});
          result.cells[id + "|" + paths[c]] = {r, c};
        }
      std::string error;
      if (newFile == 0 || !doc.addItem("resources", newFile, fields, error))
        problem(r, idColumn, error.empty() ? "the pack has no resource file to add it to" : error);
      else
        ++result.added;
      continue;
    }
    bool changed = false;
    for (std::size_t c = 0; c < row.size() && c < paths.size(); ++c) {
      if (c == idColumn || paths[c].empty()) continue;
      const std::string before = doc.get(*item, paths[c]).value_or("");
      if (row[c] == before) continue;
      if (row[c].empty()) {
        problem(r, c, "column " + columnName(c) + " (" + paths[c] + ") was emptied; to remove a field, do it in "
                      "the editor; this cell was left as it was");
        continue;
      }
      std::string error;
      result.cells[id + "|" + paths[c]] = {r, c};
      if (doc.set(*item, paths[c], row[c], error)) changed = true;
      else problem(r, c, "column " + columnName(c) + " (" + paths[c] + "): " + error);
    }
    changed ? ++result.updated : ++result.unchanged;
  }
  doc.endGroup();
  return result;
}

Diagnostic CsvImportResult::atCell(const Diagnostic& d, const PackDocument& doc) const {
  if (d.itemId.empty()) return d;
  const auto item = doc.findItem(d.itemId, "resources");
  if (!item || doc.files()[item->file].path != d.origin.file) return d;
  const std::string path = d.itemId + "|" + doc.pathAtLine(*item, d.origin.line);
  auto cell = cells.find(path);
  if (cell == cells.end()) {
    // A text written {fr: …, en: …} on one line is found by its field: its language
    // is the one the message names (« the fr text », « en « fr » »), else the only one imported.
    std::vector<decltype(cell)> languages;
    for (auto it = cells.lower_bound(path + "."); it != cells.end() && it->first.starts_with(path + "."); ++it)
      languages.push_back(it);
    for (auto it : languages) {
      const std::string lang = it->first.substr(path.size() + 1);
      if (d.message.find("the " + lang + " text") != std::string::npos ||
          d.message.find("'" + lang + "'") != std::string::npos || d.message.find("(" + lang + ")") != std::string::npos)
        cell = it;
    }
    if (cell == cells.end() && languages.size() == 1) cell = languages.front();
    if (cell == cells.end()) return d;
  }
  Diagnostic moved = d;
  moved.origin = {fileName, static_cast<int>(cell->second.first) + 1, static_cast<int>(cell->second.second) + 1};
  return moved;
}

}  // namespace game::content
