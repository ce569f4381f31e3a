#include "game/content/loader.h"

#include <algorithm>
#include <chrono>
#include <ctime>
#include <filesystem>
#include <set>
#include <sstream>

#include "engine/utf8.h"
#include "item_reader.h"
#include "overlay.h"
#include "pack_files.h"
#include "validate.h"
#include "yaml_traps.h"
#include "yaml_tree.h"

namespace fs = std::filesystem;

namespace game::content {

Date today() {
  std::time_t now = std::time(nullptr);
  std::tm local{};
  localtime_r(&now, &local);
  return {local.tm_year + 1900, local.tm_mon + 1, local.tm_mday};
}

namespace {

// Everything one pack folder holds before it is merged with its base.
struct PackSource {
  Pack pack;
  std::vector<OverlayOp> ops;
  std::size_t items = 0;
  std::vector<std::string> unreadable;  // files that did not parse: checks that need them wait
};

class FileReader {
 public:
  FileReader(const std::string& file, PackSource& source, Report& report, const LoadLimits& limits)
      : file_(file), source_(source), pack_(source.pack), report_(report), limits_(limits) {}

  // Where the last item read began, and the report's size before it: an item
  // cut short by a syntax error just after it is not reported as incomplete.
  int lastItemLine = 0;
  std::size_t reportBeforeLastItem = 0;

  void readItem(const std::string& section, const YNode& node) {
    lastItemLine = node.line;
    reportBeforeLastItem = report_.items().size();
    if (++source_.items > limits_.maxItems) {
      if (source_.items == limits_.maxItems + 1)
        report_.error({file_, node.line, node.column}, {},
                      "more than " + std::to_string(limits_.maxItems) + " items in the pack", "split it into smaller packs");
      return;
    }
    const ItemSpec* spec = sectionSpec(section);
    if (!spec) return;  // unknown sections are reported once, on their key
    if (readOverlayOp(section, *spec, node)) return;
    ItemReader r(node, *spec, file_, report_, languages());
    if (!r.isMap()) return;
    if (r.has("replace") && r.boolean("replace", false))
      source_.ops.push_back({section, r.itemId(), OverlayOp::Kind::Replace, r.origin()});
    if (section == "territories") readTerritory(r);
    else if (section == "categories") readCategory(r);
    else if (section == "resources") readResource(r);
    else if (section == "rights") readRight(r);
    else if (section == "scenarios") readScenario(r);
    else if (section == "events") readEvent(r);
    else if (section == "themes") readTheme(r);
    else if (section == "discussions") readDiscussion(r);
  }

  void readRoot(const YNode& root, bool isPackInfo) {
    std::vector<std::string> allowed = contentSections();
    if (isPackInfo)
      for (const auto& k : itemSpec("pack").keys()) allowed.push_back(k);
    for (std::size_t i = 0; i < root.mapSize(); ++i) {
      const YNode& key = root.key(i);
      const YNode& value = root.value(i);
      if (std::find(allowed.begin(), allowed.end(), key.scalar) == allowed.end()) {
        const auto& packKeys = itemSpec("pack").keys();
        if (!isPackInfo && std::find(packKeys.begin(), packKeys.end(), key.scalar) != packKeys.end()) {
          report_.error(at(key), {}, "'" + key.scalar + "' belongs in pack.yaml", "move it to the pack's pack.yaml");
          continue;
        }
        std::string hint = engine::closestMatch(key.scalar, allowed);
        report_.error(at(key), {}, "unknown section '" + key.scalar + "'",
                      hint.empty() ? "sections are: territories, themes, categories, resources, rights, scenarios, events, discussions, board"
                                   : "did you mean '" + hint + "'?");
        continue;
      }
      if (sectionSpec(key.scalar) && !value.isSequence() && !value.isNull()) {
        report_.error(at(value), {}, "'" + key.scalar + "' should be a list of items",
                      "write each item on its own line starting with '- id: ...'");
      }
      if (key.scalar == "board") readBoard(value);
      if (key.scalar == "boards") {
        if (!value.isSequence()) {
          report_.error(at(value), {}, "'boards' should be a list of boards", "start each board with '- id: ...'");
        } else {
          for (const YNode& b : value.children) readBoard(b, true);
        }
      }
    }
    if (isPackInfo) readInfo(root);
  }

