#include "game/content/hsds.h"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <map>

#include "game/content/json_text.h"
#include "game/content/phone.h"
#include "yaml_tree.h"

namespace game::content {
namespace {

// A stable UUID (version 5 layout) for a name: the same pack exports the same ids.
std::string uuidFor(const std::string& name) {
  std::uint64_t a = 1469598103934665603ull, b = 1099511628211ull ^ 0x9e3779b97f4a7c15ull;
  for (unsigned char c : name) {
    a = (a ^ c) * 1099511628211ull;
    b = (b ^ c) * 0x100000001b3ull + 0x2545F4914F6CDD1Dull;
  }
  char out[40];
  std::snprintf(out, sizeof out, "%08x-%04x-5%03x-%04x-%012llx", static_cast<unsigned>(a >> 32),
                static_cast<unsigned>((a >> 16) & 0xffff), static_cast<unsigned>(a & 0xfff),
                static_cast<unsigned>(0x8000 | ((b >> 48) & 0x3fff)),
                static_cast<unsigned long long>(b & 0xffffffffffffull));
  return out;
}

std::string textJson(const Text& t) {
  std::string out = "{";
  bool first = true;
  for (const auto& [lang, value] : t.byLanguage) {
    out += (first ? "" : ", ") + jsonString(lang.empty() ? "*" : lang) + ": " + jsonString(value);
    first = false;
  }
  return out + "}";
}

std::string field(const std::string& key, const std::string& jsonValue) { return jsonString(key) + ": " + jsonValue; }

// "418 555-0199 poste 2" -> number and extension (HSDS keeps them apart).
std::pair<std::string, std::string> splitExtension(const std::string& phone) {
  const std::string shown = displayPhone(phone, true);
  const auto at = shown.find(", poste ");
  if (at == std::string::npos) return {shown, ""};
  return {shown.substr(0, at), shown.substr(at + 8)};
}

std::string phoneJson(const std::string& serviceKey, const std::string& phone, const std::string& description) {
  auto [number, extension] = splitExtension(phone);
  std::string out = "{" + field("id", jsonString(uuidFor(serviceKey + "/phone/" + phone))) + ", " +
                    field("number", jsonString(number));
  if (!extension.empty()) out += ", " + field("extension", extension);
  out += ", " + field("description", jsonString(description)) + "}";
  return out;
}

// --- reading -------------------------------------------------------------

const YNode* at(const YNode* n, const std::string& key) { return n && n->isMap() ? n->find(key) : nullptr; }
std::string str(const YNode* n) { return n && n->isScalar() ? n->scalar : ""; }

std::string fold(const std::string& s) {  // lowercase ASCII, accents kept: enough to match names
  std::string out;
  for (char c : s) out += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  return out;
}

std::string slug(const std::string& name) {
  std::string out;
  for (unsigned char c : fold(name)) {
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) out += static_cast<char>(c);
    else if (!out.empty() && out.back() != '-') out += '-';
  }
  while (!out.empty() && out.back() == '-') out.pop_back();
  return out.empty() ? "service" : out.substr(0, 60);
}

}  // namespace

