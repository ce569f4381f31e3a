// declic-pack: the facilitators' command-line tool for content packs.
//   declic-pack validate [--strict] [--format json] [--today YYYY-MM-DD] PACK...
//   declic-pack stats [--format json] PACK
//   declic-pack new DIR
//   declic-pack schema
//   declic-pack get PACK ITEM_ID FIELD[.LANG]
//   declic-pack set PACK ITEM_ID FIELD[.LANG] VALUE
//   declic-pack export PACK --format csv -o FILE / import PACK --format csv FILE
// Exit codes: 0 clean, 1 problems found (warnings count only with --strict), 2 usage.
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <string>
#include <vector>

#include "engine/fonts.h"
#include "engine/log.h"
#include "game/content/loader.h"
#include "game/content/schema.h"
#include "game/content/stats.h"
#include "game/app/data_paths.h"
#include "game/ui/print_deck.h"
#include "game/ui/text_fit.h"
#include "edit_commands.h"
#include "game/content/json_text.h"
#include "game/content/starter_pack.h"

using namespace game::content;

namespace {
const char* kUsage =
    "Usage:\n"
    "  declic-pack validate [--strict] [--format json] [--today YYYY-MM-DD] [--lang fr|en] PACK...\n"
    "      check packs (messages in French unless --lang en); exit 0 when clean, 1 on errors\n"
    "      (and on warnings with --strict)\n"
    "  declic-pack stats [--format json] PACK\n"
    "      counts by kind and by territory, language coverage, oldest check\n"
    "  declic-pack new DIR\n"
    "      write a small valid pack to start from\n"
    "  declic-pack new --extends PACK_OR_ID DIR\n"
    "      write an overlay that adds your resources to another pack (no board of its own)\n"
    "  declic-pack schema\n"
    "      print a JSON Schema of pack files, for YAML editors\n"
    "  declic-pack get PACK ITEM_ID FIELD[.LANG]\n"
    "      print one field, like: get content/chaudiere-appalaches omh-levis phone\n"
    "  declic-pack set [--today YYYY-MM-DD] PACK ITEM_ID FIELD[.LANG] VALUE\n"
    "      change one field; only its line changes, and only if the pack stays valid\n"
    "  declic-pack print PACK -o FILE.pdf [--lang fr|en] [--paper letter|a4] [--bleed sheet|each]\n"
    "      the game to print: rules, cards (poker size, crop marks, duplex backs), board posters, pawns, die, answer key;\n"
    "      --bleed sheet (the default): nine cards a page sharing their cut lines, a 3 mm bleed around the sheet;\n"
    "      --bleed each: six cards a page, each with its own 3 mm bleed, for a print shop or cleaner cuts\n"
    "  declic-pack export PACK --format csv -o FILE.csv\n"
    "      the resources as a spreadsheet (one row each, a column per field and language)\n"
    "  declic-pack import PACK --format csv FILE.csv\n"
    "      update resources by id and add new ones from a spreadsheet (UTF-8 or Windows-1252, , or ;)\n"
    "  declic-pack export PACK --format hsds -o FOLDER\n"
    "      FOLDER/services.json: the resources as Open Referral HSDS 3.0 services\n"
    "  declic-pack import PACK --format hsds services.json\n"
    "      add or update resources from an HSDS services file; lists what could not be mapped\n";

int usage(const std::string& problem) {
  std::cerr << "declic-pack: " << problem << "\n\n" << kUsage;
  return 2;
}

struct Flags {
  bool strict = false;
  bool json = false;
  bool csv = false;
  bool hsds = false;  // Open Referral HSDS 3.0
  bool english = false;  // --lang en
  bool a4 = false;       // --paper a4
  bool bleedEach = false;  // --bleed each
  std::string output;  // -o FILE
  std::string extends;  // new --extends PACK_OR_ID
  std::optional<Date> today;
  std::vector<std::string> paths;
};

std::optional<Flags> parseFlags(const std::vector<std::string>& args, std::string& problem) {
  Flags f;
  std::optional<std::string> bleed;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    if (a == "--strict") {
      f.strict = true;
    } else if (a == "--format") {
      if (i + 1 >= args.size() ||
          (args[i + 1] != "json" && args[i + 1] != "text" && args[i + 1] != "csv" && args[i + 1] != "hsds")) {
        problem = "--format takes json, text, csv or hsds";
        return std::nullopt;
      }
      f.csv = args[i + 1] == "csv";
      f.hsds = args[i + 1] == "hsds";
      f.json = args[++i] == "json";
    } else if (a == "--lang" || a == "--paper") {
      const std::string value = i + 1 < args.size() ? args[i + 1] : "";
      if (a == "--lang" && value != "fr" && value != "en") {
        problem = "--lang takes fr or en";
        return std::nullopt;
      }
      if (a == "--paper" && value != "letter" && value != "a4") {
        problem = "--paper takes letter or a4";
        return std::nullopt;
      }
      if (a == "--lang") f.english = value == "en";
      else f.a4 = value == "a4";
      ++i;
    } else if (a == "--bleed") {
      bleed = i + 1 < args.size() ? args[++i] : "";  // checked once --lang is known
    } else if (a == "--extends") {
      if (i + 1 >= args.size() || args[i + 1].empty()) {
        problem = "--extends takes the base pack's folder or installed id, like chaudiere-appalaches";
        return std::nullopt;
      }
      f.extends = args[++i];
    } else if (a == "-o" || a == "--output") {
      if (i + 1 >= args.size()) {
        problem = "-o takes a file name";
        return std::nullopt;
      }
      f.output = args[++i];
    } else if (a == "--today") {
      if (i + 1 >= args.size() || !(f.today = Date::parse(args[++i]))) {
        problem = "--today takes a date like 2026-11-23";
        return std::nullopt;
      }
    } else if (a.starts_with("--")) {
      problem = "unknown option '" + a + "'";
      return std::nullopt;
    } else {
      f.paths.push_back(a);
    }
  }
  if (bleed) {
    if (*bleed != "sheet" && *bleed != "each") {
      problem = f.english ? "--bleed takes sheet (nine cards a page, a bleed around the sheet) or each (six a page, "
                            "each card its own bleed)" + (bleed->empty() ? "" : ", not '" + *bleed + "'")
                          : "--bleed prend sheet (neuf cartes par page, fond perdu autour de la feuille) ou each "
                            "(six par page, chaque carte avec son fond perdu)" +
                                (bleed->empty() ? "" : ", pas « " + *bleed + " »");
      return std::nullopt;
    }
    f.bleedEach = *bleed == "each";
  }
  return f;
}