  const std::vector<std::string>& languages() const {
    static const std::vector<std::string> french = {"fr"};
    return pack_.info.languages.empty() ? french : pack_.info.languages;
  }

 private:
  Origin at(const YNode& n) const { return {file_, n.line, n.column}; }

  void remember(const ItemReader& r, const char* kind, const std::string& id, const char* field) {
    if (r.has(field)) pack_.fieldOrigins[std::string(kind) + "/" + id + "/" + field] = r.originOf(field);
  }

  // "- id: x\n  remove: true": only the id is needed.
  bool readOverlayOp(const std::string& section, const ItemSpec& spec, const YNode& node) {
    const YNode* remove = node.isMap() ? node.find("remove") : nullptr;
    if (!remove) return false;
    std::optional<bool> removing = readBoolean(*remove);
    if (!removing) {
      // Neither removed nor read as a card: reading it as a card would bury
      // this under errors about missing keys, and removing on a guess is unsafe.
      report_.error(at(*remove), {}, "'remove' should be true or false, found " + kindOf(*remove),
                    remove->quoted ? "remove the quotes" : "write remove: true");
      return true;
    }
    if (!*removing) return false;
    std::string id;
    if (const YNode* idNode = node.find("id"); idNode && idNode->isScalar()) id = idNode->scalar;
    for (std::size_t i = 0; i < node.mapSize(); ++i) {
      const std::string& k = node.key(i).scalar;
      if (k != "id" && k != "remove")
        report_.error(at(node.key(i)), id, "a removed " + spec.name + " needs only its id; '" + k + "' is ignored",
                      "remove the other keys");
    }
    if (id.empty()) report_.error(at(node), {}, "a removal needs the id of the " + spec.name + " to remove");
    else source_.ops.push_back({section, id, OverlayOp::Kind::Remove, at(node)});
    return true;
  }

  void readInfo(const YNode& root) {
    // Sections are allowed in pack.yaml too (readRoot checks them).
    ItemReader r(root, itemSpec("pack"), file_, report_, languages(), "pack", contentSections());
    PackInfo& info = pack_.info;
    info.origin = r.origin();
    info.id = r.id();
    info.version = r.string("version");
    info.region = r.string("region");
    info.authors = r.stringList("authors");
    info.licence = r.string("licence");
    info.checkedOn = r.date("checked_on");
    info.extends = r.string("extends");
    info.extendsOrigin = r.originOf("extends");
    info.name = r.text("name");
    info.description = r.text("description");
    info.essentials = r.refList("essentials");
    remember(r, "pack", "pack", "essentials");
    readList(r, "pronunciations", "pronunciation", "pack", "'pronunciations' should be a list",
             "start each with '- {written: Lotbinière, spoken: Lobinière}'", [&](ItemReader& wr) {
               info.pronunciations.push_back({wr.string("written"), wr.text("spoken")});
             });
  }

  void readTerritory(ItemReader& r) {
    Territory t;
    t.origin = r.origin();
    t.id = r.id();
    t.name = r.text("name");
    t.kind = r.enumeration("kind", "mrc") == "city" ? TerritoryKind::City : TerritoryKind::Mrc;
    t.seat = r.string("seat");
    t.office = r.ref("office");
    t.essentials = r.refList("essentials");
    t.officeNote = r.text("office_note");
    t.mapCell = r.gridCell("map");
    for (const char* field : {"office", "essentials"}) remember(r, "territory", t.id, field);
    t.provenance = r.provenance();
    pack_.territories.push_back(std::move(t));
  }

