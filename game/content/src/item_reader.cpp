#include "item_reader.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>

#include "engine/utf8.h"

namespace game::content {

namespace {
// Facilitators type the French word for a key; the pack's keys are English.
std::string frenchKey(const std::string& typed, const std::vector<std::string>& known) {
  static const std::pair<const char*, const char*> words[] = {
      {"téléphone", "phone"},     {"telephone", "phone"},   {"tel", "phone"},         {"adresse", "address"},
      {"nom", "name"},            {"courriel", "email"},    {"site web", "website"},  {"site", "website"},
      {"siteweb", "website"},     {"heures", "hours"},      {"horaire", "hours"},     {"pour qui", "who"},
      {"pour_qui", "who"},        {"quoi", "what"},         {"titre", "title"},       {"catégorie", "category"},
      {"categorie", "category"},  {"territoire", "territories"}, {"territoires", "territories"},
      {"thème", "theme"},         {"theme_", "theme"},      {"sans frais", "toll_free"}, {"sans_frais", "toll_free"},
      {"vérifié le", "checked_on"}, {"verifie_le", "checked_on"}, {"date", "checked_on"}, {"ressources", "resources"},
      {"explication", "explanation"}, {"énoncé", "statement"}, {"réponse", "answer"}, {"reponse", "answer"},
      {"choix", "choices"},       {"situation_", "situation"}, {"effet", "effect"},    {"courriel_", "email"}};
  std::string lower;
  for (char c : typed) lower += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  for (const auto& [fr, en] : words)
    if (lower == fr && std::find(known.begin(), known.end(), en) != known.end()) return en;
  return "";
}

const char* typeHint(FieldType type) {
  switch (type) {
    case FieldType::String: return "write a short text";
    case FieldType::Text: return "write a text, or one per language (fr: ..., en: ...)";
    case FieldType::Bool: return "write true or false";
    case FieldType::Integer: return "write a whole number";
    case FieldType::Date: return "write a date like 2026-11-23";
    case FieldType::Url: return "write a web address starting with https://";
    case FieldType::Phone: return "write a phone number like 418 555-1234 or 1 800 555-1234 (digits only)";
    case FieldType::Email: return "write an e-mail address like info@example.org";
    case FieldType::Image: return "write the path of a PNG inside the pack folder, like images/logo.png";
    case FieldType::Id:
    case FieldType::Ref: return "ids use lowercase letters, digits and dashes, like beauce-centre";
    case FieldType::Color: return "write a colour like \"#0B5D6B\" (in quotes)";
    default: return "";
  }
}

}  // namespace

std::string kindOf(const YNode& n) {
  switch (n.kind) {
    case YNode::Kind::Null: return "nothing";
    case YNode::Kind::Scalar: return "'" + n.scalar.substr(0, 40) + "'";
    case YNode::Kind::Sequence: return "a list";
    case YNode::Kind::Map: return "a map";
  }
  return "?";
}

ItemReader::ItemReader(const YNode& node, const ItemSpec& spec, const std::string& file, Report& report,
                       const std::vector<std::string>& languages, std::string itemId,
                       const std::vector<std::string>& alsoAllowed)
    : node_(node), spec_(spec), file_(file), report_(report), languages_(languages), id_(std::move(itemId)) {
  if (!node_.isMap()) {
    // Items lead with their first key: '- id:' for a resource, '- type:' for a space.
    const std::string leadKey = spec_.fields.empty() ? "id" : spec_.fields.front().key;
    error(node_, "expected a " + spec_.name + " (a map of keys), found " + kindOf(node_),
          "start each " + spec_.name + " with '- " + leadKey + ": ...' and indent its keys under it");
    return;
  }
  if (id_.empty())
    if (const YNode* idNode = node_.find("id"); idNode && idNode->isScalar()) id_ = idNode->scalar;
  checkKeys(alsoAllowed);
}

void ItemReader::error(const YNode& n, std::string message, std::string hint) {
  report_.error(at(n), id_, std::move(message), std::move(hint));
}
void ItemReader::warning(const YNode& n, std::string message, std::string hint) {
  report_.warning(at(n), id_, std::move(message), std::move(hint));
}

Origin ItemReader::originOf(const std::string& key) const {
  const YNode* n = node_.find(key);
  return n ? at(*n) : origin();
}

void ItemReader::checkKeys(const std::vector<std::string>& alsoAllowed) {
  const auto known = spec_.keys();
  std::vector<std::string> seen;
  for (std::size_t i = 0; i < node_.mapSize(); ++i) {
    const YNode& key = node_.key(i);
    if (std::find(seen.begin(), seen.end(), key.scalar) != seen.end()) {
      error(key, "the key '" + key.scalar + "' appears twice in this " + spec_.name, "keep only one");
      continue;
    }
    seen.push_back(key.scalar);
    if (spec_.field(key.scalar)) continue;
    if (std::find(alsoAllowed.begin(), alsoAllowed.end(), key.scalar) != alsoAllowed.end()) continue;
    std::string hint = frenchKey(key.scalar, known);
    if (hint.empty()) hint = engine::closestMatch(key.scalar, known);
    error(key, "unknown key '" + key.scalar + "' in a " + spec_.name,
          hint.empty() ? "the keys of a " + spec_.name + " are: " + [&] {
            std::string all;
            for (const auto& k : known) all += (all.empty() ? "" : ", ") + k;
            return all;
          }()
                       : "did you mean '" + hint + "'?");
  }
  for (const auto& field : spec_.fields) {
    if (!field.required) continue;
    const YNode* value = node_.find(field.key);
    if (!value || value->isNull())
      error(node_, "the " + spec_.name + " has no '" + field.key + "'", "add '" + field.key + ":' (" + field.description + ")");
    // "source: ''" is no source: a fact a player cannot look up (a new item's empty fields say what is left to write).
    else if (value->isScalar() && value->scalar.empty() && field.type != FieldType::Text)
      error(*value, "'" + field.key + "' is empty",
            field.key == "source" ? "give the public web address where this was read, or the title of a published document"
                                  : "fill it in, like the other items of this kind");
  }
}

const YNode* ItemReader::scalarAt(const std::string& key, const char* expected) {
  const YNode* n = node_.find(key);
  if (!n || n->isNull()) return nullptr;
  if (!n->isScalar()) {
    const FieldSpec* spec = spec_.field(key);
    error(*n, "'" + key + "' should be " + expected + ", found " + kindOf(*n), spec ? typeHint(spec->type) : "");
    return nullptr;
  }
  return n;
}

std::string ItemReader::id() {
  const YNode* n = scalarAt("id", "an id");
  if (!n) return {};
  if (!isValidId(n->scalar)) {
    error(*n, "'" + n->scalar + "' is not a valid id",
          "ids use lowercase letters, digits and dashes; try '" + suggestId(n->scalar) + "'");
  }
  return n->scalar;
}

std::string ItemReader::string(const std::string& key) {
  const YNode* n = scalarAt(key, "a text");
  return n ? n->scalar : std::string();
}

Text ItemReader::text(const std::string& key) {
  Text out;
  const YNode* n = node_.find(key);
  if (!n || n->isNull()) return out;
  out.origin = at(*n);
  if (n->isScalar()) {
    if (n->scalar.empty()) error(*n, "'" + key + "' is empty", "write the text, or remove the key");
    else out.byLanguage[""] = n->scalar;
    return out;
  }
  if (!n->isMap()) {
    error(*n, "'" + key + "' should be a text, found " + kindOf(*n), typeHint(FieldType::Text));
    return out;
  }
  for (std::size_t i = 0; i < n->mapSize(); ++i) {
    const YNode& lang = n->key(i);
    const YNode& value = n->value(i);
    if (std::find(languages_.begin(), languages_.end(), lang.scalar) == languages_.end()) {
      // A key no language code could be (spaces, brackets, punctuation) is a text cut by
      // a comma: the YAML-trap check names that cause, so no second, wrong, advice here.
      const bool codeLike = std::all_of(lang.scalar.begin(), lang.scalar.end(), [](char c) {
        return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' || (c & 0x80);
      });
      if (!codeLike) continue;
      std::string hint = engine::closestMatch(lang.scalar, languages_);
      // « fř », « FR », « fr. »: a short key that starts like a declared language is a typo of it.
      if (hint.empty() && engine::countCodePoints(lang.scalar) <= 3)
        for (const auto& known : languages_)
          if (!lang.scalar.empty() && std::tolower(static_cast<unsigned char>(lang.scalar[0])) == known[0]) hint = known;
      error(lang, "'" + lang.scalar + "' is not one of the pack's languages",
            hint.empty() ? "declare it in pack.yaml's languages, or remove it" : "did you mean '" + hint + "'?");
      continue;
    }
    if (value.isScalar() && value.scalar.empty()) {
      error(value, "the " + lang.scalar + " text of '" + key + "' is empty", "write it in " + lang.scalar + ", or remove that line");
      continue;
    }
    if (!value.isScalar()) {
      error(value, "the " + lang.scalar + " text of '" + key + "' should be a text, found " + kindOf(value));
      continue;
    }
    out.byLanguage[lang.scalar] = value.scalar;
  }
  return out;
}

std::optional<bool> readBoolean(const YNode& n) {
  if (!n.isScalar() || n.quoted) return std::nullopt;
  std::string word;
  for (char c : n.scalar) word += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (word == "true" || word == "yes" || word == "oui" || word == "vrai") return true;
  if (word == "false" || word == "no" || word == "non" || word == "faux") return false;
  return std::nullopt;
}

bool ItemReader::boolean(const std::string& key, bool fallback) {
  const YNode* n = scalarAt(key, "true or false");
  if (!n) return fallback;
  if (std::optional<bool> value = readBoolean(*n)) return *value;
  error(*n, "'" + key + "' should be true or false, found " + kindOf(*n),
        n->quoted ? "remove the quotes" : "write true or false");
  return fallback;
}

int ItemReader::integer(const std::string& key, int fallback, int min, int max) {
  const YNode* n = scalarAt(key, "a whole number");
  if (!n) return fallback;
  int value = 0;
  const std::string& s = n->scalar;
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), value);
  if (ec != std::errc() || p != s.data() + s.size() || n->quoted) {
    error(*n, "'" + key + "' should be a whole number, found " + kindOf(*n), "write a number like 2, without quotes");
    return fallback;
  }
  if (value < min || value > max) {
    error(*n, "'" + key + "' is " + s + "; it must be between " + std::to_string(min) + " and " + std::to_string(max));
    return std::clamp(value, min, max);
  }
  return value;
}

