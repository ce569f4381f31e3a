#include "validate.h"

#include <algorithm>
#include <deque>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>

#include "engine/utf8.h"
#include "game/content/loader.h"
#include "game/content/word_budget.h"

namespace fs = std::filesystem;

namespace game::content {

namespace {

class Validator {
 public:
  Validator(const Pack& pack, Report& report, const ValidateOptions& options)
      : pack_(pack), report_(report), options_(options) {}

  void run() {
    // Sorted id lists, built once: references are checked by binary search.
    resourceIds_ = ids(pack_.resources);
    territoryIds_ = ids(pack_.territories);
    categoryIds_ = ids(pack_.categories);
    checkInfo();
    checkDuplicates("territory", pack_.territories);
    checkDuplicates("category", pack_.categories);
    checkDuplicates("resource", pack_.resources);
    checkDuplicates("right", pack_.rights);
    checkDuplicates("scenario", pack_.scenarios);
    checkDuplicates("event", pack_.events);
    checkDuplicates("theme", pack_.themes);
    checkDuplicates("discussion", pack_.discussions);
    themeIds_ = ids(pack_.themes);
    for (const auto& t : pack_.themes) translations(t.name, t.id, "name", kWords.name);
    for (const auto& d : pack_.discussions) {
      translations(d.question, d.id, "question", kWords.question);
      for (const auto& a : d.answers) translations(a, d.id, "text", kWords.answer);
    }
    checkThemes();
    refs("pack", "pack", "essentials", pack_.info.essentials, resourceIds_, "resource", pack_.info.origin);
    for (const auto& t : pack_.territories) {
      translations(t.name, t.id, "name", kWords.name);
      checkDate(t.provenance, t.origin, t.id);
      checkEssentials(t);
    }
    for (const auto& c : pack_.categories) {
      translations(c.name, c.id, "name", kWords.name);
      image("category", c.id, "icon", c.icon, c.origin);
    }
    for (const auto& r : pack_.resources) checkResource(r);
    for (const auto& r : pack_.rights) {
      translations(r.statement, r.id, "statement", kWords.statement);
      translations(r.explanation, r.id, "explanation", kWords.explanation);
      refs("right", r.id, "resources", r.resources, resourceIds_, "resource", r.origin);
      checkDate(r.provenance, r.origin, r.id);
    }
    for (const auto& s : pack_.scenarios) {
      translations(s.title, s.id, "title", kWords.title);
      translations(s.situation, s.id, "situation", kWords.situation);
      for (const auto& c : s.choices) {
        translations(c.text, s.id, "text", kWords.answer);
        translations(c.feedback, s.id, "feedback", kWords.feedback);
        // Honest answers about hard situations (not daring, waiting) are never punished.
        if (c.outcome.points == 0)
          report_.warning(c.origin, s.id, "this choice is worth 0 points",
                          "give every honest choice at least 1 point: the feedback says what works better");
      }
      refs("scenario", s.id, "resources", s.resources, resourceIds_, "resource", s.origin);
      refs("scenario", s.id, "territories", s.territories, territoryIds_, "territory", s.origin);
      if (s.provenance.checkedOn) checkDate(s.provenance, s.origin, s.id);
    }
    for (const auto& e : pack_.events) {
      translations(e.title, e.id, "title", kWords.title);
      translations(e.text, e.id, "text", kWords.eventText);
      image("event", e.id, "image", e.image, e.origin);
    }
    checkBoard();
  }

 private:
  template <typename T>
  static std::vector<std::string> ids(const std::vector<T>& items) {
    std::vector<std::string> out;
    out.reserve(items.size());
    for (const auto& i : items) out.push_back(i.id);
    std::sort(out.begin(), out.end());
    return out;
  }

  void checkInfo() {
    const PackInfo& info = pack_.info;
    for (const auto& lang : info.languages)
      if (lang.size() != 2 || !std::all_of(lang.begin(), lang.end(), ::islower))
        report_.error(info.origin, "pack", "'" + lang + "' is not a language code", "use two letters, like fr or en");
    if (info.checkedOn && *info.checkedOn > options_.today)
      report_.error(info.origin, "pack", "checked_on " + info.checkedOn->iso() + " is in the future",
                    "write the date the pack was really checked");
  }

  template <typename T>
  void checkDuplicates(const char* kind, const std::vector<T>& items) {
    std::map<std::string, const T*> seen;
    for (const auto& item : items) {
      if (item.id.empty()) continue;
      auto [it, added] = seen.emplace(item.id, &item);
      if (!added)
        report_.error(item.origin, item.id,
                      std::string("a second ") + kind + " with the id '" + item.id + "' (the first is at " +
                          it->second->origin.file + ":" + std::to_string(it->second->origin.line) + ")",
                      "give each " + std::string(kind) + " its own id");
    }
  }