LoadResult loadAndCheck(const std::string& path, const Flags& flags, engine::FontLibrary& fonts) {
  LoadOptions options;
  options.today = flags.today;
  options.packSearchPath = game::packSearchPath(nullptr);
  LoadResult result = loadPack(path, options);
  if (!result.pack.info.id.empty()) game::checkTextFits(result.pack, fonts, result.report);
  // The printed cards too, when the pack has no error that would stop printing it.
  if (!result.pack.info.id.empty() && !result.report.hasErrors()) {
    game::FontFiles files;
    for (int w = 0; w < engine::kFontWeightCount; ++w)
      files[static_cast<std::size_t>(w)] = fonts.resolvedPath(static_cast<engine::FontWeight>(w));
    game::checkPrintFits(result.pack, files, result.report);
  }
  return result;
}

int validate(const Flags& flags) {
  if (flags.paths.empty()) return usage("validate needs at least one pack folder");
  engine::FontLibrary fonts;
  bool failed = false;
  std::string json = "{\"packs\": [";
  for (std::size_t p = 0; p < flags.paths.size(); ++p) {
    LoadResult result = loadAndCheck(flags.paths[p], flags, fonts);
    const Report& report = result.report;
    failed |= report.hasErrors() || (flags.strict && report.warningCount() > 0);
    if (flags.json) {
      json += std::string(p ? ", " : "") + "{\"path\": " + jsonString(flags.paths[p]) +
              ", \"errors\": " + std::to_string(report.errorCount()) +
              ", \"warnings\": " + std::to_string(report.warningCount()) + ", \"diagnostics\": [";
      for (std::size_t i = 0; i < report.items().size(); ++i) {
        const Diagnostic& d = report.items()[i];
        json += std::string(i ? ", " : "") + "{\"severity\": \"" +
                (d.severity == Severity::Error ? "error" : "warning") + "\", \"file\": " + jsonString(d.origin.file) +
                ", \"line\": " + std::to_string(d.origin.line) + ", \"column\": " + std::to_string(d.origin.column) +
                ", \"id\": " + jsonString(d.itemId) + ", \"message\": " + jsonString(d.message) +
                ", \"hint\": " + jsonString(d.hint) + "}";
      }
      json += "]}";
    } else {
      // French unless --lang en: facilitators read French first.
      const bool french = !flags.english;
      for (const auto& d : report.forReading()) std::cout << d.formatIn(french) << "\n";
      if (french)
        std::cout << flags.paths[p] << " : " << report.errorCount() << " erreur(s), " << report.warningCount()
                  << " avertissement(s)" << (report.items().empty() ? " – prêt à jouer" : "") << "\n";
      else
        std::cout << flags.paths[p] << ": " << report.errorCount() << " error(s), " << report.warningCount()
                  << " warning(s)" << (report.items().empty() ? " - ready to play" : "") << "\n";
    }
  }
  if (flags.json) std::cout << json << "]}\n";
  return failed ? 1 : 0;
}