std::optional<Date> ItemReader::date(const std::string& key) {
  const YNode* n = scalarAt(key, "a date");
  if (!n) return std::nullopt;
  auto d = Date::parse(n->scalar);
  if (!d) error(*n, "'" + n->scalar + "' is not a date", "write it as year-month-day, like 2026-11-23");
  return d;
}

std::string ItemReader::formatted(const std::string& key) {
  const FieldSpec* spec = spec_.field(key);
  const YNode* n = scalarAt(key, "a text");
  if (!n || !spec) return {};
  const std::string& v = n->scalar;
  bool ok = true;
  switch (spec->type) {
    case FieldType::Url: ok = isValidUrl(v); break;
    case FieldType::Phone: ok = isValidPhone(v); break;
    case FieldType::Email: ok = isValidEmail(v); break;
    case FieldType::Color: ok = isValidColor(v); break;
    case FieldType::Image:
      if (!isSafeImagePath(v)) {
        error(*n, "the image '" + v + "' must be a .png path inside the pack folder",
              "write a relative path like images/logo.png, without '..' or a leading '/'");
        return {};
      }
      break;
    default: break;
  }
  if (!ok) {
    error(*n, "'" + v + "' is not a valid " + key, typeHint(spec->type));
    return {};
  }
  return v;
}