  void readTheme(ItemReader& r) {
    Theme t;
    t.origin = r.origin();
    t.id = r.id();
    t.name = r.text("name");
    t.color = r.formatted("color");
    pack_.themes.push_back(std::move(t));
  }

  void readDiscussion(ItemReader& r) {
    Discussion d;
    d.origin = r.origin();
    d.id = r.id();
    d.question = r.text("question");
    d.theme = r.ref("theme");
    d.outcome.points = r.integer("points", 1, 0, 10);
    d.outcome.everyone = r.boolean("everyone", true);
    const YNode* answers = readList(r, "answers", "answer", d.id, "'answers' should be a list of 2 or 3 answers",
                                    "start each answer with '- text: ...'",
                                    [&](ItemReader& ar) { d.answers.push_back(ar.text("text")); });
    if (answers && (answers->children.size() < 2 || answers->children.size() > 3))
      r.error(*answers, "this discussion card has " + std::to_string(answers->children.size()) + " answer(s); it needs 2 or 3",
              answers->children.size() < 2 ? "add an answer a tenant might give" : "keep the three clearest");
    remember(r, "discussion", d.id, "theme");
    pack_.discussions.push_back(std::move(d));
  }

  void readCategory(ItemReader& r) {
    Category c;
    c.origin = r.origin();
    c.id = r.id();
    c.name = r.text("name");
    c.icon = r.formatted("icon");
    c.color = r.formatted("color");
    remember(r, "category", c.id, "icon");
    pack_.categories.push_back(std::move(c));
  }

  void readResource(ItemReader& r) {
    Resource res;
    res.origin = r.origin();
    res.id = r.id();
    res.name = r.text("name");
    res.category = r.ref("category");
    res.theme = r.ref("theme");
    res.allTerritories = r.territories("territories", res.territories, false);
    res.what = r.text("what");
    res.who = r.text("who");
    res.callScript = r.text("call_script");
    res.contact.phone = r.formatted("phone");
    res.contact.tollFree = r.formatted("toll_free");
    res.contact.address = r.string("address");
    res.contact.website = r.formatted("website");
    res.contact.email = r.formatted("email");
    res.contact.hours = r.text("hours");
    res.logo = r.formatted("logo");
    res.provenance = r.provenance();
    for (const char* field : {"category", "territories", "logo", "theme"}) remember(r, "resource", res.id, field);
    pack_.resources.push_back(std::move(res));
  }

  void readRight(ItemReader& r) {
    Right right;
    right.origin = r.origin();
    right.id = r.id();
    right.statement = r.text("statement");
    right.answer = r.boolean("answer", true);
    right.explanation = r.text("explanation");
    right.legalReference = r.string("legal_reference");
    right.theme = r.ref("theme");
    remember(r, "right", right.id, "theme");
    right.resources = r.refList("resources");
    right.provenance = r.provenance();
    remember(r, "right", right.id, "resources");
    pack_.rights.push_back(std::move(right));
  }

  Outcome readOutcome(ItemReader& r, int pointsMin) {
    Outcome o;
    o.points = r.integer("points", 0, pointsMin, 10);
    o.move = r.integer("move", 0, -6, 6);
    if (r.has("everyone")) o.everyone = r.boolean("everyone", false);
    return o;
  }