int stats(const Flags& flags) {
  if (flags.paths.size() != 1) return usage("stats takes one pack folder");
  LoadOptions options;
  options.today = flags.today;
  options.checkImages = false;
  options.packSearchPath = game::packSearchPath(nullptr);
  LoadResult result = loadPack(flags.paths[0], options);
  if (result.pack.info.id.empty()) {
    for (const auto& d : result.report.forReading()) std::cerr << d.formatIn(!flags.english) << "\n";
    return 1;
  }
  PackStats s = computeStats(result.pack);
  if (flags.json) {
    std::string out = "{\"pack\": " + jsonString(result.pack.info.id) + ", \"territories\": " +
                      std::to_string(s.territories) + ", \"categories\": " + std::to_string(s.categories) +
                      ", \"resources\": " + std::to_string(s.resources) + ", \"rights\": " + std::to_string(s.rights) +
                      ", \"scenarios\": " + std::to_string(s.scenarios) + ", \"events\": " + std::to_string(s.events) +
                      ", \"discussions\": " + std::to_string(s.discussions) + ", \"themes\": " +
                      std::to_string(s.themes) + ", \"spaces\": " + std::to_string(s.spaces) + ", \"by_theme\": {";
    bool firstTheme = true;
    for (const auto& [id, n] : s.byTheme) {
      out += std::string(firstTheme ? "" : ", ") + jsonString(id) + ": " + std::to_string(n);
      firstTheme = false;
    }
    out += "}, \"by_territory\": {";
    bool first = true;
    for (const auto& [id, c] : s.byTerritory) {
      out += std::string(first ? "" : ", ") + jsonString(id) + ": {\"name\": " + jsonString(c.name) +
             ", \"local_resources\": " + std::to_string(c.localResources) +
             ", \"serving_resources\": " + std::to_string(c.servingResources) +
             ", \"scenarios\": " + std::to_string(c.scenarios) +
             ", \"reachable_nearby\": " + std::to_string(c.reachableNearby) +
             ", \"office_reachable\": " + (c.officeReachable ? "true" : "false") + "}";
      first = false;
    }
    out += "}, \"language_coverage\": {";
    first = true;
    for (const auto& [lang, share] : s.languageCoverage) {
      char buf[32];
      std::snprintf(buf, sizeof buf, "%.3f", share);
      out += std::string(first ? "" : ", ") + jsonString(lang) + ": " + buf;
      first = false;
    }
    out += "}, \"oldest_checked_on\": " + (s.oldestCheck ? jsonString(s.oldestCheck->iso()) : "null") +
           ", \"oldest_checked_id\": " + jsonString(s.oldestCheckId) + "}";
    std::cout << out << "\n";
  } else {
    std::printf("%s (%s)\n", result.pack.info.id.c_str(), flags.paths[0].c_str());
    std::printf("  territories %zu, categories %zu, resources %zu, rights %zu, scenarios %zu, events %zu, "
                "discussions %zu, board spaces %zu\n",
                s.territories, s.categories, s.resources, s.rights, s.scenarios, s.events, s.discussions, s.spaces);
    for (const auto& [id, n] : s.byTheme) std::printf("  theme %-26s %zu cards\n", id.c_str(), n);
    // "nearby": services of at most three territories with a phone or an address, the office apart.
    std::printf("  %-28s %8s %8s %9s %7s %7s\n", "territory", "local", "serving", "scenarios", "nearby", "office");
    for (const auto& [id, c] : s.byTerritory)
      std::printf("  %-28s %8zu %8zu %9zu %7zu %7s\n", id.c_str(), c.localResources, c.servingResources, c.scenarios,
                  c.reachableNearby, c.officeReachable ? "yes" : "no");
    for (const auto& [lang, share] : s.languageCoverage) std::printf("  language %s: %.0f %% of texts\n", lang.c_str(), share * 100);
    if (s.oldestCheck) std::printf("  oldest check: %s (%s)\n", s.oldestCheck->iso().c_str(), s.oldestCheckId.c_str());
  }
  return 0;
}
}  // namespace

