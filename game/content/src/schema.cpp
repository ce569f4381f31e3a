#include "game/content/schema.h"

#include <sstream>
#include <stdexcept>

namespace game::content {

namespace {
using T = FieldType;

FieldSpec f(std::string key, FieldType type, bool required, std::string description, std::string extra = {}) {
  FieldSpec s;
  s.key = std::move(key);
  s.type = type;
  s.required = required;
  s.description = std::move(description);
  if (type == T::Ref || type == T::RefList) s.refKind = extra;
  if (type == T::Object || type == T::ObjectList) s.object = extra;
  return s;
}

FieldSpec e(std::string key, std::vector<std::string> values, bool required, std::string description) {
  FieldSpec s = f(std::move(key), T::Enum, required, std::move(description));
  s.values = std::move(values);
  return s;
}

std::vector<FieldSpec> provenance(bool required) {
  return {f("source", T::String, required, "Where this fact comes from: a URL or a document"),
          f("checked_on", T::Date, required, "When someone last checked it (YYYY-MM-DD)")};
}

std::vector<ItemSpec> build() {
  std::vector<ItemSpec> specs;
  auto add = [&](std::string name, std::string section, std::string description, std::vector<FieldSpec> fields) {
    specs.push_back({std::move(name), std::move(section), std::move(fields), std::move(description)});
  };

  add("pack", "", "pack.yaml: what this pack is",
      {f("id", T::Id, true, "The pack's id, e.g. chaudiere-appalaches"),
       f("name", T::Text, true, "The pack's name"),
       f("version", T::String, true, "Version, e.g. 1.0.0"),
       f("region", T::String, true, "The region it covers"),
       f("languages", T::StringList, true, "Languages of its texts, default first: [fr, en]"),
       f("authors", T::StringList, true, "Who wrote it"),
       f("licence", T::String, true, "Its licence, e.g. CC-BY-4.0"),
       f("checked_on", T::Date, true, "When the whole pack was last reviewed"),
       f("extends", T::String, false, "Folder of a base pack this one adds to, e.g. ../chaudiere-appalaches"),
       f("description", T::Text, false, "A sentence about the pack"),
       f("essentials", T::RefList, false, "Resources every player takes home first, whatever their MRC (211, 811...)",
         "resource"),
       f("pronunciations", T::ObjectList, false,
         "How read-aloud says words its voice gets wrong: [{written: Lotbinière, spoken: Lobinière}]", "pronunciation")});

  add("pronunciation", "", "A word as written in the cards, and as read aloud",
      {f("written", T::String, true, "The word as the cards write it, e.g. Lotbinière"),
       f("spoken", T::Text, true, "How to say it, written as it sounds: Lobinière (or {fr: …, en: …})")});

  add("territory", "territories", "An MRC, or a city with MRC powers",
      [] {
        std::vector<FieldSpec> v = {f("id", T::Id, true, "e.g. beauce-centre"),
                                    f("name", T::Text, true, "Official name"),
                                    e("kind", {"mrc", "city"}, true, "mrc, or city for a city with MRC powers"),
                                    f("seat", T::String, false, "Chef-lieu"),
                                    f("office", T::Ref, false, "Its housing office (a resource id)", "resource"),
                                    f("essentials", T::RefList, false,
                                      "Resources its tenants take home first: food help, volunteer centre...", "resource"),
                                    f("office_note", T::Text, false,
                                      "Without an office: what 'Mes ressources' says to do instead"),
                                    f("map", T::Position, false,
                                      "Its tile on the board's map: [column, row] from the north-west, 0 to 9")};
        for (auto& p : provenance(true)) v.push_back(p);
        return v;
      }());

  add("theme", "themes", "A family of cards, e.g. the tenants' four: ressources du milieu; perceptions et relations...",
      {f("id", T::Id, true, "e.g. ressources-du-milieu"), f("name", T::Text, true, "Name shown on its cards"),
       f("color", T::Color, false, "Colour of its cards' header, #RRGGBB")});

  add("category", "categories", "A kind of resource (housing, health, food...)",
      {f("id", T::Id, true, "e.g. housing"), f("name", T::Text, true, "Name shown to players"),
       f("icon", T::Image, false, "PNG icon, relative to the pack folder"),
       f("color", T::Color, false, "Colour, #RRGGBB")});

  add("resource", "resources", "An organisation or service a tenant can turn to",
      [] {
        std::vector<FieldSpec> v = {
            f("id", T::Id, true, "e.g. tal"),
            f("name", T::Text, true, "Its name"),
            f("category", T::Ref, true, "Category id", "category"),
            f("theme", T::Ref, false, "The theme it belongs to (required when the pack has themes)", "theme"),
            f("territories", T::Territories, true, "all, or a list of territory ids"),
            f("what", T::Text, true, "What it does for a tenant, in plain words"),
            f("who", T::Text, false, "Whom it serves"),
            f("call_script", T::Text, false, "What to say when you call, e.g. « Bonjour, j'habite un HLM à … »"),
            f("phone", T::Phone, false, "Phone, e.g. 418 555-1234"),
            f("toll_free", T::Phone, false, "Toll-free number, e.g. 1 800 555-1234"),
            f("address", T::String, false, "Street address"),
            f("website", T::Url, false, "https://..."),
            f("email", T::Email, false, "E-mail address"),
            f("hours", T::Text, false, "Opening hours"),
            f("logo", T::Image, false, "PNG logo, relative to the pack folder")};
        for (auto& p : provenance(true)) v.push_back(p);
        return v;
      }());

  add("right", "rights", "A true-or-false statement about tenants' rights",
      [] {
        std::vector<FieldSpec> v = {f("id", T::Id, true, "e.g. hlm-rent"),
                                    f("statement", T::Text, true, "A sentence that is true or false"),
                                    f("answer", T::Bool, true, "true if the statement is true"),
                                    f("explanation", T::Text, true, "Why, in plain words"),
                                    f("legal_reference", T::String, true, "The law, regulation or article"),
                                    f("theme", T::Ref, false, "The theme it belongs to", "theme"),
                                    f("resources", T::RefList, false, "Resources to turn to", "resource")};
        for (auto& p : provenance(true)) v.push_back(p);
        return v;
      }());

  add("choice", "", "One answer to a scenario",
      {f("text", T::Text, true, "What the player may do"),
       f("feedback", T::Text, true, "A respectful reply, whatever the choice"),
       f("points", T::Integer, false, "Points it earns (0 to 10)"),
       f("move", T::Integer, false, "Spaces it moves the token (-6 to 6)")});

  add("scenario", "scenarios", "An everyday situation with 2 to 4 choices",
      [] {
        std::vector<FieldSpec> v = {f("id", T::Id, true, "e.g. noisy-neighbour"),
                                    f("title", T::Text, true, "A short title"),
                                    f("situation", T::Text, true, "The situation, in a few sentences"),
                                    f("theme", T::Ref, false, "The theme it belongs to", "theme"),
                                    f("choices", T::ObjectList, true, "2 to 4 choices", "choice"),
                                    f("resources", T::RefList, false, "Resources it points to", "resource"),
                                    f("territories", T::Territories, false, "all (default), or territory ids")};
        for (auto& p : provenance(false)) v.push_back(p);
        return v;
      }());

  add("effect", "", "What a card does in the game",
      {f("points", T::Integer, false, "Points (-10 to 10)"), f("move", T::Integer, false, "Spaces to move (-6 to 6)"),
       f("everyone", T::Bool, false, "true: every player gets it")});

  add("event", "events", "A community card: a gathering, a collective kitchen...",
      {f("id", T::Id, true, "e.g. collective-kitchen"), f("title", T::Text, true, "A short title"),
       f("text", T::Text, true, "What happens"), f("effect", T::Object, true, "Its effect", "effect"),
       f("theme", T::Ref, false, "The theme it belongs to", "theme"),
       f("image", T::Image, false, "PNG picture, relative to the pack folder")});

  add("answer", "", "An answer other tenants might give to a discussion card",
      {f("text", T::Text, true, "A short answer, in a tenant's words")});

  add("discussion", "discussions", "An open question with no wrong answer: people talk about it",
      {f("id", T::Id, true, "e.g. prejuges-hlm"), f("question", T::Text, true, "The question, in plain words"),
       f("answers", T::ObjectList, true, "2 or 3 answers other tenants might give (solo play picks one)", "answer"),
       f("points", T::Integer, false, "Points for talking about it (0 to 10, default 1)"),
       f("everyone", T::Bool, false, "In a group: true (default) gives the points to every team"),
       f("theme", T::Ref, false, "The theme it belongs to", "theme")});

  add("settings", "", "How long a game lasts and how it is won",
      {f("rounds", T::Integer, false, "Rounds before the end (1 to 100, default 10)"),
       f("goal_points", T::Integer, false, "Competitive: points that win at once (0: most points at the end)"),
       f("cooperative_goal", T::Integer, false, "Cooperative: resources to discover together (0: one per territory)"),
       f("die_sides", T::Integer, false, "Sides of the die (2 to 12, default 6)")});

  add("space", "", "One space of the board",
      {e("type", {"start", "finish", "resource", "right", "scenario", "event", "discussion", "rest"}, true,
         "What happens there: which deck it draws from"),
       f("territory", T::Ref, false, "Draw only cards for this territory", "territory"),
       e("mrc", {"player"}, false, "player: draw the local resources of the current player's MRC"),
       f("at", T::Position, false, "[x, y] on the 1920x1080 board; automatic when left out"),
       f("jump", T::Object, false, "A shortcut or setback: {to: SPACE_NUMBER, by: bike|bus|walk|setback}", "jump")});

  add("jump", "", "A shortcut (bike path, bus) or a setback from a space to another",
      {f("to", T::Integer, true, "The space it leads to, counting from 0 at the first space"),
       e("by", {"bike", "bus", "walk", "setback"}, true, "bike path, bus, walk (shortcuts) or setback")});

  // Every list item may also replace or remove a base pack's item (overlay packs).
  for (auto& spec : specs) {
    if (spec.section.empty()) continue;
    spec.fields.push_back(f("replace", T::Bool, false, "Overlay packs only: true replaces the base pack's item with this id"));
    spec.fields.push_back(f("remove", T::Bool, false, "Overlay packs only: true removes the base pack's item with this id"));
  }

  add("board", "", "A board: its spaces in order, and the game's settings ('board:' for one, 'boards:' for several)",
      {f("id", T::Id, false, "Needed with several boards, e.g. mon-quartier"),
       f("name", T::Text, false, "Shown when choosing a board, e.g. Mon quartier"),
       e("layout", {"loop", "path"}, false, "loop (default): tokens go round; path: from start to finish"),
       f("settings", T::Object, false, "Game settings", "settings"),
       f("spaces", T::ObjectList, true, "The spaces, in order", "space")});
  return specs;
}
}  // namespace

const FieldSpec* ItemSpec::field(const std::string& key) const {
  for (const auto& s : fields)
    if (s.key == key) return &s;
  return nullptr;
}

std::vector<std::string> ItemSpec::keys() const {
  std::vector<std::string> out;
  for (const auto& s : fields) out.push_back(s.key);
  return out;
}

const std::vector<ItemSpec>& packSchema() {
  static const std::vector<ItemSpec> specs = build();
  return specs;
}

const ItemSpec& itemSpec(const std::string& name) {
  for (const auto& s : packSchema())
    if (s.name == name) return s;
  throw std::logic_error("no item spec named " + name);
}

std::vector<std::string> contentSections() {
  std::vector<std::string> out;
  for (const auto& s : packSchema())
    if (!s.section.empty()) out.push_back(s.section);
  out.push_back("board");
  out.push_back("boards");
  return out;
}

const ItemSpec* sectionSpec(const std::string& section) {
  for (const auto& s : packSchema())
    if (!s.section.empty() && s.section == section) return &s;
  return nullptr;
}

// ------------------------------------------------------------ JSON Schema

namespace {
std::string quote(const std::string& s) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '"' || c == '\\') out.push_back('\\');
    out.push_back(c);
  }
  return out + "\"";
}