std::string ItemReader::ref(const std::string& key) {
  const YNode* n = scalarAt(key, "an id");
  if (!n) return {};
  if (!isValidId(n->scalar)) {
    error(*n, "'" + n->scalar + "' is not a valid id", "try '" + suggestId(n->scalar) + "'");
    return {};
  }
  return n->scalar;
}

std::vector<std::string> ItemReader::refList(const std::string& key) {
  std::vector<std::string> out;
  const YNode* n = node_.find(key);
  if (!n || n->isNull()) return out;
  if (n->isScalar()) {  // a single id written without brackets is fine
    if (isValidId(n->scalar)) out.push_back(n->scalar);
    else error(*n, "'" + n->scalar + "' is not a valid id", "write a list of ids, like [tal, shq]");
    return out;
  }
  if (!n->isSequence()) {
    error(*n, "'" + key + "' should be a list of ids, found " + kindOf(*n), "write it like [tal, shq]");
    return out;
  }
  for (const YNode& item : n->children) {
    if (!item.isScalar() || !isValidId(item.scalar)) {
      error(item, "'" + key + "' holds " + kindOf(item) + ", which is not an id", typeHint(FieldType::Ref));
      continue;
    }
    out.push_back(item.scalar);
  }
  return out;
}

std::vector<std::string> ItemReader::stringList(const std::string& key) {
  std::vector<std::string> out;
  const YNode* n = node_.find(key);
  if (!n || n->isNull()) return out;
  if (n->isScalar()) return {n->scalar};
  if (!n->isSequence()) {
    error(*n, "'" + key + "' should be a list, found " + kindOf(*n), "write it like [fr, en]");
    return out;
  }
  for (const YNode& item : n->children) {
    if (item.isScalar()) out.push_back(item.scalar);
    else error(item, "'" + key + "' should hold plain texts, found " + kindOf(item));
  }
  return out;
}

