// The editor's panels, drawn with Dear ImGui each frame: the menu, the items
// by kind (with search, MRC and category filters), the selected item's form,
// the preview's controls, the pack's messages and the history of edits, and
// the dialogs that guard work (recovery, file changed on disk, quit unsaved).
#pragma once
#include <functional>
#include <vector>

#include "engine/scene.h"
#include "editor_model.h"

namespace declic_edit {

// Maps a rectangle in ImGui's coordinates to canvas units, for tap-label.
using ToCanvas = std::function<engine::Rect(float x, float y, float w, float h)>;

class EditorPanels {
 public:
  EditorPanels(EditorModel& model, std::vector<engine::Scene::Target>& labelled, ToCanvas toCanvas);
  void build();

 private:
  bool button(const char* label);
  void menu();
  void itemList(float x, float y, float w, float h);
  void form(float x, float y, float w, float h);
  void previewBar(float x, float y, float w, float h);
  void messages(float x, float y, float w, float h);
  void dialogs();
  void shortcuts();
  void save(bool overwrite);
  void undo();
  void redo();

  EditorModel& m_;
  std::vector<engine::Scene::Target>& labelled_;
  ToCanvas toCanvas_;
  std::string search_, mrcFilter_, categoryFilter_;
  std::string newId_, targetFile_, newKind_ = "resources";
  int dialog_ = 0;  // which dialog the buttons asked for
};

}  // namespace declic_edit
