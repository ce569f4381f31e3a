#include "editor_panels.h"

#include <SDL.h>
#include <imgui.h>
#include <imgui_internal.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <fstream>
#include <sstream>

#include "field_widgets.h"
#include "game/content/resource_table.h"
#include "game/content/schema.h"

using namespace game::content;

namespace declic_edit {
namespace {

constexpr ImGuiWindowFlags kPanel = ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize |
                                    ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoSavedSettings;

struct SectionName {
  const char* section;
  const char* fr;
  const char* en;
};
const SectionName kSections[] = {
    {"pack", "Le pack", "The pack"},          {"territories", "Territoires", "Territories"},
    {"themes", "Thèmes", "Themes"},           {"categories", "Catégories", "Categories"},
    {"resources", "Ressources", "Resources"}, {"rights", "Droits", "Rights"},
    {"scenarios", "Situations", "Scenarios"}, {"events", "Événements", "Events"},
    {"discussions", "On en parle", "Let's talk"}, {"boards", "Plateaux", "Boards"},
    {"board", "Plateau", "Board"}};

// The words that name an item in the list: its name, title, statement or question.
std::string itemTitle(const PackDocument& doc, const ItemRef& item) {
  for (const char* key : {"name.fr", "title.fr", "statement.fr", "question.fr", "name", "title"})
    if (auto v = doc.get(item, key); v && !v->empty()) return *v;
  return "";
}

std::string shorten(const std::string& s, std::size_t max) {
  if (s.size() <= max) return s;
  std::size_t cut = max;
  while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;  // never mid-character
  return s.substr(0, cut) + "…";
}

bool listed(const std::string& value, const std::string& id) {
  if (value == "all") return true;
  std::size_t at = value.find(id);
  while (at != std::string::npos) {
    const bool startOk = at == 0 || value[at - 1] == ' ';
    const bool endOk = at + id.size() == value.size() || value[at + id.size()] == ',';
    if (startOk && endOk) return true;
    at = value.find(id, at + 1);
  }
  return false;
}

}  // namespace

EditorPanels::EditorPanels(EditorModel& model, std::vector<engine::Scene::Target>& labelled, ToCanvas toCanvas)
    : m_(model), labelled_(labelled), toCanvas_(std::move(toCanvas)) {
  m_.mark = [this](const std::string& label) {
    ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
    labelled_.push_back({label, toCanvas_(a.x, a.y, b.x - a.x, b.y - a.y)});
  };
}

bool EditorPanels::button(const char* label) {
  const bool pressed = ImGui::Button(label);
  ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
  std::string name = label;
  if (auto hash = name.find("##"); hash != std::string::npos) name.resize(hash);
  labelled_.push_back({name, toCanvas_(a.x, a.y, b.x - a.x, b.y - a.y)});
  return pressed;
}

void EditorPanels::undo() {
  ImGui::ClearActiveID();  // a field being typed in shows the undone text, not its own copy
  if (!m_.doc.undo()) m_.status = m_.t("Rien à annuler.", "Nothing to undo.");
}

void EditorPanels::redo() {
  ImGui::ClearActiveID();
  if (!m_.doc.redo()) m_.status = m_.t("Rien à rétablir.", "Nothing to redo.");
}

void EditorPanels::save(bool overwrite) {
  std::string error;
  if (m_.doc.save(error, overwrite)) {
    m_.status = m_.t("Enregistré. L’ancienne version de chaque fichier est gardée à côté (.bak).",
                     "Saved. Each file's previous version is kept beside it (.bak).");
    m_.changedOnDisk.clear();
  } else {
    m_.refuse(error);
    if (!m_.doc.changedOnDisk().empty()) dialog_ = 6;
  }
}

void EditorPanels::shortcuts() {
  const ImGuiIO& io = ImGui::GetIO();
  if (!io.KeyCtrl) return;
  if (ImGui::IsKeyPressed(SDL_SCANCODE_S, false)) save(false);
  // Inside a text field, Ctrl+Z first undoes the typing there (ImGui's own).
  if (io.WantTextInput) return;
  if (ImGui::IsKeyPressed(SDL_SCANCODE_Z, false)) undo();
  if (ImGui::IsKeyPressed(SDL_SCANCODE_Y, false)) redo();
}

void EditorPanels::build() {
  labelled_.clear();
  m_.pollCheck();
  shortcuts();
  const ImGuiIO& io = ImGui::GetIO();
  const float W = io.DisplaySize.x, H = io.DisplaySize.y;
  menu();
  const float top = ImGui::GetFrameHeight();
  const float bottom = std::max(170.f, H * 0.25f);
  const float listW = std::max(260.f, W * 0.2f), formW = W * 0.4f;
  const float bar = ImGui::GetFrameHeightWithSpacing() * 3 + 8;
  itemList(0, top, listW, H - top - bottom);
  form(listW, top, formW, H - top - bottom);
  previewBar(listW + formW, top, W - listW - formW, bar);
  const ImVec2 scale = io.DisplayFramebufferScale;
  m_.previewPixels = {(listW + formW) * scale.x, (top + bar) * scale.y, (W - listW - formW) * scale.x,
                      (H - top - bottom - bar) * scale.y};
  messages(0, H - bottom, W, bottom);
  dialogs();
}

void EditorPanels::menu() {
  if (!ImGui::BeginMainMenuBar()) return;
  if (ImGui::BeginMenu(m_.t("Fichier", "File"))) {
    if (ImGui::MenuItem(m_.t("Enregistrer", "Save"), "Ctrl+S")) save(false);
    if (ImGui::MenuItem(m_.t("Exporter les ressources (tableur CSV)…", "Export the resources (CSV spreadsheet)…"))) {
      targetFile_ = m_.doc.folder() + "/../ressources.csv";
      dialog_ = 7;
    }
    if (ImGui::MenuItem(m_.t("Importer un tableur (CSV)…", "Import a spreadsheet (CSV)…"))) {
      targetFile_ = m_.doc.folder() + "/../ressources.csv";
      dialog_ = 8;
    }
    if (ImGui::MenuItem(m_.t("Quitter", "Quit"))) m_.quitRequested = true;
    ImGui::EndMenu();
  }
  if (ImGui::BeginMenu(m_.t("Édition", "Edit"))) {
    if (ImGui::MenuItem(m_.t("Annuler", "Undo"), "Ctrl+Z", false, m_.doc.canUndo())) undo();
    if (ImGui::MenuItem(m_.t("Rétablir", "Redo"), "Ctrl+Y", false, m_.doc.canRedo())) redo();
    ImGui::EndMenu();
  }
  ImGui::Separator();
  ImGui::TextUnformatted(m_.checked.pack.info.name.get(m_.english ? "en" : "fr").c_str());
  ImGui::Separator();
  if (m_.doc.modified())
    ImGui::TextColored(ImVec4(0.6f, 0.25f, 0.0f, 1), "%s", m_.t("• Modifications non enregistrées", "• Unsaved changes"));
  else
    ImGui::TextDisabled("%s", m_.t("Tout est enregistré", "Everything is saved"));
  if (!m_.status.empty()) {
    ImGui::Separator();
    ImGui::TextUnformatted(m_.status.c_str());
  }
  ImGui::EndMainMenuBar();
}

void EditorPanels::itemList(float x, float y, float w, float h) {
  ImGui::SetNextWindowPos(ImVec2(x, y));
  ImGui::SetNextWindowSize(ImVec2(w, h));
  ImGui::Begin(m_.t("Éléments", "Items"), nullptr, kPanel);
  if (button(m_.t("Enregistrer", "Save"))) save(false);
  ImGui::SameLine();
  ImGui::BeginDisabled(!m_.doc.canUndo());
  if (button(m_.t("Annuler", "Undo"))) undo();
  ImGui::EndDisabled();
  ImGui::SameLine();
  ImGui::BeginDisabled(!m_.doc.canRedo());
  if (button(m_.t("Rétablir", "Redo"))) redo();
  ImGui::EndDisabled();
  if (button(m_.t("Nouveau…", "New…"))) {
    newId_.clear();
    dialog_ = 1;
  }
  ImGui::SetNextItemWidth(-1);
  ImGui::InputTextWithHint("##search", m_.t("Chercher (nom ou identifiant)", "Search (name or id)"), &search_);
  m_.mark(m_.t("Chercher", "Search"));
  const Pack& pack = m_.checked.pack;
  ImGui::SetNextItemWidth(w * 0.45f);
  if (ImGui::BeginCombo("##mrc", mrcFilter_.empty() ? m_.t("Toutes les MRC", "Every MRC") : mrcFilter_.c_str())) {
    if (ImGui::Selectable(m_.t("Toutes les MRC", "Every MRC"), mrcFilter_.empty())) mrcFilter_.clear();
    for (const auto& t : pack.territories)
      if (ImGui::Selectable(t.name.get("fr").c_str(), t.id == mrcFilter_)) mrcFilter_ = t.id;
    ImGui::EndCombo();
  }
  ImGui::SameLine();
  ImGui::SetNextItemWidth(-1);
  if (ImGui::BeginCombo("##cat", categoryFilter_.empty() ? m_.t("Toutes les catégories", "Every category")
                                                         : categoryFilter_.c_str())) {
    if (ImGui::Selectable(m_.t("Toutes les catégories", "Every category"), categoryFilter_.empty()))
      categoryFilter_.clear();
    for (const auto& c : pack.categories)
      if (ImGui::Selectable(c.name.get("fr").c_str(), c.id == categoryFilter_)) categoryFilter_ = c.id;
    ImGui::EndCombo();
  }
  ImGui::BeginChild("list");
  const auto items = m_.doc.items();
  for (const auto& section : kSections) {
    std::vector<const ItemRef*> shown;
    for (const auto& item : items) {
      if (item.section != section.section) continue;
      const std::string title = itemTitle(m_.doc, item);
      if (!search_.empty() && item.id.find(search_) == std::string::npos && title.find(search_) == std::string::npos)
        continue;
      if (!mrcFilter_.empty() && item.kind == "resource" &&
          !listed(m_.doc.get(item, "territories").value_or("all"), mrcFilter_))
        continue;
      if (!categoryFilter_.empty() && item.kind == "resource" &&
          m_.doc.get(item, "category").value_or("") != categoryFilter_)
        continue;
      shown.push_back(&item);
    }
    if (shown.empty()) continue;
    std::string header = std::string(m_.t(section.fr, section.en)) + " (" + std::to_string(shown.size()) + ")";
    if (m_.selectedSection == section.section) ImGui::SetNextItemOpen(true, ImGuiCond_Once);
    const bool open = ImGui::CollapsingHeader(header.c_str());
    m_.mark(m_.t(section.fr, section.en));
    if (!open) continue;
    for (const ItemRef* item : shown) {
      const std::string text = item->id + "  " + shorten(itemTitle(m_.doc, *item), 48);
      ImGui::PushID(item->id.c_str());
      if (ImGui::Selectable(text.c_str(), item->id == m_.selectedId && item->section == m_.selectedSection))
        m_.select(*item);
      ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
      labelled_.push_back({item->id, toCanvas_(a.x, a.y, b.x - a.x, b.y - a.y)});
      ImGui::PopID();
    }
  }
  ImGui::EndChild();
  ImGui::End();
}

void EditorPanels::form(float x, float y, float w, float h) {
  ImGui::SetNextWindowPos(ImVec2(x, y));
  ImGui::SetNextWindowSize(ImVec2(w, h));
  ImGui::Begin(m_.t("Fiche", "Form"), nullptr, kPanel);
  auto item = m_.selection();
  if (!item) {
    ImGui::TextWrapped("%s", m_.t("Choisissez un élément à gauche. Ses champs s’affichent ici ; chaque changement "
                                  "est vérifié tout de suite et se voit dans l’aperçu. Les champs marqués * sont "
                                  "obligatoires. Rien n’est écrit dans le pack avant « Enregistrer ».",
                                  "Pick an item on the left. Its fields show here; every change is checked at "
                                  "once and shows in the preview. Fields marked * are required. Nothing is "
                                  "written to the pack before « Save »."));
    ImGui::End();
    return;
  }
  ImGui::Text("%s · %s", item->kind.c_str(), item->id.c_str());
  ImGui::SameLine();
  ImGui::TextDisabled("(%s, %s %d)", m_.doc.relativeName(item->file).c_str(), m_.t("ligne", "line"), item->line);
  const bool listItem = item->section != "pack" && item->section != "board";
  if (listItem) {
    if (button(m_.t("Copier…", "Copy…"))) {
      newId_ = item->id + "-copie";
      dialog_ = 2;
    }
    ImGui::SameLine();
    if (button(m_.t("Renommer…", "Rename…"))) {
      newId_ = item->id;
      dialog_ = 3;
    }
    ImGui::SameLine();
    if (button(m_.t("Déplacer…", "Move…"))) {
      targetFile_ = m_.doc.relativeName(item->file);
      dialog_ = 4;
    }
    ImGui::SameLine();
    if (button(m_.t("Supprimer…", "Delete…"))) dialog_ = 5;
  }
  ImGui::Separator();
  ImGui::BeginChild("fields");
  drawItemForm(m_, *item);
  ImGui::EndChild();
  ImGui::End();
}

void EditorPanels::previewBar(float x, float y, float w, float h) {
  ImGui::SetNextWindowPos(ImVec2(x, y));
  ImGui::SetNextWindowSize(ImVec2(w, h));
  ImGui::Begin(m_.t("Aperçu", "Preview"), nullptr, kPanel | ImGuiWindowFlags_NoScrollbar);
  ImGui::RadioButton(m_.t("Question", "Question"), &m_.previewFace, 0);
  ImGui::SameLine();
  ImGui::RadioButton(m_.t("Réponse", "Answer"), &m_.previewFace, 1);
  ImGui::SameLine();
  ImGui::RadioButton(m_.t("Fiche", "Reference"), &m_.previewFace, 2);
  int lang = m_.previewEnglish ? 1 : 0;
  if (ImGui::RadioButton("Français", &lang, 0)) m_.previewEnglish = false;
  ImGui::SameLine();
  if (ImGui::RadioButton("English", &lang, 1)) m_.previewEnglish = true;
  ImGui::SameLine(0, 40);
  int size = m_.previewLarge ? 1 : 0;
  if (ImGui::RadioButton("100 %", &size, 0)) m_.previewLarge = false;
  ImGui::SameLine();
  if (ImGui::RadioButton("200 %", &size, 1)) m_.previewLarge = true;
  m_.mark("200 %");
  ImGui::End();
}

void EditorPanels::messages(float x, float y, float w, float h) {
  ImGui::SetNextWindowPos(ImVec2(x, y));
  ImGui::SetNextWindowSize(ImVec2(w, h));
  ImGui::Begin("##bottom", nullptr, kPanel | ImGuiWindowFlags_NoTitleBar);
  const Report& report = m_.checked.report;
  if (ImGui::BeginTabBar("tabs")) {
    char title[160];
    std::snprintf(title, sizeof title, m_.t("Vérification : %zu erreur(s), %zu avertissement(s) · %.0f ms###check",
                                            "Check: %zu error(s), %zu warning(s) · %.0f ms###check"),
                  report.errorCount(), report.warningCount(), m_.checkMs);
    const bool checkOpen = ImGui::BeginTabItem(title);
    m_.mark(m_.t("Vérification", "Check"));
    if (checkOpen) {
      ImGui::BeginChild("messages");
      if (report.items().empty())
        ImGui::TextColored(ImVec4(0.1f, 0.45f, 0.2f, 1), "%s",
                           m_.t("Aucun problème : le pack est prêt à jouer.", "No problem: the pack is ready to play."));
      int row = 0;
      for (const auto& d : report.items()) {
        ImGui::PushID(row++);
        const bool error = d.severity == Severity::Error;
        ImGui::TextColored(error ? ImVec4(0.62f, 0.16f, 0.1f, 1) : ImVec4(0.55f, 0.4f, 0.0f, 1), "%s",
                           error ? m_.t("Erreur", "Error") : m_.t("Avertissement", "Warning"));
        ImGui::SameLine();
        std::string where = d.origin.file;
        if (where.starts_with(m_.doc.folder())) where = where.substr(m_.doc.folder().size() + 1);
        const Diagnostic said = m_.english ? d : inFrench(d);
        std::string text = where + ":" + std::to_string(d.origin.line) + "  " + said.message +
                           (said.hint.empty() ? "" : " — " + said.hint);
        if (ImGui::Selectable(text.c_str())) {
          // Go to the item and the field the message is about.
          std::optional<ItemRef> target;
          if (!d.itemId.empty()) target = m_.doc.findItem(d.itemId);
          if (!target)
            for (const auto& item : m_.doc.items())
              if (m_.doc.files()[item.file].path == d.origin.file && item.line <= d.origin.line) target = item;
          if (target) m_.select(*target, m_.doc.pathAtLine(*target, d.origin.line));
        }
        ImGui::PopID();
      }
      ImGui::EndChild();
      ImGui::EndTabItem();
    }
    const bool historyOpen = ImGui::BeginTabItem(m_.t("Historique", "History"));
    m_.mark(m_.t("Historique", "History"));
    if (historyOpen) {
      const auto labels = m_.doc.historyLabels();
      ImGui::TextDisabled("%s", m_.t("Touchez une étape pour revenir à ce moment-là (rien n’est perdu : "
                                     "« Rétablir » revient en avant).",
                                     "Touch a step to go back to that moment (nothing is lost: « Redo » goes "
                                     "forward again)."));
      if (ImGui::Selectable(m_.t("(le pack à l’ouverture)", "(the pack as opened)"), m_.doc.historyPosition() == 0))
        while (m_.doc.undo()) {
        }
      for (std::size_t i = 0; i < labels.size(); ++i) {
        ImGui::PushID(static_cast<int>(i));
        const bool applied = i < m_.doc.historyPosition();
        if (!applied) ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
        if (ImGui::Selectable(labels[i].c_str(), i + 1 == m_.doc.historyPosition())) {
          ImGui::ClearActiveID();
          while (m_.doc.historyPosition() > i + 1 && m_.doc.undo()) {
          }
          while (m_.doc.historyPosition() < i + 1 && m_.doc.redo()) {
          }
        }
        if (!applied) ImGui::PopStyleColor();
        ImGui::PopID();
      }
      ImGui::EndTabItem();
    }
    ImGui::EndTabBar();
  }
  ImGui::End();
}

void EditorPanels::dialogs() {
  static const char* kNames[] = {"",         "###new",      "###copy",   "###rename", "###move",
                                 "###delete", "###conflict", "###export", "###import"};
  if (dialog_ > 0) {
    ImGui::OpenPopup(kNames[dialog_]);
  }
  auto item = m_.selection();
  std::string error;
  auto close = [&](bool done) {
    if (!done) m_.refuse(error);
    dialog_ = 0;
    ImGui::CloseCurrentPopup();
  };
  const ImVec2 centre(ImGui::GetIO().DisplaySize.x / 2, ImGui::GetIO().DisplaySize.y / 2);
  ImGui::SetNextWindowPos(centre, ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
  if (ImGui::BeginPopupModal((std::string(m_.t("Nouvel élément", "New item")) + "###new").c_str(), nullptr,
                             ImGuiWindowFlags_AlwaysAutoResize)) {
    static const char* kinds[] = {"resources", "rights", "events", "territories", "categories", "themes"};
    if (ImGui::BeginCombo(m_.t("Sorte", "Kind"), newKind_.c_str())) {
      for (const char* k : kinds)
        if (ImGui::Selectable(k, newKind_ == k)) newKind_ = k;
      ImGui::EndCombo();
    }
    ImGui::InputTextWithHint(m_.t("Identifiant", "Id"), "centre-entraide-montmagny", &newId_);
    m_.mark(m_.t("Identifiant", "Id"));
    ImGui::TextDisabled("%s", m_.t("Pour une situation ou une carte « On en parle », copiez-en une (Copier…).",
                                   "For a scenario or a discussion card, copy one (Copy…)."));
    if (button(m_.t("Créer", "Create"))) {
      const Pack& pack = m_.checked.pack;
      std::string today = m_.today().iso();
      std::vector<std::pair<std::string, std::string>> fields{{"id", newId_}};
      const std::string territory = !mrcFilter_.empty() ? mrcFilter_
                                    : pack.territories.empty() ? std::string("all")
                                                               : pack.territories.front().id;
      const std::string theme = pack.themes.empty() ? "" : pack.themes.front().id;
      if (newKind_ == "resources") {
        // Texts and source start empty: the check below lists what is left to write, and no
        // stand-in words can reach a player.
        fields.insert(fields.end(), {{"name.fr", ""}, {"name.en", ""},
                                     {"category", pack.categories.empty() ? "" : pack.categories.front().id},
                                     {"territories", territory}, {"what.fr", ""}, {"what.en", ""},
                                     {"source", ""}, {"checked_on", today}});
      } else if (newKind_ == "rights") {
        fields.insert(fields.end(), {{"statement.fr", ""}, {"statement.en", ""}, {"answer", "true"},
                                     {"explanation.fr", ""}, {"explanation.en", ""},
                                     {"legal_reference", ""}, {"source", ""}, {"checked_on", today}});
      } else if (newKind_ == "events") {
        fields.insert(fields.end(), {{"title.fr", ""}, {"title.en", ""}, {"text.fr", ""}, {"text.en", ""},
                                     {"effect.points", "1"}});
      } else if (newKind_ == "territories") {
        fields.insert(fields.end(), {{"name.fr", ""}, {"name.en", ""}, {"kind", "mrc"}});
      } else {
        fields.insert(fields.end(), {{"name.fr", ""}, {"name.en", ""}});
      }
      if (!theme.empty() && (newKind_ == "resources" || newKind_ == "rights" || newKind_ == "events"))
        fields.push_back({"theme", theme});
      // Beside the selected item's file when it holds that kind, else the first file that does.
      std::size_t file = 0;
      for (const auto& i : m_.doc.items())
        if (i.section == newKind_ && (file == 0 || (item && i.file == item->file))) file = i.file;
      if (newId_.empty() || newId_.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789-") != std::string::npos) {
        error = m_.t("Un identifiant s’écrit en minuscules, chiffres et tirets, comme centre-entraide-montmagny.",
                     "An id uses lowercase letters, digits and dashes, like centre-entraide-montmagny.");
        close(false);
      } else if (m_.doc.findItem(newId_)) {
        error = m_.t("Cet identifiant est déjà pris.", "That id is already used.");
        close(false);
      } else if (file == 0) {
        error = m_.t("aucun fichier du pack n’a encore cette sorte d’élément", "no file of the pack holds that kind yet");
        close(false);
      } else if (m_.doc.addItem(newKind_, file, fields, error)) {
        if (auto added = m_.doc.findItem(newId_, newKind_)) m_.select(*added, "name.fr");
        close(true);
      } else {
        close(false);
      }
    }
    ImGui::SameLine();
    if (button(m_.t("Fermer", "Close"))) close(true);
    ImGui::EndPopup();
  }
  ImGui::SetNextWindowPos(centre, ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
  if (ImGui::BeginPopupModal((std::string(m_.t("Copier", "Copy")) + "###copy").c_str(), nullptr,
                             ImGuiWindowFlags_AlwaysAutoResize)) {
    ImGui::InputText(m_.t("Identifiant de la copie", "Id of the copy"), &newId_);
    if (button(m_.t("Copier", "Copy")) && item) {
      if (m_.doc.duplicateItem(*item, newId_, error)) {
        if (auto copy = m_.doc.findItem(newId_, item->section)) m_.select(*copy);
        close(true);
      } else {
        close(false);
      }
    }
    ImGui::SameLine();
    if (button(m_.t("Fermer", "Close"))) close(true);
    ImGui::EndPopup();
  }
  ImGui::SetNextWindowPos(centre, ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
  if (ImGui::BeginPopupModal((std::string(m_.t("Renommer", "Rename")) + "###rename").c_str(), nullptr,
                             ImGuiWindowFlags_AlwaysAutoResize)) {
    if (item) {
      const auto refs = m_.doc.referencesTo(item->id);
      ImGui::Text(m_.t("%zu endroit(s) nomment cet identifiant ; ils suivront.",
                       "%zu place(s) name this id; they will follow."),
                  refs.size());
    }
    ImGui::InputText(m_.t("Nouvel identifiant", "New id"), &newId_);
    if (button(m_.t("Renommer", "Rename")) && item) {
      if (m_.doc.renameId(*item, newId_, error)) {
        m_.selectedId = newId_;
        close(true);
      } else {
        close(false);
      }
    }
    ImGui::SameLine();
    if (button(m_.t("Fermer", "Close"))) close(true);
    ImGui::EndPopup();
  }
  ImGui::SetNextWindowPos(centre, ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
  if (ImGui::BeginPopupModal((std::string(m_.t("Déplacer", "Move")) + "###move").c_str(), nullptr,
                             ImGuiWindowFlags_AlwaysAutoResize)) {
    if (ImGui::BeginCombo(m_.t("Fichier", "File"), targetFile_.c_str())) {
      for (std::size_t f = 1; f < m_.doc.files().size(); ++f)
        if (ImGui::Selectable(m_.doc.relativeName(f).c_str())) targetFile_ = m_.doc.relativeName(f);
      ImGui::EndCombo();
    }
    ImGui::InputTextWithHint(m_.t("ou un nouveau fichier", "or a new file"), "ressources-montmagny.yaml", &targetFile_);
    if (button(m_.t("Déplacer", "Move")) && item) close(m_.doc.moveItem(*item, targetFile_, error));
    ImGui::SameLine();
    if (button(m_.t("Fermer", "Close"))) close(true);
    ImGui::EndPopup();
  }
  ImGui::SetNextWindowPos(centre, ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
  if (ImGui::BeginPopupModal((std::string(m_.t("Supprimer", "Delete")) + "###delete").c_str(), nullptr,
                             ImGuiWindowFlags_AlwaysAutoResize)) {
    if (item) {
      const auto refs = m_.doc.referencesTo(item->id);
      ImGui::Text(m_.t("Supprimer « %s » ?", "Delete « %s »?"), item->id.c_str());
      if (refs.empty()) {
        ImGui::TextUnformatted(m_.t("Aucune autre carte n’y renvoie.", "No other card refers to it."));
      } else {
        ImGui::TextUnformatted(m_.t("Ces éléments y renvoient et seront signalés en erreur :",
                                    "These items refer to it and will show as errors:"));
        for (const auto& r : refs) ImGui::BulletText("%s  (%s:%d)", r.fromItem.c_str(), r.file.c_str(), r.line);
      }
      ImGui::TextDisabled("%s", m_.t("« Annuler » (Ctrl+Z) le remet.", "« Undo » (Ctrl+Z) brings it back."));
      if (button(m_.t("Supprimer", "Delete"))) {
        const bool done = m_.doc.removeItem(*item, error);
        if (done) m_.selectedId.clear();
        close(done);
      }
    }
    ImGui::SameLine();
    if (button(m_.t("Garder", "Keep"))) close(true);
    ImGui::EndPopup();
  }
  ImGui::SetNextWindowPos(centre, ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
  if (ImGui::BeginPopupModal((std::string(m_.t("Fichier changé ailleurs", "File changed elsewhere")) + "###conflict")
                                 .c_str(),
                             nullptr, ImGuiWindowFlags_AlwaysAutoResize)) {
    ImGui::TextUnformatted(m_.status.c_str());
    if (button(m_.t("Enregistrer quand même", "Save anyway"))) {
      save(true);
      close(true);
    }
    ImGui::SameLine();
    if (button(m_.t("Ne pas enregistrer", "Do not save"))) close(true);
    ImGui::EndPopup();
  }

  for (int which : {7, 8}) {
    ImGui::SetNextWindowPos(centre, ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
    const bool exporting = which == 7;
    const std::string title = std::string(exporting ? m_.t("Exporter", "Export") : m_.t("Importer", "Import")) +
                              kNames[which];
    if (!ImGui::BeginPopupModal(title.c_str(), nullptr, ImGuiWindowFlags_AlwaysAutoResize)) continue;
    ImGui::TextUnformatted(exporting ? m_.t("Une ligne par ressource, une colonne par champ et par langue.\n"
                                            "Ouvrez-le dans LibreOffice ou Excel, puis importez-le ici.",
                                            "One row per resource, a column per field and language.\n"
                                            "Open it in LibreOffice or Excel, then import it here.")
                                     : m_.t("Les ressources sont mises à jour par identifiant ; les nouvelles sont "
                                            "ajoutées.\nRien n’est écrit avant « Enregistrer » ; « Annuler » défait tout.",
                                            "Resources are updated by id; new ones are added.\nNothing is written "
                                            "before « Save »; « Undo » takes it all back."));
    ImGui::SetNextItemWidth(700);
    ImGui::InputText(m_.t("Fichier", "File"), &targetFile_);
    if (button(exporting ? m_.t("Exporter", "Export") : m_.t("Importer", "Import"))) {
      if (exporting) {
        std::ofstream out(targetFile_, std::ios::binary);
        auto langs = m_.checked.pack.info.languages;
        out << exportResourcesCsv(m_.doc, langs.empty() ? std::vector<std::string>{"fr"} : langs);
        m_.status = out.flush() ? m_.t("Tableur écrit : ", "Spreadsheet written: ") + targetFile_
                                : targetFile_ + m_.t(" : impossible d’écrire ici", ": cannot be written");
      } else {
        std::ifstream in(targetFile_, std::ios::binary);
        std::stringstream bytes;
        bytes << in.rdbuf();
        if (!in) {
          m_.status = targetFile_ + m_.t(" : fichier introuvable", ": file not found");
        } else {
          CsvImportResult r = importResourcesCsv(m_.doc, bytes.str(), targetFile_);
          m_.status = std::to_string(r.updated) + m_.t(" mises à jour, ", " updated, ") + std::to_string(r.added) +
                      m_.t(" ajoutées", " added") +
                      (r.problems.empty() ? std::string() : " — " + r.problems.front());
        }
      }
      dialog_ = 0;
      ImGui::CloseCurrentPopup();
    }
    ImGui::SameLine();
    if (button(m_.t("Fermer", "Close"))) {
      dialog_ = 0;
      ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
  }

  // Dialogs the editor opens by itself.
  if (m_.recoveryOffered) ImGui::OpenPopup("###recovery");
  ImGui::SetNextWindowPos(centre, ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
  if (ImGui::BeginPopupModal((std::string(m_.t("Travail retrouvé", "Work recovered")) + "###recovery").c_str(),
                             nullptr, ImGuiWindowFlags_AlwaysAutoResize)) {
    ImGui::TextUnformatted(m_.t("Des modifications non enregistrées de ce pack ont été retrouvées\n"
                                "(l’éditeur s’est fermé sans enregistrer).",
                                "Unsaved changes to this pack were found\n(the editor closed without saving)."));
    if (button(m_.t("Les reprendre", "Bring them back"))) {
      if (!m_.doc.restoreRecovery(error)) m_.refuse(error);
      m_.recoveryOffered = false;
      ImGui::CloseCurrentPopup();
    }
    ImGui::SameLine();
    if (button(m_.t("Les jeter", "Throw them away"))) {
      m_.doc.discardRecovery();
      m_.recoveryOffered = false;
      ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
  }
  static std::vector<std::string> dismissed;
  if (!m_.changedOnDisk.empty() && m_.changedOnDisk != dismissed && !m_.recoveryOffered) ImGui::OpenPopup("###disk");
  ImGui::SetNextWindowPos(centre, ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
  if (ImGui::BeginPopupModal((std::string(m_.t("Changé sur le disque", "Changed on disk")) + "###disk").c_str(),
                             nullptr, ImGuiWindowFlags_AlwaysAutoResize)) {
    ImGui::TextUnformatted(m_.t("Un autre programme a changé :", "Another program changed:"));
    for (const auto& f : m_.changedOnDisk) ImGui::BulletText("%s", f.c_str());
    if (button(m_.t("Recharger (mes changements à ces fichiers sont perdus)",
                    "Reload (my changes to these files are dropped)"))) {
      for (std::size_t f = 0; f < m_.doc.files().size(); ++f)
        if (std::find(m_.changedOnDisk.begin(), m_.changedOnDisk.end(), m_.doc.relativeName(f)) !=
            m_.changedOnDisk.end())
          if (!m_.doc.reloadFromDisk(f, error)) m_.refuse(error);
      m_.changedOnDisk.clear();
      ImGui::CloseCurrentPopup();
    }
    if (button(m_.t("Garder mes changements", "Keep my changes"))) {
      dismissed = m_.changedOnDisk;
      ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
  }
  if (m_.quitRequested && !m_.doc.modified()) m_.quitNow = true;
  if (m_.quitRequested && m_.doc.modified()) ImGui::OpenPopup("###quit");
  ImGui::SetNextWindowPos(centre, ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
  if (ImGui::BeginPopupModal((std::string(m_.t("Quitter", "Quit")) + "###quit").c_str(), nullptr,
                             ImGuiWindowFlags_AlwaysAutoResize)) {
    ImGui::TextUnformatted(m_.t("Des modifications ne sont pas enregistrées.", "Some changes are not saved."));
    if (button(m_.t("Enregistrer et quitter", "Save and quit"))) {
      save(false);
      m_.quitNow = !m_.doc.modified();
      m_.quitRequested = false;
      ImGui::CloseCurrentPopup();
    }
    ImGui::SameLine();
    if (button(m_.t("Quitter sans enregistrer", "Quit without saving"))) {
      m_.doc.discardRecovery();
      m_.quitNow = true;
      ImGui::CloseCurrentPopup();
    }
    ImGui::SameLine();
    if (button(m_.t("Continuer", "Keep editing"))) {
      m_.quitRequested = false;
      ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
  }
}

}  // namespace declic_edit