bool ItemReader::territories(const std::string& key, std::vector<std::string>& ids, bool fallbackAll) {
  const YNode* n = node_.find(key);
  if (!n || n->isNull()) return fallbackAll;
  if (n->isScalar() && n->scalar == "all") return true;
  ids = refList(key);
  if (n->isSequence() && n->children.empty())
    error(*n, "'" + key + "' is an empty list", "write all, or list the territory ids");
  return false;
}

std::optional<std::pair<float, float>> ItemReader::position(const std::string& key) {
  const YNode* n = node_.find(key);
  if (!n || n->isNull()) return std::nullopt;
  auto bad = [&] {
    error(*n, "'" + key + "' should be [x, y] inside the 1920x1080 board", "write it like [240, 860]");
    return std::nullopt;
  };
  if (!n->isSequence() || n->children.size() != 2) return bad();
  float xy[2];
  for (int i = 0; i < 2; ++i) {
    const YNode& c = n->children[static_cast<std::size_t>(i)];
    auto [p, ec] = std::from_chars(c.scalar.data(), c.scalar.data() + c.scalar.size(), xy[i]);
    if (!c.isScalar() || ec != std::errc() || p != c.scalar.data() + c.scalar.size() || !std::isfinite(xy[i]))
      return bad();
  }
  if (xy[0] < 0 || xy[0] > 1920 || xy[1] < 0 || xy[1] > 1080) return bad();
  return std::make_pair(xy[0], xy[1]);
}

std::optional<std::pair<int, int>> ItemReader::gridCell(const std::string& key) {
  const YNode* n = node_.find(key);
  if (!n || n->isNull()) return std::nullopt;
  int cr[2];
  bool ok = n->isSequence() && n->children.size() == 2;
  for (int i = 0; ok && i < 2; ++i) {
    const YNode& c = n->children[static_cast<std::size_t>(i)];
    auto [p, ec] = std::from_chars(c.scalar.data(), c.scalar.data() + c.scalar.size(), cr[i]);
    ok = c.isScalar() && ec == std::errc() && p == c.scalar.data() + c.scalar.size() && cr[i] >= 0 && cr[i] <= 9;
  }
  if (!ok) {
    error(*n, "'" + key + "' should be [column, row], two whole numbers from 0 to 9",
          "write it like [2, 0]: the third column, the first row (the north)");
    return std::nullopt;
  }
  return std::make_pair(cr[0], cr[1]);
}

std::string ItemReader::enumeration(const std::string& key, const std::string& fallback) {
  const FieldSpec* spec = spec_.field(key);
  const YNode* n = scalarAt(key, "one word");
  if (!n || !spec) return fallback;
  if (std::find(spec->values.begin(), spec->values.end(), n->scalar) != spec->values.end()) return n->scalar;
  std::string hint = engine::closestMatch(n->scalar, spec->values);
  std::string all;
  for (const auto& v : spec->values) all += (all.empty() ? "" : ", ") + v;
  error(*n, "'" + n->scalar + "' is not a valid " + key,
        hint.empty() ? "use one of: " + all : "did you mean '" + hint + "'?");
  return fallback;
}

Provenance ItemReader::provenance() {
  Provenance p;
  p.source = string("source");
  p.checkedOn = date("checked_on");
  if (const YNode* s = node_.find("source"); s && s->isScalar() && s->scalar.starts_with("http") && !isValidUrl(s->scalar))
    error(*s, "the source '" + s->scalar + "' is not a valid web address", typeHint(FieldType::Url));
  return p;
}

