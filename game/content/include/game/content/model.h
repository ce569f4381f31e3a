// The content model: everything regional the game knows, as loaded from a
// pack. Pure C++ (no SDL, no yaml-cpp in this header). Every item remembers
// where it was written (file, line, column) so messages can point there.
#pragma once
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace game::content {

struct Origin {
  std::string file;  // path as given to the loader
  int line = 0;      // 1-based
  int column = 0;    // 1-based
  bool known() const { return line > 0; }
  // Where something was written is not what it says: two models that say the
  // same are equal wherever their texts stand (a round trip moves lines).
  bool operator==(const Origin&) const { return true; }
};

// Text a player reads: one string for every language, or one per language.
struct Text {
  std::map<std::string, std::string> byLanguage;  // "fr" -> "...", or "" -> neutral
  Origin origin;

  static Text neutral(std::string value) {
    Text t;
    t.byLanguage[""] = std::move(value);
    return t;
  }
  bool empty() const { return byLanguage.empty(); }
  bool isNeutral() const { return byLanguage.size() == 1 && byLanguage.count("") == 1; }
  bool has(const std::string& language) const { return isNeutral() || byLanguage.count(language) == 1; }
  // The text in `language`, else in `fallback`, else any: never an empty gap on screen.
  const std::string& get(const std::string& language, const std::string& fallback = "fr") const;
  bool operator==(const Text& o) const { return byLanguage == o.byLanguage; }
};

struct Date {
  int year = 0, month = 0, day = 0;
  auto operator<=>(const Date&) const = default;
  std::string iso() const;           // "2026-11-23"
  long daysSinceEpoch() const;       // for age computations
  static std::optional<Date> parse(const std::string& iso);
};

// Where a fact comes from and when someone last checked it.
struct Provenance {
  std::string source;  // URL or document reference
  std::optional<Date> checkedOn;
  bool operator==(const Provenance&) const = default;
};

struct PackInfo {
  std::string id;
  Text name;
  std::string version;
  std::string region;
  std::vector<std::string> languages;  // first is the default
  std::vector<std::string> authors;
  std::string licence;
  std::optional<Date> checkedOn;
  std::string extends;  // relative path of the base pack folder, or empty
  Origin extendsOrigin;  // where 'extends' is written: errors about the base point there
  Text description;
  // Resources every player takes home, whatever their MRC (211, 811, 911, a crisis line).
  std::vector<std::string> essentials;
  // How read-aloud says a word the voice gets wrong (« Lotbinière » → « Lobinière »).
  struct Pronunciation {
    std::string written;
    Text spoken;
    bool operator==(const Pronunciation&) const = default;
  };
  std::vector<Pronunciation> pronunciations;
  Origin origin;
  bool operator==(const PackInfo&) const = default;
};

enum class TerritoryKind { Mrc, City };

struct Territory {
  std::string id;
  Text name;
  TerritoryKind kind = TerritoryKind::Mrc;
  std::string seat;  // chef-lieu
  // The housing office where its tenants apply and report repairs (a resource id).
  std::string office;
  // Further resources its tenants take home first: local food help, the volunteer centre...
  std::vector<std::string> essentials;
  // Said on "Mes ressources" when the pack has no office for it (what to do instead).
  Text officeNote;
  // Its tile on the board's schematic map: [column, row] from the north-west.
  std::optional<std::pair<int, int>> mapCell;
  Provenance provenance;
  Origin origin;
  bool operator==(const Territory&) const = default;
};

// One of the pack's families of cards: the tenants' game had four (les
// ressources du milieu; les perceptions et les relations; les comités et le
// fonctionnement; les activités et projets communautaires).
struct Theme {
  std::string id;
  Text name;
  std::string color;  // "#RRGGBB", optional
  Origin origin;
  bool operator==(const Theme&) const = default;
};

struct Category {
  std::string id;
  Text name;
  std::string icon;   // image path relative to the pack, optional
  std::string color;  // "#RRGGBB", optional
  Origin origin;
  bool operator==(const Category&) const = default;
};

struct Contact {
  std::string phone;
  std::string tollFree;
  std::string address;
  std::string website;
  std::string email;
  Text hours;
  bool operator==(const Contact&) const = default;
};

struct Resource {
  std::string id;
  Text name;
  std::string category;                  // category id
  bool allTerritories = false;           // serves the whole region (or more)
  std::vector<std::string> territories;  // territory ids when not all
  Text what;  // what it does for a tenant, in plain words
  Text who;   // whom it serves (optional)
  Text callScript;    // what to say when you call (optional): « Bonjour, j'habite un HLM à … »
  std::string theme;  // the pack theme it belongs to
  Contact contact;
  std::string logo;
  Provenance provenance;
  Origin origin;

  bool serves(const std::string& territory) const;
  bool operator==(const Resource&) const = default;
};

struct Right {
  std::string id;
  Text statement;  // a sentence that is true or false
  bool answer = true;
  Text explanation;
  std::string legalReference;
  std::string theme;  // the pack theme it belongs to
  std::vector<std::string> resources;
  Provenance provenance;
  Origin origin;
  bool operator==(const Right&) const = default;
};

// What a card or a choice does in the game.
struct Outcome {
  int points = 0;
  int move = 0;           // spaces forward (negative: back)
  bool everyone = false;  // applies to every player (community events)
  bool operator==(const Outcome&) const = default;
};

struct Choice {
  Text text;
  Text feedback;  // respectful, whatever the choice
  Outcome outcome;
  Origin origin;
  bool operator==(const Choice&) const = default;
};

struct Scenario {
  std::string id;
  Text title;
  Text situation;
  std::vector<Choice> choices;  // 2 to 4
  std::string theme;  // the pack theme it belongs to
  std::vector<std::string> resources;
  bool allTerritories = true;
  std::vector<std::string> territories;
  Provenance provenance;  // optional for scenarios: they are situations, not facts
  Origin origin;
  bool operator==(const Scenario&) const = default;
};

struct Event {
  std::string id;
  Text title;
  Text text;
  Outcome effect;
  std::string image;
  std::string theme;  // the pack theme it belongs to
  Origin origin;
  bool operator==(const Event&) const = default;
};

// An open question with no wrong answer: in a group, people talk; alone, the
// player picks the answer closest to theirs among what other tenants said.
struct Discussion {
  std::string id;
  Text question;
  std::vector<Text> answers;  // 2 or 3 short answers other tenants might give
  Outcome outcome{1, 0, true};  // points, and whether every team gets them in a group
  std::string theme;
  Origin origin;
  bool operator==(const Discussion&) const = default;
};

enum class CardKind { Resource, Right, Scenario, Event, Discussion };
const char* cardKindName(CardKind kind);  // "resource", "right"...

enum class SpaceKind { Start, Finish, Resource, Right, Scenario, Event, Rest, Discussion };
const char* spaceKindName(SpaceKind kind);  // "start", "rest"... as a pack writes it
std::optional<SpaceKind> spaceKindNamed(std::string_view name);

// A shortcut or a setback: landing on its space after a roll moves the token
// on to `to`, along a path players see on the board.
enum class JumpKind { Bike, Bus, Walk, Setback };
struct Jump {
  int to = 0;  // index of the space it leads to
  JumpKind by = JumpKind::Bike;
  bool operator==(const Jump&) const = default;
};

struct Space {
  SpaceKind kind = SpaceKind::Rest;
  std::string territory;  // optional: draws only cards for that territory
  bool playerMrc = false; // draws the local resources of the current player's MRC
  std::optional<std::pair<float, float>> position;  // canvas position, else automatic
  std::optional<Jump> jump;
  Origin origin;

  std::optional<CardKind> deck() const;
  bool operator==(const Space&) const = default;
};

enum class BoardLayout { Loop, Path };

struct BoardSettings {
  int rounds = 10;            // the game ends after this many rounds
  int goalPoints = 0;         // competitive: first to this many points wins (0: most points at the end)
  int cooperativeGoal = 0;    // cooperative: resources to discover together (0: one per territory)
  int dieSides = 6;
  bool operator==(const BoardSettings&) const = default;
};

struct Board {
  std::string id = "board";  // chosen at set-up and written in saves
  Text name;                 // shown at set-up when the pack has several boards
  BoardLayout layout = BoardLayout::Loop;
  std::vector<Space> spaces;
  BoardSettings settings;
  Origin origin;
  bool operator==(const Board&) const = default;
};

struct Pack {
  std::string folder;  // where it was loaded from
  PackInfo info;
  std::vector<Territory> territories;
  std::vector<Theme> themes;
  std::vector<Category> categories;
  std::vector<Resource> resources;
  std::vector<Right> rights;
  std::vector<Scenario> scenarios;
  std::vector<Event> events;
  std::vector<Discussion> discussions;
  std::vector<Board> boards;  // the first is the default
  // Where reference and image fields were written ("resource/tal/category"),
  // so a dangling id is reported on its own line, not just its item's.
  std::map<std::string, Origin> fieldOrigins;

  // Items from a base pack keep their images in the base pack's folder.
  std::map<std::string, std::string> itemFolders;  // "resource/tal" -> folder
  // Base items an overlay removed, and the overlay line that removed each
  // ("resource/ligne-211"): what then points to them is reported there.
  std::map<std::string, Origin> removedBy;

  Origin fieldOrigin(const std::string& kind, const std::string& id, const std::string& field,
                     const Origin& fallback) const;
  // The file path of an item's image, resolved against the folder of the pack that defined it.
  std::string imagePath(const std::string& kind, const std::string& id, const std::string& relative) const;
  const Territory* territory(const std::string& id) const;
  const Category* category(const std::string& id) const;
  const Resource* resource(const std::string& id) const;
  const Theme* theme(const std::string& id) const;
  // The board with that id; the first board for an empty id; nullptr when none.
  const Board* board(const std::string& id = {}) const;
  std::size_t cardCount() const {
    return resources.size() + rights.size() + scenarios.size() + events.size() + discussions.size();
  }
  // The same content (where it was loaded from and written does not count).
  bool operator==(const Pack& o) const {
    return info == o.info && territories == o.territories && themes == o.themes && categories == o.categories &&
           resources == o.resources && rights == o.rights && scenarios == o.scenarios && events == o.events &&
           discussions == o.discussions && boards == o.boards;
  }
};

}  // namespace game::content