std::string exportHsdsServices(const Pack& pack) {
  std::string out = "[\n";
  const std::string fr = pack.info.languages.empty() ? "fr" : pack.info.languages.front();
  for (std::size_t i = 0; i < pack.resources.size(); ++i) {
    const Resource& r = pack.resources[i];
    const std::string key = pack.info.id + "/" + r.id;
    std::vector<std::string> fields;
    fields.push_back(field("id", jsonString(uuidFor(key))));
    fields.push_back(field("name", jsonString(r.name.get(fr))));
    for (const auto& lang : pack.info.languages)
      if (lang != fr && r.name.has(lang) && r.name.get(lang) != r.name.get(fr))
        fields.push_back(field("alternate_name", jsonString(r.name.get(lang))));
    fields.push_back(field("description", jsonString(r.what.get(fr))));
    if (!r.contact.website.empty()) fields.push_back(field("url", jsonString(r.contact.website)));
    if (!r.contact.email.empty()) fields.push_back(field("email", jsonString(r.contact.email)));
    fields.push_back(field("status", "\"active\""));
    if (!r.who.empty()) fields.push_back(field("eligibility_description", jsonString(r.who.get(fr))));
    if (r.provenance.checkedOn) fields.push_back(field("assured_date", jsonString(r.provenance.checkedOn->iso())));
    std::string org = "{" + field("id", jsonString(uuidFor(key + "/organization"))) + ", " +
                      field("name", jsonString(r.name.get(fr))) + ", " + field("description", jsonString(r.what.get(fr)));
    if (!r.contact.website.empty()) org += ", " + field("website", jsonString(r.contact.website));
    fields.push_back(field("organization", org + "}"));
    std::vector<std::string> phones;
    if (!r.contact.phone.empty()) phones.push_back(phoneJson(key, r.contact.phone, "main"));
    if (!r.contact.tollFree.empty()) phones.push_back(phoneJson(key, r.contact.tollFree, "toll free"));
    std::string list = "[";
    for (std::size_t p = 0; p < phones.size(); ++p) list += (p ? ", " : "") + phones[p];
    fields.push_back(field("phones", list + "]"));
    std::vector<std::string> areas;
    if (r.allTerritories) {
      areas.push_back("{" + field("id", jsonString(uuidFor(key + "/area/all"))) + ", " +
                      field("name", jsonString(pack.info.region)) + ", " + field("extent_type", "\"text\"") + "}");
    } else {
      for (const auto& t : r.territories) {
        const Territory* territory = pack.territory(t);
        areas.push_back("{" + field("id", jsonString(uuidFor(key + "/area/" + t))) + ", " +
                        field("name", jsonString(territory ? territory->name.get(fr) : t)) + ", " +
                        field("extent_type", "\"text\"") + "}");
      }
    }
    list = "[";
    for (std::size_t a = 0; a < areas.size(); ++a) list += (a ? ", " : "") + areas[a];
    fields.push_back(field("service_areas", list + "]"));
    list = "[";
    for (std::size_t l = 0; l < pack.info.languages.size(); ++l)
      list += std::string(l ? ", " : "") + "{" + field("id", jsonString(uuidFor(key + "/lang/" + pack.info.languages[l]))) +
              ", " + field("code", jsonString(pack.info.languages[l])) + "}";
    fields.push_back(field("languages", list + "]"));
    // What HSDS has no place for, so that importing it back loses nothing.
    std::string territories = "[";
    for (std::size_t t = 0; t < r.territories.size(); ++t) territories += (t ? ", " : "") + jsonString(r.territories[t]);
    std::string extra = "{" + field("id", jsonString(r.id)) + ", " + field("name", textJson(r.name)) + ", " +
                        field("category", jsonString(r.category)) + ", " +
                        field("territories", r.allTerritories ? "\"all\"" : territories + "]") + ", " +
                        field("what", textJson(r.what)) + ", " + field("source", jsonString(r.provenance.source));
    if (!r.theme.empty()) extra += ", " + field("theme", jsonString(r.theme));
    if (!r.who.empty()) extra += ", " + field("who", textJson(r.who));
    if (!r.callScript.empty()) extra += ", " + field("call_script", textJson(r.callScript));
    if (!r.contact.hours.empty()) extra += ", " + field("hours", textJson(r.contact.hours));
    if (!r.contact.address.empty()) extra += ", " + field("address", jsonString(r.contact.address));
    if (!r.contact.phone.empty()) extra += ", " + field("phone", jsonString(r.contact.phone));
    if (!r.contact.tollFree.empty()) extra += ", " + field("toll_free", jsonString(r.contact.tollFree));
    fields.push_back(field("x-declic", extra + "}"));
    out += "  {";
    for (std::size_t f = 0; f < fields.size(); ++f) out += (f ? ",\n   " : "") + fields[f];
    out += i + 1 < pack.resources.size() ? "},\n" : "}\n";
  }
  return out + "]\n";
}