  void readScenario(ItemReader& r) {
    Scenario s;
    s.origin = r.origin();
    s.id = r.id();
    s.title = r.text("title");
    s.situation = r.text("situation");
    s.theme = r.ref("theme");
    remember(r, "scenario", s.id, "theme");
    s.resources = r.refList("resources");
    s.allTerritories = r.territories("territories", s.territories, true);
    s.provenance = r.provenance();
    const YNode* choices = readList(r, "choices", "choice", s.id, "'choices' should be a list of 2 to 4 choices",
                                    "start each choice with '- text: ...'", [&](ItemReader& cr) {
                                      Choice choice;
                                      choice.origin = cr.origin();
                                      choice.text = cr.text("text");
                                      choice.feedback = cr.text("feedback");
                                      choice.outcome = readOutcome(cr, 0);
                                      s.choices.push_back(std::move(choice));
                                    });
    if (choices && (choices->children.size() < 2 || choices->children.size() > 4))
      r.error(*choices, "this scenario has " + std::to_string(choices->children.size()) + " choice(s); it needs 2 to 4",
              choices->children.size() < 2 ? "add a choice" : "keep the four clearest choices");
    for (const char* field : {"resources", "territories"}) remember(r, "scenario", s.id, field);
    pack_.scenarios.push_back(std::move(s));
  }

  void readEvent(ItemReader& r) {
    Event e;
    e.origin = r.origin();
    e.id = r.id();
    e.title = r.text("title");
    e.text = r.text("text");
    e.theme = r.ref("theme");
    remember(r, "event", e.id, "theme");
    e.image = r.formatted("image");
    remember(r, "event", e.id, "image");
    if (const YNode* effect = r.node("effect"); effect && !effect->isNull()) {
      ItemReader er(*effect, itemSpec("effect"), file_, report_, languages(), e.id);
      if (er.isMap()) e.effect = readOutcome(er, -10);
    }
    pack_.events.push_back(std::move(e));
  }

  void readBoard(const YNode& node, bool inList = false) {
    ItemReader r(node, itemSpec("board"), file_, report_, languages(), "board");
    if (!r.isMap()) return;
    Board board;
    board.origin = r.origin();
    if (inList || r.has("id")) board.id = r.id();
    board.name = r.text("name");
    if (inList && !r.has("name"))
      r.error(node, "a board in 'boards:' needs a name", "add 'name: {fr: ..., en: ...}', shown when choosing a board");
    board.layout = r.enumeration("layout", "loop") == "path" ? BoardLayout::Path : BoardLayout::Loop;
    if (const YNode* settings = r.node("settings"); settings && !settings->isNull()) {
      ItemReader sr(*settings, itemSpec("settings"), file_, report_, languages(), "board");
      if (sr.isMap()) {
        board.settings.rounds = sr.integer("rounds", 10, 1, 100);
        board.settings.goalPoints = sr.integer("goal_points", 0, 0, 1000);
        board.settings.cooperativeGoal = sr.integer("cooperative_goal", 0, 0, 1000);
        board.settings.dieSides = sr.integer("die_sides", 6, 2, 12);
      }
    }
    auto readSpace = [&](ItemReader& sr) {
      Space space;
      space.origin = sr.origin();
      space.kind = spaceKindNamed(sr.enumeration("type", "rest")).value_or(SpaceKind::Rest);
      space.territory = sr.ref("territory");
      if (sr.has("territory"))
        pack_.fieldOrigins["space/" + std::to_string(pack_.boards.size()) + "." + std::to_string(board.spaces.size()) +
                           "/territory"] = sr.originOf("territory");
      space.position = sr.position("at");
      space.playerMrc = sr.enumeration("mrc", "") == "player";
      if (const YNode* jump = sr.node("jump"); jump && !jump->isNull()) {
        ItemReader jr(*jump, itemSpec("jump"), file_, report_, languages(), "board");
        if (jr.isMap()) {
          Jump j;
          j.to = jr.integer("to", 0, 0, 1000);
          const std::string by = jr.enumeration("by", "bike");
          j.by = by == "bus" ? JumpKind::Bus : by == "walk" ? JumpKind::Walk : by == "setback" ? JumpKind::Setback
                                                                                     : JumpKind::Bike;
          space.jump = j;
        }
      }
      board.spaces.push_back(std::move(space));
    };
    readList(r, "spaces", "space", "board", "'spaces' should be a list", "start each space with '- type: ...'", readSpace);
    pack_.boards.push_back(std::move(board));
  }

