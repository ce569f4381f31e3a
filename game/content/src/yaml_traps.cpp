#include "yaml_traps.h"

#include <sstream>
#include <vector>

namespace game::content {

namespace {
constexpr const char* kQuoteIt = "mettez ce texte entre guillemets \"…\" (put this text in double quotes)";

bool startsQuotedOrBlock(const std::string& value) {
  return value.empty() || value[0] == '"' || value[0] == '\'' || value[0] == '|' || value[0] == '>' ||
         value[0] == '[' || value[0] == '&' || value[0] == '*' || value[0] == '!';
}

// Where a plain (unquoted) value starts on a "key: value" or "- key: value" line; npos when none.
std::size_t plainValueStart(const std::string& line) {
  std::size_t i = line.find_first_not_of(' ');
  if (i == std::string::npos || line[i] == '#') return std::string::npos;
  if (line[i] == '-' && i + 1 < line.size() && line[i + 1] == ' ') i = line.find_first_not_of(' ', i + 1);
  if (i == std::string::npos || line[i] == '"' || line[i] == '\'') return std::string::npos;
  const std::size_t colon = line.find(": ", i);
  if (colon == std::string::npos) return std::string::npos;
  // The key itself must be a plain word (fr, what, feedback…), not text.
  for (std::size_t k = i; k < colon; ++k)
    if (line[k] == ' ' || line[k] == '{' || line[k] == '[') return std::string::npos;
  const std::size_t value = line.find_first_not_of(' ', colon + 1);
  return value == std::string::npos ? std::string::npos : value;
}

// A value that opens with a quote mark and goes on after the matching one
// ("Une personne" vient…): where that extra text starts, else npos.
std::size_t textAfterClosingQuote(const std::string& line, std::size_t value) {
  const char quote = line[value];
  if (quote != '"' && quote != '\'') return std::string::npos;
  std::size_t i = value + 1;
  for (; i < line.size(); ++i) {
    if (quote == '"' && line[i] == '\\') {
      ++i;  // an escaped character
      continue;
    }
    if (line[i] != quote) continue;
    if (quote == '\'' && i + 1 < line.size() && line[i + 1] == '\'') {
      ++i;  // '' is an apostrophe inside '…'
      continue;
    }
    break;
  }
  if (i >= line.size()) return std::string::npos;  // unclosed: a multi-line text, or YAML's own error
  const std::size_t rest = line.find_first_not_of(' ', i + 1);
  if (rest == std::string::npos || line[rest] == '#') return std::string::npos;
  return rest;
}

// The parts of a one-line {key: value, key: value} map, split at top-level commas.
std::vector<std::pair<std::size_t, std::string>> flowParts(const std::string& line, std::size_t open) {
  std::vector<std::pair<std::size_t, std::string>> parts;
  bool inQuote = false;
  char quote = 0;
  std::size_t start = open + 1;
  for (std::size_t i = open + 1; i < line.size(); ++i) {
    const char c = line[i];
    if (inQuote) {
      if (c == quote) inQuote = false;
      continue;
    }
    if (c == '"' || c == '\'') {
      inQuote = true;
      quote = c;
    } else if (c == ',' || c == '}') {
      parts.emplace_back(start, line.substr(start, i - start));
      start = i + 1;
      if (c == '}') break;
    }
  }
  return parts;
}
}  // namespace

std::set<int> reportYamlTraps(const std::string& text, const std::string& file, Report& report) {
  std::set<int> lines;
  std::istringstream in(text);
  std::string line;
  int number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    const std::size_t value = plainValueStart(line);
    if (value == std::string::npos) continue;
    if (line[value] == '{') {
      // {fr: …, en: …}: every part must be "key: text"; a part without its key is a cut text.
      for (const auto& [at, part] : flowParts(line, value)) {
        const std::size_t first = part.find_first_not_of(' ');
        if (first == std::string::npos) continue;
        const std::size_t colon = part.find(':');
        const bool keyed = colon != std::string::npos && part.find(' ', first) >= colon;
        if (keyed) continue;
        lines.insert(number);
        report.error({file, number, static_cast<int>(at + first) + 1}, {},
                     "a comma inside {fr: …, en: …} cuts this text in two",
                     std::string(kQuoteIt) + ", like {fr: \"le loyer, les frais\", en: \"…\"}");
        break;
      }
      continue;
    }
    if (const std::size_t after = textAfterClosingQuote(line, value); after != std::string::npos) {
      // « "Une personne" vient d'emménager »: YAML takes the quotes as the whole text.
      lines.insert(number);
      report.error({file, number, static_cast<int>(after) + 1}, {},
                   "this text starts with a quote mark, so YAML thinks it ends at the next one",
                   "put the whole text in double quotes and write the inner quotes as « », like \"« Une personne » "
                   "vient d’emménager.\"");
      continue;
    }
    if (startsQuotedOrBlock(line.substr(value))) continue;
    const std::size_t colon = line.find(": ", value);
    if (colon != std::string::npos || (line.size() > value && line.back() == ':' && line.size() - 1 > value)) {
      lines.insert(number);
      const std::size_t col = colon != std::string::npos ? colon : line.size() - 1;
      report.error({file, number, static_cast<int>(col) + 1}, {},
                   "this text has « : » in it, which YAML reads as the start of a new key", kQuoteIt);
      continue;
    }
    if (const std::size_t hash = line.find(" #", value); hash != std::string::npos)
      report.warning({file, number, static_cast<int>(hash) + 2}, {},
                     "YAML drops everything after « #» on this line: the text stops at « " +
                         line.substr(value, hash - value) + " »",
                     kQuoteIt);
  }
  return lines;
}

}  // namespace game::content
