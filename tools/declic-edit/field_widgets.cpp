#include "field_widgets.h"

#include <imgui.h>
#include <imgui_internal.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <map>
#include <set>

#include "game/content/schema.h"
#include "game/ui/board_geometry.h"
#include "game/ui/strings.h"

using namespace game::content;

namespace declic_edit {
namespace {

// What facilitators call each key, beside the key itself (they see both,
// and learn the YAML word without having to type it).
const char* frenchLabel(const std::string& key) {
  static const std::map<std::string, const char*> labels = {
      {"id", "Identifiant"}, {"name", "Nom"}, {"what", "Ce que ça fait"}, {"who", "Pour qui"},
      {"phone", "Téléphone"}, {"toll_free", "Sans frais"}, {"address", "Adresse"}, {"website", "Site web"},
      {"email", "Courriel"}, {"hours", "Heures"}, {"source", "Source"}, {"checked_on", "Vérifié le"},
      {"category", "Catégorie"}, {"territories", "Territoires (MRC)"}, {"theme", "Thème"},
      {"call_script", "Quoi dire en appelant"}, {"statement", "Énoncé"}, {"answer", "Vrai ?"},
      {"explanation", "Explication"}, {"legal_reference", "Référence légale"}, {"resources", "Ressources"},
      {"title", "Titre"}, {"situation", "Situation"}, {"choices", "Choix"}, {"text", "Texte"},
      {"feedback", "Ce qu’on répond"}, {"points", "Points"}, {"move", "Déplacement"}, {"question", "Question"},
      {"answers", "Réponses"}, {"effect", "Effet"}, {"everyone", "Pour tout le monde"}, {"image", "Image"},
      {"logo", "Logo"}, {"color", "Couleur"}, {"icon", "Icône"}, {"seat", "Chef-lieu"}, {"kind", "Type"},
      {"office", "Office d’habitation"}, {"essentials", "À garder près de soi"},
      {"office_note", "Conseil s’il n’y a pas d’office"}, {"version", "Version"}, {"region", "Région"},
      {"languages", "Langues"}, {"authors", "Auteurs"}, {"licence", "Licence"}, {"extends", "Ajoute au pack"},
      {"description", "Description"}, {"type", "Genre de case"}, {"territory", "Territoire"}, {"mrc", "MRC"},
      {"at", "Position"}, {"map", "Place sur la carte"}, {"jump", "Raccourci ou détour"}, {"to", "Vers la case"}, {"by", "Par"},
      {"spaces", "Cases"}, {"layout", "Forme"}, {"settings", "Réglages"}, {"rounds", "Tours"},
      {"goal_points", "Points pour gagner"}, {"cooperative_goal", "But coopératif"}, {"die_sides", "Faces du dé"}};
  auto it = labels.find(key);
  return it == labels.end() ? nullptr : it->second;
}

std::vector<std::string> packLanguages(const EditorModel& m) {
  auto langs = m.checked.pack.info.languages;
  if (langs.empty()) langs = {"fr", "en"};
  return langs;
}

// Ids (and names) a reference field may name.
std::vector<std::pair<std::string, std::string>> candidates(const Pack& pack, const std::string& kind) {
  std::vector<std::pair<std::string, std::string>> out;
  auto add = [&](const auto& list) {
    for (const auto& x : list) out.push_back({x.id, x.name.get("fr")});
  };
  if (kind == "resource") add(pack.resources);
  if (kind == "territory") add(pack.territories);
  if (kind == "category") add(pack.categories);
  if (kind == "theme") add(pack.themes);
  return out;
}

void label(const EditorModel& m, const FieldSpec& f) {
  const char* fr = frenchLabel(f.key);
  std::string text = (fr && !m.english ? std::string(fr) + " · " + f.key : f.key) + (f.required ? " *" : "");
  ImGui::TextUnformatted(text.c_str());
  if (ImGui::IsItemHovered() && !f.description.empty()) ImGui::SetTooltip("%s", f.description.c_str());
}

void apply(EditorModel& m, const ItemRef& item, const std::string& path, const std::string& value, bool typing) {
  std::string error;
  if (!m.doc.set(item, path, value, error, typing)) m.refuse(error);
}

// A message points here: scroll to it and put the caret in it, once.
void focusIfAsked(EditorModel& m, const std::string& path) {
  if (m.focusPath.empty() || !(path == m.focusPath || m.focusPath.starts_with(path + "."))) return;
  ImGui::SetScrollHereY(0.3f);
  ImGui::SetKeyboardFocusHere();
  m.focusPath.clear();
}

void textField(EditorModel& m, const ItemRef& item, const FieldSpec& f, const std::string& path) {
  const auto langs = packLanguages(m);
  const bool longText = f.key != "name" && f.key != "title";
  if (ImGui::BeginTable("langs", static_cast<int>(langs.size()), ImGuiTableFlags_SizingStretchSame)) {
    for (const auto& lang : langs) {
      ImGui::TableNextColumn();
      const std::string p = path + "." + lang;
      std::string value = m.doc.get(item, p).value_or("");
      ImGui::PushID(lang.c_str());
      ImGui::TextDisabled("%s", lang == "fr" ? "Français" : lang == "en" ? "English" : lang.c_str());
      focusIfAsked(m, p);
      bool changed = longText ? ImGui::InputTextMultiline("##t", &value, ImVec2(-1, ImGui::GetTextLineHeight() * 3.4f))
                              : (ImGui::SetNextItemWidth(-1), ImGui::InputText("##t", &value));
      m.mark(p);
      if (changed) apply(m, item, p, value, true);
      ImGui::PopID();
    }
    ImGui::EndTable();
  }
}

void refPicker(EditorModel& m, const ItemRef& item, const FieldSpec& f, const std::string& path) {
  std::string current = m.doc.get(item, path).value_or("");
  ImGui::SetNextItemWidth(-1);
  focusIfAsked(m, path);
  if (ImGui::BeginCombo("##ref", current.empty() ? m.t("(aucun)", "(none)") : current.c_str())) {
    static std::string filter;
    if (ImGui::IsWindowAppearing()) {
      filter.clear();
      ImGui::SetKeyboardFocusHere();
    }
    ImGui::InputTextWithHint("##filter", m.t("Chercher…", "Search…"), &filter);
    for (const auto& [id, name] : candidates(m.checked.pack, f.refKind)) {
      const std::string shown = id + "  —  " + name;
      if (!filter.empty() && shown.find(filter) == std::string::npos) continue;
      if (ImGui::Selectable(shown.c_str(), id == current)) apply(m, item, path, id, false);
    }
    ImGui::EndCombo();
  }
}

void listPicker(EditorModel& m, const ItemRef& item, const FieldSpec& f, const std::string& path) {
  std::string current = m.doc.get(item, path).value_or("");
  std::set<std::string> chosen;
  for (std::size_t a = 0, b; a < current.size(); a = b + 2) {
    b = current.find(", ", a);
    if (b == std::string::npos) b = current.size();
    chosen.insert(current.substr(a, b - a));
  }
  ImGui::SetNextItemWidth(-1);
  focusIfAsked(m, path);
  if (ImGui::BeginCombo("##list", current.empty() ? m.t("(aucun)", "(none)") : current.c_str(),
                        ImGuiComboFlags_HeightLarge)) {
    static std::string filter;
    if (ImGui::IsWindowAppearing()) filter.clear();
    ImGui::InputTextWithHint("##filter", m.t("Chercher…", "Search…"), &filter);
    auto write = [&] {
      std::string joined;
      for (const auto& id : chosen) joined += (joined.empty() ? "" : ", ") + id;
      apply(m, item, path, joined, false);
    };
    if (f.type == FieldType::Territories) {
      bool all = chosen.count("all") == 1;
      if (ImGui::Checkbox(m.t("Toute la région (all)", "The whole region (all)"), &all)) {
        chosen.clear();
        if (all) chosen.insert("all");
        write();
      }
    }
    const std::string kind = f.type == FieldType::Territories ? "territory" : f.refKind;
    for (const auto& [id, name] : candidates(m.checked.pack, kind)) {
      const std::string shown = id + "  —  " + name;
      if (!filter.empty() && shown.find(filter) == std::string::npos) continue;
      bool on = chosen.count(id) == 1;
      if (ImGui::Checkbox(shown.c_str(), &on)) {
        chosen.erase("all");
        if (on) chosen.insert(id);
        else chosen.erase(id);
        write();
      }
    }
    ImGui::EndCombo();
  }
}

void objectFields(EditorModel& m, const ItemRef& item, const std::string& spec, const std::string& path);

// How many entries a list may hold, so the form never offers a card the game refuses.
std::pair<std::size_t, std::size_t> entryBounds(const std::string& key) {
  if (key == "choices") return {2, 4};
  if (key == "answers") return {2, 3};
  return {4, 200};  // a board's spaces: the game's rule is four at least
}

// The fields a new entry starts with: its texts in every language, empty for
// the facilitator to write (the validation below says what is still missing).
std::vector<std::pair<std::string, std::string>> newEntry(const EditorModel& m, const FieldSpec& list) {
  if (list.key == "spaces") return {{"type", "rest"}};
  std::vector<std::pair<std::string, std::string>> fields;
  // A new honest choice is worth a point, as the pack's rules ask; the facilitator may change it.
  const bool choice = list.key == "choices";
  const ItemSpec& entry = itemSpec(list.object);
  for (const auto& f : entry.fields)
    if (f.required && f.type == FieldType::Text)
      for (const auto& lang : packLanguages(m)) fields.push_back({f.key + "." + lang, ""});
  if (choice) fields.push_back({"points", "1"});
  return fields;
}

// A space's kind as the board names it (« rest » is « Pause »), the YAML word beside it.
std::string spaceKindWords(const EditorModel& m, const std::string& type) {
  const auto kind = spaceKindNamed(type);
  if (!kind) return type;
  return game::tr(game::spaceLabel(*kind), m.english ? game::Language::English : game::Language::French) + " (" + type + ")";
}

// A space's heading: its number and what it is, so a long board reads at a glance.
std::string spaceHeading(const EditorModel& m, const ItemRef& item, const std::string& path, int i) {
  std::string heading =
      m.t("Case ", "Space ") + std::to_string(i) + " · " + spaceKindWords(m, m.doc.get(item, path + ".type").value_or("?"));
  if (auto t = m.doc.get(item, path + ".territory")) heading += " (" + *t + ")";
  if (auto mrc = m.doc.get(item, path + ".mrc")) heading += m.t(" (MRC du joueur)", " (player's RCM)");
  if (auto to = m.doc.get(item, path + ".jump.to")) heading += m.t(" · saut vers la case ", " · jumps to space ") + *to;
  return heading;
}

void objectList(EditorModel& m, const ItemRef& item, const FieldSpec& f, const std::string& path) {
  // As many as the item holds (a scenario's choices, a discussion's answers, a board's spaces).
  std::set<int> present;
  for (const auto& p : m.doc.fieldPaths(item))
    if (p.starts_with(path + ".")) present.insert(std::atoi(p.c_str() + path.size() + 1));
  const auto [fewest, most] = entryBounds(f.key);
  const bool spaces = f.key == "spaces";
  const char* fr = frenchLabel(f.key);
  std::string error;
  for (int i : present) {
    const std::string entryPath = path + "." + std::to_string(i);
    const std::string heading = spaces ? spaceHeading(m, item, entryPath, i)
                                       : std::string(fr && !m.english ? fr : f.key.c_str()) + " " + static_cast<char>('A' + i);
    const bool open = ImGui::TreeNodeEx(reinterpret_cast<void*>(static_cast<intptr_t>(i)),
                                        spaces ? 0 : ImGuiTreeNodeFlags_DefaultOpen, "%s", heading.c_str());
    m.mark(entryPath);
    if (open) {
      if (!f.object.empty()) objectFields(m, item, f.object, entryPath);
      if (present.size() > fewest) {
        const bool remove = ImGui::Button(spaces ? m.t("Retirer cette case", "Remove this space")
                                                 : m.t("Retirer", "Remove"));
        m.mark(entryPath + ".remove");
        if (remove && !m.doc.removeListEntry(item, path, static_cast<std::size_t>(i), error)) m.refuse(error);
      }
      if (spaces) {
        ImGui::SameLine();
        const bool insert = ImGui::Button(m.t("Ajouter une case avant", "Add a space before"));
        m.mark(entryPath + ".insert");
        if (insert && !m.doc.insertListEntry(item, path, static_cast<std::size_t>(i), newEntry(m, f), error))
          m.refuse(error);
      }
      ImGui::TreePop();
    }
  }
  if (!spaces && present.size() < most) {
    const std::string add = f.key == "answers" ? m.t("Ajouter une réponse", "Add an answer") : m.t("Ajouter un choix", "Add a choice");
    const bool pressed = ImGui::Button(add.c_str());
    m.mark(path + ".add");
    if (pressed && !m.doc.insertListEntry(item, path, present.size(), newEntry(m, f), error)) m.refuse(error);
  }
}

void field(EditorModel& m, const ItemRef& item, const FieldSpec& f, const std::string& path);

void objectFields(EditorModel& m, const ItemRef& item, const std::string& spec, const std::string& path) {
  for (const auto& sub : itemSpec(spec).fields) field(m, item, sub, path + "." + sub.key);
}

void field(EditorModel& m, const ItemRef& item, const FieldSpec& f, const std::string& path) {
  ImGui::PushID(path.c_str());
  const bool highlighted = !m.focusPath.empty() && (m.focusPath == path || m.focusPath.starts_with(path + "."));
  if (highlighted) ImGui::PushStyleColor(ImGuiCol_FrameBg, IM_COL32(255, 228, 196, 255));
  switch (f.type) {
    case FieldType::Text:
      label(m, f);
      textField(m, item, f, path);
      break;
    case FieldType::Id: {
      label(m, f);
      std::string value = m.doc.get(item, path).value_or("");
      ImGui::TextDisabled("%s  %s", value.c_str(), m.t("(Renommer… pour le changer partout)",
                                                        "(Rename… changes it everywhere)"));
      break;
    }
    case FieldType::Ref:
      label(m, f);
      refPicker(m, item, f, path);
      break;
    case FieldType::RefList:
    case FieldType::Territories:
      label(m, f);
      listPicker(m, item, f, path);
      break;
    case FieldType::Bool: {
      std::string value = m.doc.get(item, path).value_or("");
      bool on = value == "true";
      const char* fr = frenchLabel(f.key);
      std::string text = (fr && !m.english ? std::string(fr) + " · " + f.key : f.key);
      focusIfAsked(m, path);
      if (ImGui::Checkbox(text.c_str(), &on)) apply(m, item, path, on ? "true" : "false", false);
      break;
    }
    case FieldType::Integer: {
      label(m, f);
      std::string value = m.doc.get(item, path).value_or("");
      int number = 0;
      try {
        number = value.empty() ? 0 : std::stoi(value);
      } catch (...) {
      }
      ImGui::SetNextItemWidth(200);
      focusIfAsked(m, path);
      const bool changed = ImGui::InputInt("##n", &number);
      m.mark(path);
      if (changed) apply(m, item, path, std::to_string(number), true);
      break;
    }
    case FieldType::Enum: {
      label(m, f);
      std::string value = m.doc.get(item, path).value_or("");
      ImGui::SetNextItemWidth(300);
      focusIfAsked(m, path);
      if (ImGui::BeginCombo("##e", value.c_str())) {
        for (const auto& v : f.values)
          if (ImGui::Selectable(v.c_str(), v == value)) apply(m, item, path, v, false);
        ImGui::EndCombo();
      }
      break;
    }
    case FieldType::Object: {
      // Open when it holds something; an absent shortcut stays folded, out of the way.
      bool present = false;
      for (const auto& p : m.doc.fieldPaths(item)) present = present || p.starts_with(path + ".");
      if (ImGui::TreeNodeEx(f.key.c_str(), present ? ImGuiTreeNodeFlags_DefaultOpen : 0, "%s",
                            frenchLabel(f.key) && !m.english ? frenchLabel(f.key) : f.key.c_str())) {
        objectFields(m, item, f.object, path);
        ImGui::TreePop();
      }
      break;
    }
    case FieldType::ObjectList:
      objectList(m, item, f, path);
      break;
    default: {  // strings, URLs, phones, e-mails, dates, images, colours, lists of words
      label(m, f);
      std::string value = m.doc.get(item, path).value_or("");
      const bool isDate = f.type == FieldType::Date;
      ImGui::SetNextItemWidth(isDate ? 220 : -1);
      const char* hint = f.type == FieldType::Phone ? m.t("ex. 418 555-0199, 1 800 555-0199 ou 211",
                                                          "e.g. 418 555-0199, 1 800 555-0199 or 211")
                         : f.type == FieldType::Url ? "https://…"
                         : isDate                   ? "AAAA-MM-JJ"
                                                    : "";
      focusIfAsked(m, path);
      const bool changed = ImGui::InputTextWithHint("##s", hint, &value);
      m.mark(path);
      if (changed) apply(m, item, path, value, true);
      if (isDate) {
        ImGui::SameLine();
        if (ImGui::Button(m.t("Aujourd’hui", "Today"))) apply(m, item, path, m.today().iso(), false);
      }
      break;
    }
  }
  if (highlighted) ImGui::PopStyleColor();
  ImGui::PopID();
  ImGui::Spacing();
}

}  // namespace

void drawItemForm(EditorModel& m, const ItemRef& item) {
  const ItemSpec& spec = itemSpec(item.kind);
  for (const auto& f : spec.fields) {
    field(m, item, f, f.key);
  }
}

}  // namespace declic_edit
