#include "edit_commands.h"

#include <fstream>
#include <functional>
#include <iostream>
#include <sstream>

#include "engine/fonts.h"
#include "game/app/data_paths.h"
#include "game/content/pack_document.h"
#include "game/content/hsds.h"
#include "game/content/resource_table.h"
#include <filesystem>
#include "game/ui/print_deck.h"
#include "game/ui/text_fit.h"

using namespace game::content;

namespace declic_pack {
namespace {

std::optional<ItemRef> findOrSay(const PackDocument& doc, const std::string& id) {
  auto item = doc.findItem(id);
  if (!item) std::cerr << "declic-pack : aucun élément « " << id << " » dans " << doc.folder() << "\n";
  return item;
}

Report check(const PackDocument& doc, const std::optional<Date>& today, engine::FontLibrary& fonts) {
  LoadOptions options;
  options.today = today;
  options.packSearchPath = game::packSearchPath(nullptr);
  LoadResult result = doc.validate(options);
  if (!result.pack.info.id.empty()) game::checkTextFits(result.pack, fonts, result.report);
  return result.report;
}

}  // namespace

int getField(const std::vector<std::string>& args) {
  if (args.size() != 3) {
    std::cerr << "declic-pack: get takes PACK ITEM_ID FIELD, like: get content/mon-pack omh-levis phone\n";
    return 2;
  }
  std::string error;
  auto doc = PackDocument::open(args[0], error);
  if (!doc) {
    std::cerr << "declic-pack: " << error << "\n";
    return 1;
  }
  auto item = findOrSay(*doc, args[1]);
  if (!item) return 1;
  auto value = doc->get(*item, args[2]);
  if (!value) {
    std::cerr << "declic-pack : « " << args[1] << " » n’a pas de champ « " << args[2] << " »\n";
    return 1;
  }
  std::cout << *value << "\n";
  return 0;
}

int setField(const std::vector<std::string>& args, const std::optional<Date>& today) {
  if (args.size() != 4) {
    std::cerr << "declic-pack: set takes PACK ITEM_ID FIELD VALUE, like: set content/mon-pack omh-levis phone "
                 "\"418 555-0199\"\n";
    return 2;
  }
  std::string error;
  auto doc = PackDocument::open(args[0], error);
  if (!doc) {
    std::cerr << "declic-pack: " << error << "\n";
    return 1;
  }
  auto item = findOrSay(*doc, args[1]);
  if (!item) return 1;
  engine::FontLibrary fonts;
  const Report before = check(*doc, today, fonts);
  if (!doc->set(*item, args[2], args[3], error)) {
    std::cerr << "declic-pack: " << error << "\n";
    return 1;
  }
  const Report after = check(*doc, today, fonts);
  if (after.errorCount() > before.errorCount()) {
    std::cerr << "declic-pack : rien n’est écrit, ce changement rendrait le pack invalide :\n";
    for (const auto& d : after.items())
      if (d.severity == Severity::Error && (d.itemId == args[1] || d.itemId.empty())) std::cerr << d.formatIn(true) << "\n";
    return 1;
  }
  if (!doc->save(error)) {
    std::cerr << "declic-pack: " << error << "\n";
    return 1;
  }
  for (const auto& f : doc->files())
    if (f.savedText != f.text) return 1;  // cannot happen after a save: keep the exit honest
  return 0;
}

int printPack(const std::string& pack, const std::string& output, bool english, bool a4, bool bleedEach) {
  LoadOptions options;
  options.packSearchPath = game::packSearchPath(nullptr);
  LoadResult loaded = loadPack(pack, options);
  if (!loaded.ok()) {
    std::cerr << "declic-pack: the pack has errors; fix them first (declic-pack validate " << pack << ")\n";
    return 1;
  }
  engine::FontLibrary fonts;
  game::FontFiles files;
  for (int w = 0; w < engine::kFontWeightCount; ++w)
    files[static_cast<std::size_t>(w)] = fonts.resolvedPath(static_cast<engine::FontWeight>(w));
  game::PrintOptions print;
  print.language = english ? game::Language::English : game::Language::French;
  print.a4 = a4;
  print.bleed = bleedEach ? game::PrintBleed::Each : game::PrintBleed::Sheet;
  game::PrintResult result;
  std::string error;
  if (!game::writePrintAndPlay(loaded.pack, print, files, output, result, error)) {
    std::cerr << "declic-pack: " << error << "\n";
    return 1;
  }
  for (const auto& card : result.misfits) std::cerr << "warning: " << card.message << "\n";
  std::cout << output << ": " << result.pages << " pages, " << result.cards << " cards ("
            << (a4 ? "A4" : "US letter")
            << (bleedEach ? ", six cards a page, each with its own bleed" : ", nine cards a page")
            << "). Print double-sided, flip on the long edge, at 100 %.\n";
  return 0;
}

int exportCsv(const std::string& pack, const std::string& output) {
  std::string error;
  auto doc = PackDocument::open(pack, error);
  if (!doc) {
    std::cerr << "declic-pack: " << error << "\n";
    return 1;
  }
  LoadResult loaded = loadPack(pack);
  std::vector<std::string> languages = loaded.pack.info.languages;
  if (languages.empty()) languages = {"fr"};
  std::ofstream out(output, std::ios::binary);
  out << exportResourcesCsv(*doc, languages);
  if (!out.flush()) {
    std::cerr << "declic-pack: " << output << ": cannot be written\n";
    return 1;
  }
  std::cout << output << ": the resources, one per row; open it in LibreOffice or Excel, then "
               "declic-pack import " << pack << " --format csv " << output << "\n";
  return 0;
}

// Imports `file` into the pack at `pack` with `apply`, which prints its own
// problems and a summary line; writes the pack only if the import adds no error.
int importInto(const std::string& pack, const std::string& file, const std::optional<Date>& today,
               const std::function<bool(PackDocument&, const std::string&, std::string&)>& apply,
               const std::function<Diagnostic(const Diagnostic&, const PackDocument&)>& locate = {}) {
  std::string error;
  auto doc = PackDocument::open(pack, error);
  if (!doc) {
    std::cerr << "declic-pack: " << error << "\n";
    return 1;
  }
  std::ifstream in(file, std::ios::binary);
  if (!in) {
    std::cerr << "declic-pack: " << file << ": cannot be read\n";
    return 1;
  }
  std::stringstream bytes;
  bytes << in.rdbuf();
  engine::FontLibrary fonts;
  const Report before = check(*doc, today, fonts);
  std::string summary;
  const bool clean = apply(*doc, bytes.str(), summary);
  const Report after = check(*doc, today, fonts);
  if (after.errorCount() > before.errorCount()) {
    std::cerr << "declic-pack: nothing written: " << file << " would make the pack wrong:\n";
    for (const auto& d : after.forReading())
      if (d.severity == Severity::Error) std::cerr << (locate ? locate(d, *doc) : d).formatIn(true) << "\n";
    return 1;
  }
  if (!doc->save(error)) {
    std::cerr << "declic-pack: " << error << "\n";
    return 1;
  }
  std::cout << summary << "\n";
  return clean ? 0 : 1;
}

int importCsv(const std::string& pack, const std::string& file, const std::optional<Date>& today, bool english) {
  CsvImportResult result;
  return importInto(
      pack, file, today,
      [&](PackDocument& doc, const std::string& bytes, std::string& summary) {
        result = importResourcesCsv(doc, bytes, file);
        for (const auto& p : result.problems) std::cerr << (english ? p : problemInFrench(p)) << "\n";
        summary = std::to_string(result.updated) + " updated, " + std::to_string(result.added) + " added, " +
                  std::to_string(result.unchanged) + " unchanged";
        return result.problems.empty();
      },
      // A bad value is shown at its cell in the spreadsheet, where the facilitator fixes it.
      [&](const Diagnostic& d, const PackDocument& doc) { return result.atCell(d, doc); });
}

int exportHsds(const std::string& pack, const std::string& folder) {
  LoadOptions options;
  options.packSearchPath = game::packSearchPath(nullptr);
  LoadResult loaded = loadPack(pack, options);
  if (loaded.pack.info.id.empty()) {
    std::cerr << "declic-pack: " << pack << ": no pack here\n";
    return 1;
  }
  std::error_code ec;
  std::filesystem::create_directories(folder, ec);
  const std::string path = folder + "/services.json";
  std::ofstream out(path, std::ios::binary);
  out << exportHsdsServices(loaded.pack);
  if (!out.flush()) {
    std::cerr << "declic-pack: " << path << ": cannot be written\n";
    return 1;
  }
  std::cout << path << ": " << loaded.pack.resources.size() << " services (Open Referral HSDS 3.0)\n";
  return 0;
}

int importHsds(const std::string& pack, const std::string& file, const std::optional<Date>& today, bool english) {
  return importInto(pack, file, today, [&](PackDocument& doc, const std::string& json, std::string& summary) {
    LoadOptions options;
    options.packSearchPath = game::packSearchPath(nullptr);
    const LoadResult loaded = doc.validate(options);  // territories and categories to match against
    HsdsImportResult result = importHsdsServices(doc, loaded.pack, json, file);
    for (const auto& p : result.problems) std::cerr << (english ? p : problemInFrench(p)) << "\n";
    summary = std::to_string(result.added) + " added, " + std::to_string(result.updated) + " updated";
    return result.problems.empty();
  });
}

}  // namespace declic_pack