  // An optional list of small maps under `key`: each entry that is a map is read
  // with `spec` and handed to `each`; anything but a list is reported. Returns
  // the list, for callers that check its length.
  template <class Each>
  const YNode* readList(ItemReader& r, const char* key, const char* spec, const std::string& owner,
                        const std::string& notAList, const char* hint, Each&& each) {
    const YNode* list = r.node(key);
    if (!list || list->isNull()) return nullptr;
    if (!list->isSequence()) {
      r.error(*list, notAList, hint);
      return nullptr;
    }
    for (const YNode& entry : list->children) {
      ItemReader er(entry, itemSpec(spec), file_, report_, languages(), owner);
      if (er.isMap()) each(er);
    }
    return list;
  }

  const std::string& file_;
  PackSource& source_;
  Pack& pack_;
  Report& report_;
  const LoadLimits& limits_;
};

// A line indented unlike any line above it (3 spaces among keys at 4): the
// usual cause of YAML's "end of map not found" for hand-written packs.
struct Misalignment {
  int line = 0, indent = 0, expected = 0;
};
std::optional<Misalignment> findMisalignment(const std::string& text, int errorLine) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string l; std::getline(in, l);) lines.push_back(l);
  auto indentOf = [](const std::string& l) -> int {
    const std::size_t first = l.find_first_not_of(' ');
    if (first == std::string::npos || l[first] == '#' || l[first] == '\r') return -1;
    return static_cast<int>(first);
  };
  // The parser may stop on the line after the misaligned one.
  for (int candidate = errorLine; candidate >= std::max(1, errorLine - 1); --candidate) {
    if (candidate > static_cast<int>(lines.size())) continue;
    const int indent = indentOf(lines[static_cast<std::size_t>(candidate - 1)]);
    if (indent < 0) continue;
    std::set<int> above;
    int previous = -1;
    for (int i = candidate - 1; i >= 1; --i) {
      const std::string& l = lines[static_cast<std::size_t>(i - 1)];
      const int n = indentOf(l);
      if (n < 0) continue;
      if (previous < 0) previous = n;
      above.insert(n);
      // "- key:" opens keys two columns further in.
      const std::size_t dash = l.find_first_not_of(' ');
      if (l.compare(dash, 2, "- ") == 0) above.insert(n + 2);
      if (n == 0) break;
    }
    if (previous < 0 || above.count(indent)) continue;
    return Misalignment{candidate, indent, previous};
  }
  return std::nullopt;
}

// Whether the syntax error at `errorLine` falls inside the item that began
// at `itemLine`: no other item of its list starts in between.
bool errorCutsItem(const std::string& text, int itemLine, int errorLine) {
  if (itemLine <= 0 || itemLine >= errorLine) return false;
  std::istringstream in(text);
  std::string l;
  int number = 0, itemIndent = -1;
  while (std::getline(in, l) && ++number < errorLine) {
    if (number < itemLine) continue;
    const std::size_t first = l.find_first_not_of(' ');
    if (first == std::string::npos || l[first] == '#') continue;
    if (number == itemLine) {
      itemIndent = static_cast<int>(first);
      continue;
    }
    if (static_cast<int>(first) <= itemIndent && l[first] == '-') return false;  // the next item began
    if (static_cast<int>(first) < itemIndent) return false;                      // a new section began
  }
  return true;
}

