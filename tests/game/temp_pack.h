// Builds throw-away pack folders for tests, from the starter pack or from text.
#pragma once
#include <filesystem>
#include <fstream>
#include <map>
#include <string>

#include <unistd.h>

#include "game/content/formats.h"
#include "game/content/loader.h"
#include "game/content/starter_pack.h"

inline const game::content::Date kTestToday{2026, 11, 23};
// The day the bundled pack's newest fact was checked: its tests run "on" that
// day, so they neither age with the calendar nor see a check in the future.
// Move it (and --today in tests/CMakeLists.txt) when facts are checked again.
inline const game::content::Date kBundledPackDay{2026, 12, 5};

class TempPack {
 public:
  explicit TempPack(const std::string& name) {
    dir_ = std::filesystem::temp_directory_path() / ("declic-test-" + name + "-" + std::to_string(::getpid()));
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_);
  }
  ~TempPack() {
    std::error_code ec;
    std::filesystem::remove_all(dir_, ec);
  }
  // The starter pack, with `replace` applied to its content file (old -> new).
  TempPack& starter(const std::map<std::string, std::string>& replace = {}) {
    write("pack.yaml", game::content::starterPackInfo("test", kTestToday.iso()));
    std::string content = game::content::starterPackContent(kTestToday.iso());
    for (const auto& [from, to] : replace) {
      auto at = content.find(from);
      if (at == std::string::npos) throw std::runtime_error("fixture text not found: " + from);
      content.replace(at, from.size(), to);
    }
    write("contenu.yaml", content);
    return *this;
  }
  TempPack& write(const std::string& file, const std::string& text) {
    std::filesystem::create_directories((dir_ / file).parent_path());
    std::ofstream(dir_ / file, std::ios::binary) << text;
    return *this;
  }
  std::string path() const { return dir_.string(); }
  std::string file(const std::string& name) const { return (dir_ / name).string(); }

  game::content::LoadResult load() const {
    game::content::LoadOptions options;
    options.today = kTestToday;
    return game::content::loadPack(path(), options);
  }

 private:
  std::filesystem::path dir_;
};

// True when some diagnostic of that severity contains `text`.
inline bool reports(const game::content::LoadResult& r, const std::string& text,
                    game::content::Severity severity = game::content::Severity::Error) {
  for (const auto& d : r.report.items())
    if (d.severity == severity && d.format().find(text) != std::string::npos) return true;
  return false;
}

inline std::string allMessages(const game::content::LoadResult& r) {
  std::string out;
  for (const auto& d : r.report.items()) out += d.format() + "\n";
  return out;
}