std::string typeSchema(const FieldSpec& s) {
  const std::string text =
      R"({"oneOf": [{"type": "string"}, {"type": "object", "propertyNames": {"pattern": "^[a-z]{2}$"}, "additionalProperties": {"type": "string"}}]})";
  switch (s.type) {
    case T::String: return R"({"type": "string"})";
    case T::Text: return text;
    case T::Bool: return R"({"type": "boolean"})";
    case T::Integer: return R"({"type": "integer"})";
    case T::Date: return R"({"type": "string", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"})";
    case T::Url: return R"({"type": "string", "pattern": "^https?://[^ ]+\\.[^ ]+$"})";
    case T::Phone: return R"({"type": "string", "pattern": "^[0-9 ().+-]+( (poste|ext\\.?) [0-9]+)?$"})";
    case T::Email: return R"({"type": "string", "pattern": "^[^@ ]+@[^@ ]+\\.[^@ ]+$"})";
    case T::Image: return R"({"type": "string", "pattern": "\\.png$"})";
    case T::Id:
    case T::Ref: return R"({"type": "string", "pattern": "^[a-z0-9][a-z0-9-]*$"})";
    case T::RefList:
      return R"({"type": "array", "items": {"type": "string", "pattern": "^[a-z0-9][a-z0-9-]*$"}})";
    case T::Territories:
      return R"({"oneOf": [{"const": "all"}, {"type": "array", "items": {"type": "string"}}]})";
    case T::Enum: {
      std::string out = R"({"enum": [)";
      for (std::size_t i = 0; i < s.values.size(); ++i) out += (i ? ", " : "") + quote(s.values[i]);
      return out + "]}";
    }
    case T::Color: return R"({"type": "string", "pattern": "^#[0-9A-Fa-f]{6}$"})";
    case T::Position: return R"({"type": "array", "items": {"type": "number"}, "minItems": 2, "maxItems": 2})";
    case T::StringList: return R"({"type": "array", "items": {"type": "string"}})";
    case T::Object: return R"({"$ref": "#/$defs/)" + s.object + "\"}";
    case T::ObjectList: return R"({"type": "array", "items": {"$ref": "#/$defs/)" + s.object + "\"}}";
  }
  return "{}";
}

