// Editing a pack as a facilitator would: one changed field is one changed
// line, an unchanged save moves no byte, every edit undoes, and unsaved work
// survives a crash in the recovery file.
#include <doctest/doctest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "game/content/pack_document.h"
#include "game/content/resource_table.h"
#include "temp_pack.h"

using namespace game::content;
namespace fs = std::filesystem;

namespace {

std::string bundled() { return std::string(DECLIC_SOURCE_DIR) + "/content/chaudiere-appalaches"; }

std::vector<std::string> lines(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  for (std::string l; std::getline(in, l);) out.push_back(l);
  return out;
}

// How many lines differ between two texts of the same line count (-1: counts differ).
int changedLines(const std::string& a, const std::string& b) {
  auto la = lines(a), lb = lines(b);
  if (la.size() != lb.size()) return -1;
  int n = 0;
  for (std::size_t i = 0; i < la.size(); ++i) n += la[i] != lb[i];
  return n;
}

std::string readFile(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// A copy of the bundled pack to edit, with the recovery files kept apart.
struct PackCopy {
  fs::path dir;
  explicit PackCopy(const std::string& name) {
    dir = fs::temp_directory_path() / ("declic-doc-" + name + "-" + std::to_string(::getpid()));
    fs::remove_all(dir);
    fs::copy(bundled(), dir, fs::copy_options::recursive);
    ::setenv("XDG_STATE_HOME", (dir.string() + "-state").c_str(), 1);
  }
  ~PackCopy() {
    std::error_code ec;
    fs::remove_all(dir, ec);
    fs::remove_all(dir.string() + "-state", ec);
  }
};

}  // namespace

TEST_CASE("every field of every item of the bundled pack is edited on its own line and undone to the byte") {
  std::string error;
  auto doc = PackDocument::open(bundled(), error);
  REQUIRE_MESSAGE(doc, error);
  int edited = 0;
  for (const auto& item : doc->items()) {
    for (const auto& path : doc->fieldPaths(item)) {
      if (path == "id" || path.ends_with("checked_on") || path.ends_with("points") || path.ends_with("move") ||
          path.ends_with("answer") || path.ends_with("everyone") || path.ends_with("territories") ||
          path.ends_with("resources") || path.ends_with("essentials") || path.ends_with("languages") ||
          path.ends_with("authors") || path.ends_with("at") || path.ends_with("to") || path.ends_with("die_sides") ||
          path.ends_with("map") ||
          path.ends_with("rounds") || path.ends_with("goal_points") || path.ends_with("cooperative_goal"))
        continue;  // numbers, booleans, dates and lists: covered by the typed test below
      auto value = doc->get(item, path);
      REQUIRE_MESSAGE(value, item.id << " " << path);
      const std::string before = doc->files()[item.file].text;
      const std::string changed = *value + " (revu : oui, #2)";
      REQUIRE_MESSAGE(doc->set(item, path, changed, error), item.id << " " << path << ": " << error);
      CHECK_MESSAGE(doc->get(item, path) == changed, item.id << " " << path);
      const std::string after = doc->files()[item.file].text;
      // A multi-line value may become one line; otherwise exactly one line moves.
      const int moved = changedLines(before, after);
      CHECK_MESSAGE((moved == 1 || moved == -1), item.id << " " << path << " moved " << moved << " lines");
      REQUIRE(doc->undo());
      REQUIRE_MESSAGE(doc->files()[item.file].text == before, item.id << " " << path);
      ++edited;
    }
  }
  CHECK(edited > 1500);
  CHECK_FALSE(doc->modified());
}

TEST_CASE("typed fields, absent fields and lists are written so that the pack still loads them") {
  TempPack pack("doc-types");
  pack.starter();
  ::setenv("XDG_STATE_HOME", (pack.path() + "-state").c_str(), 1);
  std::string error;
  auto doc = PackDocument::open(pack.path(), error);
  REQUIRE_MESSAGE(doc, error);
  auto items = doc->items();
  REQUIRE(items.size() > 3);
  std::optional<ItemRef> resource, scenario;
  for (auto& i : items) {
    if (i.kind == "resource" && !resource) resource = i;
    if (i.kind == "scenario" && !scenario) scenario = i;
  }
  REQUIRE(resource);
  REQUIRE(scenario);
  const LoadResult clean = doc->validate({.today = kTestToday});
  REQUIRE(clean.ok());

  SUBCASE("an email added where there was none is one new line, and loads") {
    const std::string before = doc->files()[resource->file].text;
    REQUIRE_FALSE(doc->get(*resource, "email"));
    REQUIRE_MESSAGE(doc->set(*resource, "email", "accueil@example.org", error), error);
    CHECK(lines(doc->files()[resource->file].text).size() == lines(before).size() + 1);
    LoadResult r = doc->validate({.today = kTestToday});
    CHECK(r.ok());
    CHECK(r.pack.resources.front().contact.email == "accueil@example.org");
  }
  SUBCASE("a date, a number and a boolean stay their type") {
    REQUIRE_MESSAGE(doc->set(*resource, "checked_on", "2026-11-20", error), error);
    REQUIRE_MESSAGE(doc->set(*scenario, "choices.0.points", "3", error), error);
    LoadResult r = doc->validate({.today = kTestToday});
    CHECK(r.ok());
    CHECK(r.pack.resources.front().provenance.checkedOn == Date{2026, 11, 20});
    CHECK(r.pack.scenarios.front().choices[0].outcome.points == 3);
  }
  SUBCASE("a text with a French colon and quotes is quoted and reads back") {
    const std::string tricky = "Appelez : « le 211 », c’est \"gratuit\" # vraiment";
    REQUIRE_MESSAGE(doc->set(*resource, "what.fr", tricky, error), error);
    LoadResult r = doc->validate({.today = kTestToday});
    CHECK(r.ok());
    CHECK(r.pack.resources.front().what.get("fr") == tricky);
  }
  SUBCASE("a list is written on its line") {
    REQUIRE_MESSAGE(doc->set(*resource, "territories", "all", error), error);
    LoadResult r = doc->validate({.today = kTestToday});
    CHECK(r.pack.resources.front().allTerritories);
  }
  SUBCASE("a field the kind does not have is refused with the list of fields") {
    CHECK_FALSE(doc->set(*resource, "telephone", "418 555-0199", error));
    CHECK(error.find("phone") != std::string::npos);
    CHECK_FALSE(doc->modified());
  }
  SUBCASE("add, copy, rename with its references, move and delete, each undone") {
    const auto texts = [&] {
      std::vector<std::string> t;
      for (auto& f : doc->files()) t.push_back(f.text);
      return t;
    };
    const auto start = texts();
    REQUIRE_MESSAGE(doc->addItem("resources", resource->file,
                                 {{"id", "centre-montmagny"},
                                  {"name.fr", "Centre d’entraide"},
                                  {"name.en", "Help centre"},
                                  {"category", doc->get(*resource, "category").value()},
                                  {"territories", doc->get(*resource, "territories").value()},
                                  {"what.fr", "Aide : repas, transport."},
                                  {"what.en", "Help: meals, transport."},
                                  {"source", "https://example.org"},
                                  {"checked_on", "2026-11-23"}},
                                 error),
                    error);
    CHECK(doc->validate({.today = kTestToday}).ok());
    REQUIRE(doc->findItem("centre-montmagny"));
    const std::string oldId = resource->id;
    REQUIRE_FALSE(doc->referencesTo(oldId).empty());
    REQUIRE_MESSAGE(doc->renameId(*doc->findItem(oldId), "ressource-renommee", error), error);
    CHECK(doc->referencesTo(oldId).empty());
    CHECK_FALSE(doc->referencesTo("ressource-renommee").empty());
    CHECK(doc->validate({.today = kTestToday}).ok());
    REQUIRE_MESSAGE(doc->moveItem(*doc->findItem("centre-montmagny"), "ressources-montmagny.yaml", error), error);
    CHECK(doc->findItem("centre-montmagny")->file != resource->file);
    CHECK(doc->validate({.today = kTestToday}).ok());
    REQUIRE_MESSAGE(doc->duplicateItem(*doc->findItem("centre-montmagny"), "centre-copie", error), error);
    REQUIRE_MESSAGE(doc->removeItem(*doc->findItem("centre-copie"), error), error);
    CHECK_FALSE(doc->findItem("centre-copie"));
    CHECK(doc->historyLabels().size() == 5);
    while (doc->undo()) {
    }
    auto back = texts();
    back.resize(start.size());  // the moved-to file stays known, empty
    CHECK(back == start);
    REQUIRE(doc->redo());
    CHECK(doc->findItem("centre-montmagny"));
  }
}

TEST_CASE("saving writes only what changed, keeps a backup, and never overwrites a file changed on disk") {
  PackCopy copy("save");
  std::string error;
  auto doc = PackDocument::open(copy.dir.string(), error);
  REQUIRE(doc);
  std::map<std::string, std::string> before;
  for (auto& f : doc->files()) before[f.path] = readFile(f.path);

  // No change: every file byte-identical, no backup made.
  REQUIRE(doc->save(error));
  for (auto& [path, text] : before) CHECK(readFile(path) == text);
  CHECK_FALSE(fs::exists(doc->files()[1].path + ".bak"));

  auto item = doc->findItem("omh-levis");
  REQUIRE(item);
  REQUIRE(doc->set(*item, "phone", "418 555-0000", error));
  const std::string path = doc->files()[item->file].path;
  REQUIRE(doc->save(error));
  CHECK(changedLines(before[path], readFile(path)) == 1);
  CHECK(readFile(path + ".bak") == before[path]);
  for (auto& [p, text] : before)
    if (p != path) CHECK(readFile(p) == text);

  // Someone else edits the file: the next save refuses and names it.
  REQUIRE(doc->set(*item, "phone", "418 555-1111", error));
  {
    std::ofstream out(path, std::ios::app);
    out << "# changé ailleurs\n";
  }
  CHECK_FALSE(doc->changedOnDisk().empty());
  CHECK_FALSE(doc->save(error));
  CHECK(error.find(fs::path(path).filename().string()) != std::string::npos);
  CHECK(readFile(path).find("# changé ailleurs") != std::string::npos);
  // The facilitator chooses to reload: the outside change is kept.
  REQUIRE(doc->reloadFromDisk(item->file, error));
  CHECK(doc->files()[item->file].text.find("# changé ailleurs") != std::string::npos);
}

TEST_CASE("unsaved edits survive a crash in the recovery file, apart from the pack") {
  PackCopy copy("recover");
  std::string error;
  std::string recovery;
  std::map<std::string, std::string> disk;
  {
    auto doc = PackDocument::open(copy.dir.string(), error);
    REQUIRE(doc);
    for (auto& f : doc->files()) disk[f.path] = f.text;
    auto item = doc->findItem("omh-levis");
    REQUIRE(doc->set(*item, "hours.fr", "Lundi au vendredi, 8 h 30 à 16 h 30", error));
    REQUIRE(doc->writeRecovery(error));
    recovery = doc->recoveryPath();
    // The editor dies here: no save.
  }
  CHECK(fs::exists(recovery));
  CHECK(recovery.find(copy.dir.string() + "/") == std::string::npos);  // not inside the pack
  for (auto& [path, text] : disk) CHECK(readFile(path) == text);

  auto doc = PackDocument::open(copy.dir.string(), error);
  REQUIRE(doc);
  REQUIRE(doc->hasRecovery());
  REQUIRE_MESSAGE(doc->restoreRecovery(error), error);
  CHECK(doc->get(*doc->findItem("omh-levis"), "hours.fr") == "Lundi au vendredi, 8 h 30 à 16 h 30");
  CHECK(doc->modified());
  REQUIRE(doc->save(error));
  CHECK_FALSE(doc->hasRecovery());  // saved: nothing left to recover
}

TEST_CASE("a spreadsheet import is one undo step, and export then import changes nothing") {
  PackCopy copy("csv");
  std::string error;
  auto doc = PackDocument::open(copy.dir.string(), error);
  REQUIRE(doc);
  const std::string csv = exportResourcesCsv(*doc, {"fr", "en"});
  CsvImportResult same = importResourcesCsv(*doc, csv, "ressources.csv");
  CHECK(same.problems.empty());
  CHECK(same.updated == 0);
  CHECK_FALSE(doc->modified());
  CHECK(doc->historyLabels().empty());

  // A Windows-1252 file with semicolons, as Excel saves it in French.
  const std::string excel = "id;phone;hours.fr\r\nomh-levis;418 555-0000;8 h 30 \xE0 16 h\r\n";
  CsvImportResult r = importResourcesCsv(*doc, excel, "excel.csv");
  CHECK(r.problems.empty());
  CHECK(r.updated == 1);
  CHECK(doc->get(*doc->findItem("omh-levis"), "hours.fr") == "8 h 30 à 16 h");
  CHECK(doc->historyLabels().size() == 1);
  REQUIRE(doc->undo());
  CHECK_FALSE(doc->modified());
}

TEST_CASE("csv cells: quotes, separators inside quotes, line breaks, Windows-1252") {
  auto rows = parseCsv("a,\"b, c\",\"d \"\"e\"\"\"\r\n\"f\ng\",,h\n", ',');
  REQUIRE(rows.size() == 2);
  CHECK(rows[0] == std::vector<std::string>{"a", "b, c", "d \"e\""});
  CHECK(rows[1] == std::vector<std::string>{"f\ng", "", "h"});
  CHECK(guessSeparator("id;name.fr;phone") == ';');
  CHECK(toUtf8("caf\xE9 \x92") == "café ’");
  CHECK(toUtf8("café") == "café");
}

TEST_CASE("a file saved on Windows (CRLF) keeps CRLF on every line after an edit") {
  TempPack pack("doc-crlf");
  pack.starter();
  std::string text;
  {
    std::ifstream in(pack.file("contenu.yaml"), std::ios::binary);
    std::string line;
    while (std::getline(in, line)) text += line + "\r\n";
  }
  pack.write("contenu.yaml", text);
  ::setenv("XDG_STATE_HOME", (pack.path() + "-state").c_str(), 1);
  std::string error;
  auto doc = PackDocument::open(pack.path(), error);
  REQUIRE(doc);
  std::optional<ItemRef> resource;
  for (auto& i : doc->items())
    if (i.kind == "resource") resource = i;
  REQUIRE(resource);
  REQUIRE_MESSAGE(doc->set(*resource, "email", "accueil@example.org", error), error);
  REQUIRE_MESSAGE(doc->duplicateItem(*resource, "copie-crlf", error), error);
  const std::string& after = doc->files()[resource->file].text;
  std::size_t lf = 0, crlf = 0;
  for (std::size_t i = 0; i < after.size(); ++i)
    if (after[i] == '\n') (i > 0 && after[i - 1] == '\r' ? crlf : lf)++;
  CHECK(lf == 0);
  CHECK(crlf > 10);
  CHECK(doc->validate({.today = kTestToday}).ok());
}

TEST_CASE("a choice and a board space are added and removed in place; shortcuts still land where they did") {
  PackCopy copy("doc-lists");
  std::string error;
  auto doc = PackDocument::open(copy.dir.string(), error);
  REQUIRE(doc);
  auto count = [&](const ItemRef& item, const std::string& list) {
    std::size_t n = 0;
    while (doc->get(item, list + "." + std::to_string(n) + "." + (list == "spaces" ? "type" : "text.fr"))) ++n;
    return n;
  };
  std::optional<ItemRef> scenario, board;
  for (const auto& item : doc->items()) {
    if (!scenario && item.kind == "scenario" && count(item, "choices") < 4) scenario = item;
    if (!board && item.kind == "board") {  // a board with shortcuts (« Mon quartier »)
      for (std::size_t i = 0; i < 60 && !board; ++i)
        if (doc->get(item, "spaces." + std::to_string(i) + ".jump.to")) board = item;
    }
  }
  REQUIRE(scenario);
  REQUIRE(board);
  const std::string before = doc->files()[scenario->file].text;

  // A third (or fourth) choice, complete in both languages: the pack still loads clean.
  const std::size_t choices = count(*scenario, "choices");
  REQUIRE(doc->insertListEntry(*scenario, "choices", choices,
                               {{"text.fr", "J’appelle le 211."}, {"text.en", "I call 211."},
                                {"feedback.fr", "Le 211 vous oriente."}, {"feedback.en", "211 points you the right way."}},
                               error));
  CHECK(count(*scenario, "choices") == choices + 1);
  CHECK(doc->get(*scenario, "choices." + std::to_string(choices) + ".text.fr") == "J’appelle le 211.");
  CHECK_FALSE(doc->validate().report.hasErrors());
  REQUIRE(doc->removeListEntry(*scenario, "choices", choices, error));
  CHECK(doc->files()[scenario->file].text == before);  // removed to the byte

  // A rest space before space 2: every shortcut keeps its landing space.
  const std::string boardBefore = doc->files()[board->file].text;
  const std::size_t spaces = count(*board, "spaces");
  std::vector<std::pair<std::size_t, std::size_t>> jumps;  // from, to
  for (std::size_t i = 0; i < spaces; ++i)
    if (auto to = doc->get(*board, "spaces." + std::to_string(i) + ".jump.to")) jumps.push_back({i, std::stoul(*to)});
  REQUIRE(jumps.size() >= 2);
  const std::size_t at = 2;
  REQUIRE(doc->insertListEntry(*board, "spaces", at, {{"type", "rest"}}, error));
  CHECK(count(*board, "spaces") == spaces + 1);
  CHECK(doc->get(*board, "spaces.2.type") == "rest");
  for (auto [from, to] : jumps) {
    CAPTURE(from);
    const std::size_t newFrom = from + (from >= at), newTo = to + (to >= at);
    CHECK(doc->get(*board, "spaces." + std::to_string(newFrom) + ".jump.to") == std::to_string(newTo));
  }
  CHECK_FALSE(doc->validate().report.hasErrors());
  REQUIRE(doc->removeListEntry(*board, "spaces", at, error));
  CHECK(doc->files()[board->file].text == boardBefore);

  // The space a shortcut lands on is not removed: the message names the shortcut.
  CHECK_FALSE(doc->removeListEntry(*board, "spaces", jumps[0].second, error));
  CHECK(error.find("shortcut of space " + std::to_string(jumps[0].first)) != std::string::npos);
  CHECK(doc->files()[board->file].text == boardBefore);
  // Each of these was one undo step.
  CHECK(doc->undo());
  CHECK(doc->files()[board->file].text != boardBefore);
}