HsdsImportResult importHsdsServices(PackDocument& doc, const Pack& pack, const std::string& json,
                                    const std::string& fileName) {
  HsdsImportResult result;
  const std::string prefix = "{\"services\": ";
  YNode root;
  try {
    root = parseYaml(prefix + json + "\n}", {}, {});
  } catch (const YamlError& e) {
    const int column = e.line == 1 ? std::max(1, e.column - static_cast<int>(prefix.size())) : e.column;
    result.problems.push_back(fileName + ":" + std::to_string(e.line) + ":" + std::to_string(column) +
                              ": this is not JSON that can be read (" + e.what() + ")");
    return result;
  }
  const YNode* services = root.find("services");
  auto problem = [&](const YNode& n, const std::string& message) {
    const int column = n.line == 1 ? std::max(1, n.column - static_cast<int>(prefix.size())) : n.column;
    result.problems.push_back(fileName + ":" + std::to_string(n.line) + ":" + std::to_string(column) + ": " + message);
  };
  if (!services || !services->isSequence()) {
    problem(services ? *services : root, "an HSDS services file is a JSON list of services: [ {…}, {…} ]");
    return result;
  }
  const std::string fr = pack.info.languages.empty() ? "fr" : pack.info.languages.front();
  std::size_t file = 0;
  for (const auto& item : doc.items())
    if (item.section == "resources") file = item.file;
  if (file == 0) file = doc.files().size() > 1 ? doc.files().size() - 1 : 0;
  doc.beginGroup("HSDS " + fileName);
  for (const YNode& s : services->children) {
    if (!s.isMap()) {
      problem(s, "this is not a service (a JSON object); it was left out");
      continue;
    }
    const YNode* x = at(&s, "x-declic");
    const std::string name = str(at(&s, "name"));
    std::string id = str(at(x, "id"));
    if (id.empty()) id = slug(name);
    if (name.empty() && !x) {
      problem(s, "a service without 'name' was left out");
      continue;
    }
    std::vector<std::pair<std::string, std::string>> fields{{"id", id}};
    auto texts = [&](const std::string& key, const YNode* map, const std::string& fallback) {
      if (map && map->isMap()) {
        for (std::size_t i = 0; i < map->mapSize(); ++i)
          if (map->value(i).isScalar())
            fields.push_back({map->key(i).scalar == "*" ? key : key + "." + map->key(i).scalar, map->value(i).scalar});
      } else if (!fallback.empty()) {
        fields.push_back({key + "." + fr, fallback});
      }
    };
    texts("name", at(x, "name"), name);
    std::string category = str(at(x, "category"));
    if (category.empty() || !pack.category(category)) {
      // HSDS has no category of ours: seed with the pack's first and say so, rather than drop the service.
      if (pack.categories.empty()) {
        problem(s, "'" + name + "': the pack has no categories to file it under; it was left out");
        continue;
      }
      problem(s, "'" + name + "': filed under '" + pack.categories.front().id +
                     "' (HSDS has no category of this pack); check it in the editor");
      category = pack.categories.front().id;
    }
    fields.push_back({"category", category});
    std::string theme = str(at(x, "theme"));
    // Another pack's theme means nothing here: the pack's first theme stands in for it.
    if (std::none_of(pack.themes.begin(), pack.themes.end(), [&](const Theme& t) { return t.id == theme; })) theme.clear();
    if (theme.empty() && !pack.themes.empty()) theme = pack.themes.front().id;
    if (!theme.empty()) fields.push_back({"theme", theme});
    std::string territories;
    // A Dé-CLIC export names its territories by id; only the ids this pack knows are kept
    // (a pack of another region falls back on the service areas' names, below).
    if (const YNode* t = at(x, "territories"); t && t->isScalar()) {
      territories = t->scalar;
    } else if (t && t->isSequence()) {
      for (const auto& c : t->children)
        if (pack.territory(c.scalar)) territories += (territories.empty() ? "" : ", ") + c.scalar;
    }
    if (territories.empty())
      if (const YNode* areas = at(&s, "service_areas"); areas && areas->isSequence()) {
      for (const auto& area : areas->children) {
        const std::string areaName = fold(str(at(&area, "name")));
        const Territory* match = nullptr;
        for (const auto& candidate : pack.territories)
          if (fold(candidate.name.get(fr)) == areaName || candidate.id == areaName) match = &candidate;
        if (match) territories += (territories.empty() ? "" : ", ") + match->id;
        else if (fold(pack.info.region) == areaName) territories = "all";
        else problem(area, "the service area '" + str(at(&area, "name")) + "' is not a territory of this pack; left out");
      }
      }
    fields.push_back({"territories", territories.empty() ? "all" : territories});
    texts("what", at(x, "what"), str(at(&s, "description")));
    texts("who", at(x, "who"), str(at(&s, "eligibility_description")));
    texts("call_script", at(x, "call_script"), "");
    std::string phone = str(at(x, "phone")), tollFree = str(at(x, "toll_free"));
    if (!x)
      if (const YNode* phones = at(&s, "phones"); phones && phones->isSequence())
        for (const auto& p : phones->children) {
          std::string number = str(at(&p, "number"));
          if (const std::string ext = str(at(&p, "extension")); !ext.empty()) number += " poste " + ext;
          const bool free = number.starts_with("1 8") || number.starts_with("18") || number.starts_with("1-8");
          (free ? tollFree : phone) = (free ? tollFree : phone).empty() ? number : (free ? tollFree : phone);
        }
    if (!phone.empty()) fields.push_back({"phone", phone});
    if (!tollFree.empty()) fields.push_back({"toll_free", tollFree});
    if (const std::string address = str(at(x, "address")); !address.empty()) fields.push_back({"address", address});
    std::string website = str(at(&s, "url"));
    if (website.empty()) website = str(at(at(&s, "organization"), "website"));
    if (!website.empty()) fields.push_back({"website", website});
    if (const std::string email = str(at(&s, "email")); !email.empty()) fields.push_back({"email", email});
    texts("hours", at(x, "hours"), "");
    std::string source = str(at(x, "source"));
    if (source.empty())
      source = website.empty() ? "HSDS: " + fileName.substr(fileName.find_last_of('/') + 1) : website;
    fields.push_back({"source", source});
    const std::string assured = str(at(&s, "assured_date"));
    if (!Date::parse(assured)) {
      problem(s, "'" + name + "' has no assured_date (when it was checked); it was left out. Check the facts, "
                                "then add it with today's date");
      continue;
    }
    fields.push_back({"checked_on", assured});

    std::string error;
    if (auto existing = doc.findItem(id, "resources")) {
      bool changed = false;
      for (const auto& [path, value] : fields) {
        if (path == "id" || doc.get(*existing, path).value_or("") == value) continue;
        if (doc.set(*existing, path, value, error)) changed = true;
        else problem(s, "'" + id + "' " + path + ": " + error);
      }
      result.updated += changed ? 1 : 0;
    } else if (doc.addItem("resources", file, fields, error)) {
      ++result.added;
    } else {
      problem(s, "'" + id + "': " + error);
    }
  }
  doc.endGroup();
  return result;
}

}  // namespace game::content