void parseInto(const std::string& text, const std::string& file, bool isPackInfo, PackSource& source, Report& report,
               const LoadLimits& limits) {
  FileReader reader(file, source, report, limits);
  // French text meets YAML: name every trap of the file, in plain words, before the parser stops at the first.
  const std::set<int> trapLines = reportYamlTraps(text, file, report);
  YamlLimits yamlLimits;
  yamlLimits.maxDepth = limits.maxNesting;
  // pack.yaml declares the languages: its own items wait until it is read.
  std::vector<std::pair<std::string, YNode>> deferred;
  try {
    std::vector<std::string> streamed;
    for (const auto& spec : packSchema())
      if (!spec.section.empty()) streamed.push_back(spec.section);
    YNode root = parseYaml(
        text, streamed,
        [&](const std::string& section, YNode&& item) {
          if (isPackInfo) deferred.emplace_back(section, std::move(item));
          else reader.readItem(section, item);
        },
        yamlLimits);
    if (isPackInfo) {
      if (const YNode* langs = root.find("languages"); langs && langs->isSequence()) {
        for (const YNode& l : langs->children)
          if (l.isScalar()) source.pack.info.languages.push_back(l.scalar);
      } else if (langs && langs->isScalar()) {
        // "languages: fr, en" reads as one text: say so, and go on with the languages meant.
        std::stringstream list(langs->scalar);
        for (std::string lang; std::getline(list, lang, ',');) {
          lang.erase(0, lang.find_first_not_of(' '));
          lang.erase(lang.find_last_not_of(' ') + 1);
          if (!lang.empty()) source.pack.info.languages.push_back(lang);
        }
        if (source.pack.info.languages.size() > 1)
          report.error({file, langs->line, langs->column}, "pack", "'languages' must be a list, in brackets",
                       "write languages: [" + langs->scalar + "]");
      }
    }
    reader.readRoot(root, isPackInfo);
    for (auto& [section, item] : deferred) reader.readItem(section, item);
  } catch (const YamlError& e) {
    source.unreadable.push_back(file);
    // A trap already named on this line (or the one above) is the cause: not said twice.
    const bool explained = trapLines.count(e.line) || trapLines.count(e.line - 1);
    // The item just before the error was cut by it: what it "lacks" is a knock-on.
    if (e.syntax && errorCutsItem(text, reader.lastItemLine, e.line)) report.dropFrom(reader.reportBeforeLastItem);
    const std::optional<Misalignment> misaligned = e.syntax ? findMisalignment(text, e.line) : std::nullopt;
    if (misaligned && !explained)
      report.error({file, misaligned->line, misaligned->indent + 1}, {},
                   "this line starts " + std::to_string(misaligned->indent) + " spaces in, the keys above it " +
                       std::to_string(misaligned->expected),
                   "line it up with the keys above: " + std::to_string(misaligned->expected) + " spaces");
    else if (e.syntax && !explained)
      report.error({file, e.line, e.column}, {}, std::string("this is not valid YAML: ") + e.what(),
                   "check the indentation and the ':' after each key on this line or the one above");
    else if (!e.syntax)
      report.error({file, e.line, e.column}, {}, e.what());
  }
}

// "pack/" and "pack" name one folder: a shell's completion adds the slash, and
// the files' names ("pack/pack.yaml") must read the same either way.
std::string folderName(std::string folder) {
  while (folder.size() > 1 && folder.back() == '/') folder.pop_back();
  return folder;
}