  // A source a player could look up: a public address or a document's title,
  // never a note or a file of the people who wrote the pack.
  void followable(const Provenance& p, const Origin& at, const std::string& id) {
    std::string lower;
    for (char c : p.source) lower += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    for (const char* internal : {"semence", "seed ", "fact-sheet", "fact sheet", "shared/", "../", ".md", "todo"})
      if (lower.find(internal) != std::string::npos) {
        report_.warning(at, id, "the source '" + p.source + "' is a note of the pack's authors, which players cannot look up",
                        "give the public web address, or the title of a published document");
        return;
      }
  }

  void translations(const Text& text, const std::string& id, const std::string& field, std::size_t maxWords) {
    if (text.empty()) return;
    wordBudget(text, id, field, maxWords);
    if (text.isNeutral()) {
      // A name is often the same in every language (« Tel-jeunes »); a sentence is not.
      if (pack_.info.languages.size() < 2 || field == "name") return;
      std::string others;
      for (std::size_t i = 1; i < pack_.info.languages.size(); ++i) others += (i > 1 ? ", " : "") + pack_.info.languages[i];
      report_.warning(text.origin, id,
                      "'" + field + "' is written once, so " + others + " players read it in " +
                          pack_.info.languages.front(),
                      "write it as {" + pack_.info.languages.front() + ": …, " + pack_.info.languages[1] + ": …}");
      return;
    }
    for (const auto& lang : pack_.info.languages)
      if (!text.has(lang))
        report_.warning(text.origin, id,
                        "no " + lang + " text" + (field.empty() ? std::string() : " for '" + field + "'"),
                        "add '" + lang + ": ...' so players in that language see it");
  }

  // One idea per card: a limit in words, the same at every text size and in
  // every run, so its advice never drifts (the fit check, in pixels, comes after).
  void wordBudget(const Text& text, const std::string& id, const std::string& field, std::size_t maxWords) {
    for (const auto& [lang, value] : text.byLanguage) {
      const std::size_t words = countWords(value);
      if (words <= maxWords) continue;
      report_.error(text.origin, id,
                    "'" + field + "'" + (lang.empty() ? std::string() : " (" + lang + ")") + " has " + std::to_string(words) + " words; a card says one idea in " +
                        std::to_string(maxWords) + " words or fewer",
                    "shorten it to " + std::to_string(maxWords) + " words, or put the rest on another card");
    }
  }

  void checkDate(const Provenance& p, const Origin& at, const std::string& id) {
    followable(p, at, id);
    if (!p.checkedOn) return;
    long age = options_.today.daysSinceEpoch() - p.checkedOn->daysSinceEpoch();
    if (age < -1) {  // a day of grace: a check made "tomorrow" in another time zone is not a mistake
      report_.error(at, id, "checked_on " + p.checkedOn->iso() + " is in the future", "write the date it was really checked");
    } else if (age > options_.staleAfterMonths * 30L + options_.staleAfterMonths / 2) {
      report_.warning(at, id,
                      "checked on " + p.checkedOn->iso() + ", more than " + std::to_string(options_.staleAfterMonths) +
                          " months ago",
                      "check it again at its source, then update checked_on");
    }
  }

  // Every card belongs to one of the pack's themes, when the pack has themes.
  void checkThemes() {
    auto check = [&](const char* kind, const std::string& id, const std::string& theme, const Origin& origin) {
      if (theme.empty()) {
        if (!pack_.themes.empty())
          report_.error(origin, id, std::string("this ") + kind + " card has no theme",
                        "add 'theme:' with one of: " + commaJoined(themeIds_));
        return;
      }
      refs(kind, id, "theme", {theme}, themeIds_, "theme", origin);
    };
    for (const auto& r : pack_.resources) check("resource", r.id, r.theme, r.origin);
    for (const auto& r : pack_.rights) check("right", r.id, r.theme, r.origin);
    for (const auto& s : pack_.scenarios) check("scenario", s.id, s.theme, s.origin);
    for (const auto& e : pack_.events) check("event", e.id, e.theme, e.origin);
    for (const auto& d : pack_.discussions) check("discussion", d.id, d.theme, d.origin);
  }

  static std::string commaJoined(const std::vector<std::string>& v) {
    std::string out;
    for (const auto& s : v) out += (out.empty() ? "" : ", ") + s;
    return out;
  }