// ---------------------------------------------------------------- syntax

bool isValidId(const std::string& id) {
  if (id.empty() || id.size() > 64) return false;
  if (!std::isalnum(static_cast<unsigned char>(id[0]))) return false;
  return std::all_of(id.begin(), id.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
  });
}

bool isValidUrl(const std::string& url) {
  std::string rest;
  if (url.starts_with("https://")) rest = url.substr(8);
  else if (url.starts_with("http://")) rest = url.substr(7);
  else return false;
  std::string host = rest.substr(0, rest.find_first_of("/?#"));
  if (host.empty() || host.find('.') == std::string::npos || host.front() == '.' || host.back() == '.') return false;
  return std::none_of(url.begin(), url.end(), [](char c) { return c == ' ' || static_cast<unsigned char>(c) < 0x20; });
}

bool isValidPhone(const std::string& phone) {
  std::string number = phone;
  for (const char* marker : {" poste ", " ext. ", " ext ", " #"}) {
    auto at = number.find(marker);
    if (at != std::string::npos) {
      std::string ext = number.substr(at + std::char_traits<char>::length(marker));
      if (ext.empty() || !std::all_of(ext.begin(), ext.end(), ::isdigit)) return false;
      number = number.substr(0, at);
      break;
    }
  }
  std::string digits;
  for (char c : number) {
    if (std::isdigit(static_cast<unsigned char>(c))) digits.push_back(c);
    else if (c != ' ' && c != '-' && c != '(' && c != ')' && c != '.' && c != '+') return false;
  }
  if (digits.size() == 3) return digits[1] == '1' && digits[2] == '1' && digits[0] >= '2';  // 211, 811, 911
  if (digits.size() == 11) return digits[0] == '1' && digits[1] >= '2';
  return digits.size() == 10 && digits[0] >= '2';
}

bool isValidEmail(const std::string& email) {
  auto at = email.find('@');
  if (at == std::string::npos || at == 0 || email.find('@', at + 1) != std::string::npos) return false;
  std::string domain = email.substr(at + 1);
  auto dot = domain.find('.');
  if (dot == std::string::npos || dot == 0 || domain.back() == '.') return false;
  return std::none_of(email.begin(), email.end(), [](char c) { return c == ' ' || static_cast<unsigned char>(c) < 0x20; });
}

bool isValidColor(const std::string& color) {
  return color.size() == 7 && color[0] == '#' &&
         std::all_of(color.begin() + 1, color.end(), [](char c) { return std::isxdigit(static_cast<unsigned char>(c)); });
}

bool isSafeImagePath(const std::string& path) {
  if (path.empty() || path.front() == '/' || path.front() == '\\' || path.find('\\') != std::string::npos) return false;
  if (path.find(':') != std::string::npos) return false;  // no drive letters or URLs
  std::size_t start = 0;
  while (start <= path.size()) {
    std::size_t end = path.find('/', start);
    if (end == std::string::npos) end = path.size();
    std::string part = path.substr(start, end - start);
    if (part == ".." || part.empty()) return false;
    start = end + 1;
  }
  std::string lower = path;
  std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return std::tolower(c); });
  return lower.ends_with(".png");
}

std::string suggestId(const std::string& text) {
  std::string out;
  for (char32_t cp : engine::decodeUtf8(text)) {
    char c = 0;
    if (cp < 0x80) c = static_cast<char>(std::tolower(static_cast<int>(cp)));
    else if (cp == U'é' || cp == U'è' || cp == U'ê' || cp == U'ë' || cp == U'É' || cp == U'È') c = 'e';
    else if (cp == U'à' || cp == U'â' || cp == U'À') c = 'a';
    else if (cp == U'ç' || cp == U'Ç') c = 'c';
    else if (cp == U'î' || cp == U'ï') c = 'i';
    else if (cp == U'ô' || cp == U'ö') c = 'o';
    else if (cp == U'ù' || cp == U'û' || cp == U'ü') c = 'u';
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) out.push_back(c);
    else if (!out.empty() && out.back() != '-') out.push_back('-');
  }
  while (!out.empty() && out.back() == '-') out.pop_back();
  return out.empty() ? "my-id" : out.substr(0, 64);
}

}  // namespace game::content
