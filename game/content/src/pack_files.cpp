#include "pack_files.h"

#include <algorithm>
#include <filesystem>
#include <fstream>

#include "engine/utf8.h"

namespace fs = std::filesystem;

namespace game::content {

namespace {
Origin fileOrigin(const std::string& path, int line = 0, int column = 0) { return {path, line, column}; }

// 1-based line and column of a byte offset.
std::pair<int, int> lineColumn(const std::string& text, std::size_t offset) {
  int line = 1, column = 1;
  for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
    if (text[i] == '\n') {
      ++line;
      column = 1;
    } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
      ++column;
    }
  }
  return {line, column};
}
}  // namespace

std::optional<std::string> readPackText(const std::string& path, const LoadLimits& limits, Report& report) {
  std::error_code ec;
  fs::file_status link = fs::symlink_status(path, ec);
  if (ec || !fs::exists(link)) {
    report.error(fileOrigin(path), {}, "the file does not exist", "check the file name");
    return std::nullopt;
  }
  if (fs::is_symlink(link)) {
    report.error(fileOrigin(path), {}, "this is a symbolic link; packs hold real files only",
                 "copy the file into the pack folder instead of linking it");
    return std::nullopt;
  }
  if (fs::is_directory(link)) {
    report.error(fileOrigin(path), {}, "this is a folder, where a YAML file was expected", "rename or move the folder");
    return std::nullopt;
  }
  if (!fs::is_regular_file(link)) {
    report.error(fileOrigin(path), {}, "this is not a regular file", "replace it with a plain text YAML file");
    return std::nullopt;
  }
  std::uintmax_t size = fs::file_size(path, ec);
  if (ec || size > limits.maxFileBytes) {
    report.error(fileOrigin(path), {},
                 "the file is " + std::to_string(size / (1024 * 1024)) + " MB; the limit is " +
                     std::to_string(limits.maxFileBytes / (1024 * 1024)) + " MB per file",
                 "split it into several files in the same pack folder");
    return std::nullopt;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    report.error(fileOrigin(path), {}, "the file cannot be read", "check its permissions");
    return std::nullopt;
  }
  std::string text(static_cast<std::size_t>(size), '\0');
  in.read(text.data(), static_cast<std::streamsize>(size));
  text.resize(static_cast<std::size_t>(in.gcount()));

  if (text.starts_with("\xEF\xBB\xBF")) text.erase(0, 3);
  if (auto nul = text.find('\0'); nul != std::string::npos) {
    auto [line, column] = lineColumn(text, nul);
    report.error(fileOrigin(path, line, column), {}, "the file holds binary data, not text",
                 "packs are plain UTF-8 text files; remove this file from the pack folder");
    return std::nullopt;
  }
  if (auto bad = engine::findInvalidUtf8(text); bad != std::string::npos) {
    auto [line, column] = lineColumn(text, bad);
    report.error(fileOrigin(path, line, column), {}, "this character is not valid UTF-8",
                 "save the file as UTF-8 in your editor (not Latin-1 or Windows-1252)");
    return std::nullopt;
  }
  // YAML forbids tabs in indentation; say so plainly, at the tab.
  std::size_t lineStart = 0;
  int line = 1;
  while (lineStart < text.size()) {
    std::size_t i = lineStart;
    while (i < text.size() && (text[i] == ' ' || text[i] == '\t')) {
      if (text[i] == '\t') {
        report.error(fileOrigin(path, line, static_cast<int>(i - lineStart) + 1), {},
                     "a tab is used for indentation", "YAML indents with spaces only: replace the tab with spaces");
        return std::nullopt;
      }
      ++i;
    }
    std::size_t next = text.find('\n', lineStart);
    if (next == std::string::npos) break;
    lineStart = next + 1;
    ++line;
  }
  return text;
}

std::vector<std::string> listPackFiles(const std::string& folder, const LoadLimits& limits, Report& report) {
  std::vector<std::string> files;
  std::error_code ec;
  fs::recursive_directory_iterator it(folder, fs::directory_options::none, ec), end;
  for (; !ec && it != end; it.increment(ec)) {
    const fs::path& p = it->path();
    std::string name = p.filename().string();
    if (name.starts_with(".")) {
      if (it->is_directory()) it.disable_recursion_pending();
      continue;
    }
    std::string ext = p.extension().string();
    if (ext != ".yaml" && ext != ".yml") continue;
    if (p.parent_path() == fs::path(folder) && name == "pack.yaml") continue;
    files.push_back(p.string());
    if (files.size() > limits.maxFiles) {
      report.error(fileOrigin(folder), {}, "more than " + std::to_string(limits.maxFiles) + " YAML files in the pack",
                   "merge some files");
      break;
    }
  }
  if (ec) report.error(fileOrigin(folder), {}, "the pack folder cannot be listed: " + ec.message());
  std::sort(files.begin(), files.end());
  return files;
}

}  // namespace game::content