  // A territory's essentials name real resources, and its office serves it.
  void checkEssentials(const Territory& t) {
    if (!t.office.empty()) {
      refs("territory", t.id, "office", {t.office}, resourceIds_, "resource", t.origin);
      const Resource* office = pack_.resource(t.office);
      if (office && !office->serves(t.id))
        report_.warning(pack_.fieldOrigin("territory", t.id, "office", t.origin), t.id,
                        "the office '" + t.office + "' does not serve " + t.id,
                        "add " + t.id + " to its territories, or name the office that does");
    }
    refs("territory", t.id, "essentials", t.essentials, resourceIds_, "resource", t.origin);
    // Two territories on one tile of the map: the second would hide the first.
    if (t.mapCell)
      for (const auto& other : pack_.territories) {
        if (&other == &t) break;
        if (other.mapCell == t.mapCell)
          report_.warning(pack_.fieldOrigin("territory", t.id, "map", t.origin), t.id,
                          "'" + t.id + "' is on the same map tile as '" + other.id + "'",
                          "give each territory its own [column, row]");
      }
  }

  // The overlay line that removed the last item of a kind, if any did.
  const Origin* lastRemovalOf(const std::string& kind) const {
    const Origin* last = nullptr;
    for (const auto& [key, origin] : pack_.removedBy)
      if (key.compare(0, kind.size() + 1, kind + "/") == 0 &&
          (!last || std::tie(origin.file, origin.line) > std::tie(last->file, last->line)))
        last = &origin;
    return last;
  }

  void refs(const char* kind, const std::string& id, const char* field, const std::vector<std::string>& values,
            const std::vector<std::string>& known, const char* targetKind, const Origin& itemOrigin) {
    Origin at = pack_.fieldOrigin(kind, id, field, itemOrigin);
    for (const auto& value : values) {
      if (std::binary_search(known.begin(), known.end(), value)) continue;
      // The item may be in a file that did not read: fix that file first.
      if (!options_.unreadableFiles.empty()) continue;
      auto removal = pack_.removedBy.find(std::string(targetKind) + "/" + value);
      bool fromBase = pack_.itemFolders.count(std::string(kind) + "/" + id) > 0;
      if (removal != pack_.removedBy.end() && fromBase) {
        // The facilitator cannot edit the base pack: point at their own line.
        report_.error(removal->second, value,
                      std::string("removing the ") + targetKind + " '" + value + "' leaves the " + kind + " '" + id +
                          "' of the base pack pointing to it (" + at.file + ":" + std::to_string(at.line) + ")",
                      std::string("keep it, or also remove or replace the ") + kind + " '" + id + "' in your pack");
        continue;
      }
      std::string hint = engine::closestMatch(value, known);
      report_.error(at, id, std::string("no ") + targetKind + " has the id '" + value + "'",
                    hint.empty() ? std::string("check the spelling, or add that ") + targetKind
                                 : "did you mean '" + hint + "'?");
    }
  }

  void checkResource(const Resource& r) {
    translations(r.name, r.id, "name", kWords.resourceName);
    translations(r.what, r.id, "what", kWords.what);
    translations(r.who, r.id, "who", kWords.who);
    translations(r.callScript, r.id, "call_script", kWords.callScript);
    translations(r.contact.hours, r.id, "hours", kWords.hours);
    refs("resource", r.id, "category", r.category.empty() ? std::vector<std::string>{} : std::vector{r.category},
         categoryIds_, "category", r.origin);
    refs("resource", r.id, "territories", r.territories, territoryIds_, "territory", r.origin);
    image("resource", r.id, "logo", r.logo, r.origin);
    checkDate(r.provenance, r.origin, r.id);
  }