PackSource loadSource(const std::string& folderGiven, const LoadOptions& options, Report& report, int depth,
                      std::vector<std::string>& chain) {
  const std::string folder = folderName(folderGiven);
  PackSource source;
  source.pack.folder = folder;
  std::error_code ec;
  const fs::path dir(folder);
  if (!fs::is_directory(dir, ec)) {
    report.error({folder, 0, 0}, {}, "no pack folder here", "give the path of a folder holding a pack.yaml");
    return source;
  }
  const std::string infoPath = (dir / "pack.yaml").string();
  const auto* edited = depth == 0 ? options.fileTexts : nullptr;
  auto read = [&](const std::string& path) -> std::optional<std::string> {
    if (edited)
      if (auto it = edited->find(path); it != edited->end()) return it->second;
    return readPackText(path, options.limits, report);
  };
  if (auto text = read(infoPath)) {
    parseInto(*text, infoPath, true, source, report, options.limits);
  } else {
    return source;
  }
  if (source.pack.info.languages.empty()) source.pack.info.languages = {"fr"};
  std::vector<std::string> files = listPackFiles(folder, options.limits, report);
  if (edited)
    for (const auto& [path, text] : *edited)
      if (path != infoPath && std::find(files.begin(), files.end(), path) == files.end()) files.push_back(path);
  for (const auto& file : files) {
    if (auto text = read(file))
      parseInto(*text, file, false, source, report, options.limits);
    else
      source.unreadable.push_back(file);  // its items are missing: checks that need them wait
  }

  const std::string& extends = source.pack.info.extends;
  if (!extends.empty()) {
    fs::path basePath = fs::weakly_canonical(dir / extends, ec);
    // An id names an installed pack, wherever the game was installed.
    if (!fs::is_directory(basePath, ec) && extends.find('/') == std::string::npos)
      for (const auto& installed : options.packSearchPath)
        if (fs::is_directory(fs::path(installed) / extends, ec)) {
          basePath = fs::weakly_canonical(fs::path(installed) / extends, ec);
          break;
        }
    if (depth >= options.limits.maxExtendsDepth) {
      report.error(source.pack.info.origin, "pack", "packs extend each other more than " +
                                                        std::to_string(options.limits.maxExtendsDepth) + " levels deep");
    } else if (std::find(chain.begin(), chain.end(), basePath.string()) != chain.end()) {
      report.error(source.pack.info.extendsOrigin, "pack", "'extends' goes round in a circle back to " + basePath.string(),
                   "a pack cannot extend itself, directly or through another pack");
    } else {
      chain.push_back(basePath.string());
      if (!fs::is_directory(basePath, ec)) {
        report.error(source.pack.info.extendsOrigin, "pack", "the base pack '" + extends + "' was not found",
                     "'extends' is a folder path relative to this pack, like ../chaudiere-appalaches, or the id "
                     "of an installed pack, like chaudiere-appalaches");
        // Its board, texts and ids are unknown: checks that need them wait, no knock-on errors.
        source.unreadable.push_back(extends);
        source.ops.clear();
      } else {
        Report baseReport;
        PackSource base = loadSource(basePath.string(), options, baseReport, depth + 1, chain);
        for (const auto& d : baseReport.items()) report.add(d);
        Pack merged = mergeOverlay(std::move(base.pack), std::move(source.pack), source.ops, report);
        source.pack = std::move(merged);
        source.ops.clear();
      }
    }
  } else {
    for (const auto& op : source.ops)
      report.error(op.origin, op.id, std::string("'") + (op.kind == OverlayOp::Kind::Remove ? "remove" : "replace") +
                                         "' only works in a pack that extends another",
                   "add 'extends: ../base-pack' to pack.yaml, or remove the key");
  }
  return source;
}

}  // namespace

void parsePackFile(const std::string& text, const std::string& fileName, bool isPackInfo, Pack& pack, Report& report,
                   const LoadLimits& limits) {
  PackSource source;
  source.pack = std::move(pack);
  parseInto(text, fileName, isPackInfo, source, report, limits);
  pack = std::move(source.pack);
}

LoadResult loadPack(const std::string& folderGiven, const LoadOptions& options) {
  const std::string folder = folderName(folderGiven);
  LoadResult result;
  std::vector<std::string> chain;
  std::error_code ec;
  chain.push_back(fs::weakly_canonical(folder, ec).string());
  PackSource source = loadSource(folder, options, result.report, 0, chain);
  result.pack = std::move(source.pack);
  result.pack.folder = folder;
  if (!result.report.hasErrors() || !result.pack.info.id.empty()) {
    ValidateOptions vo;
    vo.today = options.today ? *options.today : today();
    vo.checkImages = options.checkImages;
    vo.unreadableFiles = source.unreadable;
    validatePack(result.pack, result.report, vo);
  }
  result.report.sort();
  return result;
}

}  // namespace game::content