int main(int argc, char** argv) {
  engine::setLogVerbose(false);
  std::vector<std::string> args(argv + 1, argv + argc);
  if (args.empty()) return usage("which command?");
  const std::string command = args[0];
  args.erase(args.begin());
  if (command == "--help" || command == "-h" || command == "help") {
    std::cout << kUsage;
    return 0;
  }
  std::string problem;
  auto flags = parseFlags(args, problem);
  if (!flags) return usage(problem);
  if (command == "validate") return validate(*flags);
  if (command == "get") return declic_pack::getField(flags->paths);
  if (command == "print") {
    if (flags->paths.size() != 1 || flags->output.empty())
      return usage("print takes PACK -o FILE.pdf [--lang fr|en] [--paper letter|a4] [--bleed sheet|each]");
    return declic_pack::printPack(flags->paths[0], flags->output, flags->english, flags->a4, flags->bleedEach);
  }
  if (command == "export") {
    if (!(flags->csv || flags->hsds) || flags->paths.size() != 1 || flags->output.empty())
      return usage("export takes PACK --format csv -o FILE.csv, or PACK --format hsds -o FOLDER");
    return flags->hsds ? declic_pack::exportHsds(flags->paths[0], flags->output)
                       : declic_pack::exportCsv(flags->paths[0], flags->output);
  }
  if (command == "import") {
    if (!(flags->csv || flags->hsds) || flags->paths.size() != 2)
      return usage("import takes PACK --format csv FILE.csv, or PACK --format hsds services.json");
    return flags->hsds ? declic_pack::importHsds(flags->paths[0], flags->paths[1], flags->today, flags->english)
                       : declic_pack::importCsv(flags->paths[0], flags->paths[1], flags->today, flags->english);
  }
  if (command == "set") return declic_pack::setField(flags->paths, flags->today);
  if (command == "stats") return stats(*flags);
  if (command == "schema") {
    if (!flags->paths.empty()) return usage("schema takes no folder");
    std::cout << jsonSchema();
    return 0;
  }
  if (command == "new") {
    if (flags->paths.size() != 1) return usage("new takes one folder name");
    std::string error;
    if (!flags->extends.empty()) {
      const std::string folder = flags->paths[0];
      OverlayBase base;
      base.extends = flags->extends;
      // Read the base to take a real category and territory from it.
      std::filesystem::path basePath = (std::filesystem::path(folder) / flags->extends).lexically_normal();
      if (!std::filesystem::is_directory(basePath)) basePath = flags->extends;
      if (!std::filesystem::is_directory(basePath))
        for (const auto& dir : game::packSearchPath(nullptr))
          if (std::filesystem::is_directory(std::filesystem::path(dir) / flags->extends))
            basePath = std::filesystem::path(dir) / flags->extends;
      LoadResult loaded = loadPack(basePath.string());
      if (loaded.pack.info.id.empty()) {
        std::cerr << "declic-pack: no base pack '" << flags->extends << "' (a folder relative to " << folder
                  << ", or an installed pack's id like chaudiere-appalaches)\n";
        return 1;
      }
      if (!loaded.pack.categories.empty()) base.categoryId = loaded.pack.categories.front().id;
      if (!loaded.pack.territories.empty()) base.territoryId = loaded.pack.territories.front().id;
      if (!loaded.pack.themes.empty()) base.themeId = loaded.pack.themes.front().id;
      if (!writeOverlayStarter(folder, base, game::content::today().iso(), error)) {
        std::cerr << "declic-pack: " << error << "\n";
        return 1;
      }
      std::cout << "An overlay of " << loaded.pack.info.name.get("fr") << " is in " << folder
                << ". Add your resources to ressources.yaml, then run:\n  declic-pack validate " << folder << "\n";
      return 0;
    }
    if (!writeStarterPack(flags->paths[0], game::content::today().iso(), error)) {
      std::cerr << "declic-pack: " << error << "\n";
      return 1;
    }
    std::cout << "A new pack is in " << flags->paths[0] << ". Edit its files, then run:\n  declic-pack validate "
              << flags->paths[0] << "\n";
    return 0;
  }
  return usage("unknown command '" + command + "'");
}