  void image(const char* kind, const std::string& id, const char* field, const std::string& relative,
             const Origin& itemOrigin) {
    if (relative.empty() || !options_.checkImages) return;
    Origin at = pack_.fieldOrigin(kind, id, field, itemOrigin);
    std::string path = pack_.imagePath(kind, id, relative);
    std::error_code ec;
    fs::file_status st = fs::symlink_status(path, ec);
    if (ec || !fs::exists(st)) {
      report_.error(at, id, "the image '" + relative + "' is missing", "put the PNG in the pack folder, or fix the path");
      return;
    }
    if (fs::is_symlink(st) || !fs::is_regular_file(st)) {
      report_.error(at, id, "the image '" + relative + "' is not a plain file", "copy the PNG itself into the pack folder");
      return;
    }
    // The path must stay inside the pack folder once resolved.
    std::string folder = fs::weakly_canonical(pack_.imagePath(kind, id, "."), ec).string();
    std::string resolved = fs::weakly_canonical(path, ec).string();
    if (!resolved.starts_with(folder)) {
      report_.error(at, id, "the image '" + relative + "' is outside the pack folder", "keep images inside the pack");
      return;
    }
    auto size = fs::file_size(path, ec);
    if (size > options_.maxImageBytes) {
      report_.error(at, id, "the image '" + relative + "' is " + std::to_string(size / 1024) + " KB; the limit is " +
                                std::to_string(options_.maxImageBytes / 1024) + " KB",
                    "make it smaller (at most " + std::to_string(options_.maxImageSide) + " pixels a side)");
      return;
    }
    std::ifstream in(path, std::ios::binary);
    unsigned char header[24] = {};
    in.read(reinterpret_cast<char*>(header), sizeof header);
    static const unsigned char png[8] = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    if (!in || !std::equal(png, png + 8, header) || std::string(reinterpret_cast<char*>(header + 12), 4) != "IHDR") {
      report_.error(at, id, "'" + relative + "' is not a readable PNG image", "export it again as PNG");
      return;
    }
    auto be32 = [&](int o) {
      return static_cast<std::uint32_t>(header[o]) << 24 | static_cast<std::uint32_t>(header[o + 1]) << 16 |
             static_cast<std::uint32_t>(header[o + 2]) << 8 | header[o + 3];
    };
    std::uint32_t w = be32(16), h = be32(20);
    if (w == 0 || h == 0 || w > static_cast<std::uint32_t>(options_.maxImageSide) ||
        h > static_cast<std::uint32_t>(options_.maxImageSide))
      report_.error(at, id, "the image '" + relative + "' is " + std::to_string(w) + "x" + std::to_string(h) + " pixels",
                    "resize it to at most " + std::to_string(options_.maxImageSide) + " pixels a side");
  }

  // How many cards a space of this kind and territory can draw.
  std::size_t deckSize(CardKind kind, const std::string& territory) const {
    auto count = [&](const auto& items, auto&& serves) {
      return static_cast<std::size_t>(std::count_if(items.begin(), items.end(), serves));
    };
    switch (kind) {
      case CardKind::Resource:
        return count(pack_.resources, [&](const Resource& r) { return territory.empty() || r.serves(territory); });
      case CardKind::Right: return pack_.rights.size();
      case CardKind::Scenario:
        return count(pack_.scenarios, [&](const Scenario& s) {
          return territory.empty() || s.allTerritories ||
                 std::find(s.territories.begin(), s.territories.end(), territory) != s.territories.end();
        });
      case CardKind::Event: return pack_.events.size();
      case CardKind::Discussion: return pack_.discussions.size();
    }
    return 0;
  }

  void checkBoard() {
    if (pack_.boards.empty()) {
      if (options_.unreadableFiles.empty())  // else the board may be in the file that did not read
        report_.error(pack_.info.origin, "board", "the pack has no board", "add a 'board:' with its spaces (see docs/content-packs.md)");
      return;
    }
    std::set<std::string> ids;
    for (std::size_t b = 0; b < pack_.boards.size(); ++b) {
      const Board& board = pack_.boards[b];
      if (!ids.insert(board.id).second)
        report_.error(board.origin, board.id, "two boards have the id '" + board.id + "'", "give each board its own id");
      checkOneBoard(board, b);
    }
  }