std::string objectSchema(const ItemSpec& spec, const std::string& indent) {
  std::ostringstream out;
  out << "{\n" << indent << "  \"type\": \"object\",\n";
  out << indent << "  \"description\": " << quote(spec.description) << ",\n";
  out << indent << "  \"additionalProperties\": false,\n";
  out << indent << "  \"required\": [";
  bool first = true;
  for (const auto& s : spec.fields)
    if (s.required) {
      out << (first ? "" : ", ") << quote(s.key);
      first = false;
    }
  out << "],\n" << indent << "  \"properties\": {\n";
  for (std::size_t i = 0; i < spec.fields.size(); ++i) {
    const auto& s = spec.fields[i];
    std::string schema = typeSchema(s);
    // Attach the description inside the type's object.
    schema.insert(1, "\"description\": " + quote(s.description) + ", ");
    out << indent << "    " << quote(s.key) << ": " << schema << (i + 1 < spec.fields.size() ? ",\n" : "\n");
  }
  out << indent << "  }\n" << indent << "}";
  return out.str();
}
}  // namespace

std::string jsonSchema() {
  std::ostringstream out;
  out << "{\n  \"$schema\": \"https://json-schema.org/draft/2020-12/schema\",\n";
  out << "  \"title\": \"Dé-CLIC content pack file\",\n";
  out << "  \"description\": \"pack.yaml, or any other .yaml file of a Dé-CLIC pack. See docs/content-packs.md.\",\n";
  out << "  \"type\": \"object\",\n  \"additionalProperties\": false,\n  \"properties\": {\n";
  const ItemSpec& pack = itemSpec("pack");
  for (const auto& s : pack.fields) {
    std::string schema = typeSchema(s);
    schema.insert(1, "\"description\": " + quote("pack.yaml only: " + s.description) + ", ");
    out << "    " << quote(s.key) << ": " << schema << ",\n";
  }
  for (const auto& spec : packSchema())
    if (!spec.section.empty())
      out << "    " << quote(spec.section) << R"(: {"type": "array", "items": {"$ref": "#/$defs/)" << spec.name
          << "\"}},\n";
  out << R"(    "board": {"$ref": "#/$defs/board"},)" << "\n";
  out << R"(    "boards": {"type": "array", "items": {"$ref": "#/$defs/board"}})" << "\n  },\n  \"$defs\": {\n";
  bool first = true;
  for (const auto& spec : packSchema()) {
    if (spec.name == "pack") continue;
    out << (first ? "" : ",\n") << "    " << quote(spec.name) << ": " << objectSchema(spec, "    ");
    first = false;
  }
  out << "\n  }\n}\n";
  return out.str();
}

}  // namespace game::content