  void checkOneBoard(const Board& board, std::size_t boardIndex) {
    const auto& spaces = board.spaces;
    if (spaces.size() < 4) {
      report_.error(board.origin, "board", "the board has " + std::to_string(spaces.size()) + " spaces; it needs at least 4");
      return;
    }
    auto countKind = [&](SpaceKind k) { return std::count_if(spaces.begin(), spaces.end(), [&](const Space& s) { return s.kind == k; }); };
    if (countKind(SpaceKind::Start) != 1)
      report_.error(board.origin, "board", "the board needs exactly one start space, it has " + std::to_string(countKind(SpaceKind::Start)),
                    "mark one space 'type: start'");
    if (board.layout == BoardLayout::Path && countKind(SpaceKind::Finish) != 1)
      report_.error(board.origin, "board", "a path board needs exactly one finish space, it has " +
                                               std::to_string(countKind(SpaceKind::Finish)),
                    "mark the last space 'type: finish', or use 'layout: loop'");
    if (board.layout == BoardLayout::Loop && countKind(SpaceKind::Finish) > 0)
      report_.error(board.origin, "board", "a loop board has no finish: tokens go round until the last round",
                    "remove the finish space, or use 'layout: path'");

    const std::vector<std::string>& territoryIds = territoryIds_;
    std::set<CardKind> reported;
    for (std::size_t i = 0; i < spaces.size(); ++i) {
      const Space& s = spaces[i];
      Origin territoryAt =
          pack_.fieldOrigin("space", std::to_string(boardIndex) + "." + std::to_string(i), "territory", s.origin);
      if (s.jump) checkJump(spaces, i);
      if (!s.territory.empty() && !std::binary_search(territoryIds.begin(), territoryIds.end(), s.territory)) {
        std::string hint = engine::closestMatch(s.territory, territoryIds);
        report_.error(territoryAt, "board", "no territory has the id '" + s.territory + "'",
                      hint.empty() ? "check the spelling" : "did you mean '" + hint + "'?");
        continue;
      }
      if (s.playerMrc && (s.kind != SpaceKind::Resource || !s.territory.empty()))
        report_.error(s.origin, "board", "'mrc: player' works only on a resource space without a territory",
                      s.kind != SpaceKind::Resource ? "make it 'type: resource', or remove 'mrc'"
                                                    : "keep either 'territory' or 'mrc: player'");
      auto deck = s.deck();
      if (!deck || !options_.unreadableFiles.empty()) continue;
      if (deckSize(*deck, {}) == 0) {
        const Origin* removal = lastRemovalOf(cardKindName(*deck));
        if (!reported.insert(*deck).second) continue;
        if (removal)
          report_.error(*removal, "board",
                        std::string("removing these ") + cardKindName(*deck) + " cards leaves none for the board (" +
                            s.origin.file + ":" + std::to_string(s.origin.line) + ")",
                        std::string("keep at least one ") + cardKindName(*deck) + " card, or add one in your pack");
        else
          report_.error(s.origin, "board", std::string("this space draws from the ") + cardKindName(*deck) +
                                               " deck, but the pack has no " + cardKindName(*deck) + " cards",
                        std::string("add some ") + cardKindName(*deck) + " cards, or change the space's type");
      } else if (!s.territory.empty() && deckSize(*deck, s.territory) == 0) {
        report_.error(s.origin, "board", std::string("no ") + cardKindName(*deck) + " card serves '" + s.territory + "'",
                      "add one for that territory, or remove the space's territory");
      }
    }

    if (board.layout == BoardLayout::Path) {
      auto start = std::find_if(spaces.begin(), spaces.end(), [](const Space& s) { return s.kind == SpaceKind::Start; });
      auto finish = std::find_if(spaces.begin(), spaces.end(), [](const Space& s) { return s.kind == SpaceKind::Finish; });
      if (start != spaces.end() && finish != spaces.end() && finish < start)
        report_.error(finish->origin, "board", "the finish comes before the start: tokens only move forward, so it cannot be reached",
                      "put the start first and the finish last");
    }
  }

  // A shortcut leads forward, a setback back, to a space of the same board
  // that is not itself a jump (no chains a player cannot follow).
  void checkJump(const std::vector<Space>& spaces, std::size_t i) {
    const Jump& j = *spaces[i].jump;
    const int count = static_cast<int>(spaces.size());
    if (j.to < 0 || j.to >= count) {
      report_.error(spaces[i].origin, "board", "this jump leads to space " + std::to_string(j.to) + ", but the board has " +
                                                   std::to_string(count) + " spaces (0 to " + std::to_string(count - 1) + ")",
                    "count the spaces from 0 and fix 'to'");
      return;
    }
    const bool back = j.to < static_cast<int>(i);
    if (j.to == static_cast<int>(i))
      report_.error(spaces[i].origin, "board", "this jump leads to its own space", "make 'to' another space");
    else if (back != (j.by == JumpKind::Setback))
      report_.error(spaces[i].origin, "board",
                    back ? "this shortcut leads backwards" : "this setback leads forwards",
                    back ? "use 'by: setback' for a way back, or a later space" : "use bike, bus or walk, or an earlier space");
    else if (spaces[static_cast<std::size_t>(j.to)].jump)
      report_.warning(spaces[i].origin, "board", "this jump lands on another jump, which the game does not follow",
                      "make it lead to a plain space");
    if (spaces[i].kind == SpaceKind::Start || spaces[i].kind == SpaceKind::Finish)
      report_.error(spaces[i].origin, "board", "the start and the finish cannot be jumps", "put the jump on another space");
  }

  const Pack& pack_;
  Report& report_;
  const ValidateOptions& options_;
  std::vector<std::string> resourceIds_, territoryIds_, categoryIds_, themeIds_;
};

}  // namespace

void validatePack(const Pack& pack, Report& report, const ValidateOptions& options) {
  Validator(pack, report, options).run();
}

}  // namespace game::content
