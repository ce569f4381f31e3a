#include "editor_model.h"

#include <map>

#include "engine/app.h"
#include "game/app/data_paths.h"
#include "game/content/diagnostics.h"
#include "game/ui/text_fit.h"

using namespace game::content;

namespace declic_edit {

EditorModel::EditorModel(PackDocument document, std::optional<Date> today)
    : doc(std::move(document)),
      today_(today),
      workerFonts_(std::make_unique<engine::FontLibrary>()),
      fitCache_(std::make_unique<game::TextFitCache>()) {
  recoveryOffered = doc.hasRecovery();
  recoveredRevision_ = doc.revision();
  pollCheck();
  finishCheck();
}

EditorModel::~EditorModel() {
  if (running_.valid()) running_.wait();
}

bool EditorModel::pollCheck() {
  bool arrived = false;
  if (running_.valid() && running_.wait_for(std::chrono::seconds(0)) == std::future_status::ready) {
    checked = running_.get();
    checkedRevision = runningRevision_;
    checkMs = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - changedAt_).count();
    arrived = true;
  }
  if (!running_.valid() && checkedRevision != doc.revision()) {
    // The worker gets copies: the texts may change again while it reads them.
    std::map<std::string, std::string> texts;
    for (const auto& f : doc.files()) texts[f.path] = f.text;
    const std::string folder = doc.folder();
    LoadOptions options;
    options.today = today_;
    options.packSearchPath = game::packSearchPath(nullptr);
    engine::FontLibrary* fonts = workerFonts_.get();
    game::TextFitCache* cache = fitCache_.get();
    runningRevision_ = doc.revision();
    changedAt_ = std::chrono::steady_clock::now();
    running_ = std::async(std::launch::async, [texts = std::move(texts), folder, options, fonts, cache]() mutable {
      options.fileTexts = &texts;
      LoadResult result = loadPack(folder, options);
      if (!result.pack.info.id.empty()) {
        game::checkTextFits(result.pack, *fonts, result.report, *cache);
      }
      engine::App::wakeFromAnyThread();  // the loop may be asleep: show the messages
      return result;
    });
  }
  return arrived;
}

void EditorModel::finishCheck() {
  if (running_.valid()) running_.wait();
  pollCheck();
  if (running_.valid()) {  // the pack changed during the check: one more
    running_.wait();
    pollCheck();
  }
}

std::optional<ItemRef> EditorModel::selection() const {
  if (selectedId.empty()) return std::nullopt;
  return doc.findItem(selectedId, selectedSection);
}

void EditorModel::select(const ItemRef& item, const std::string& path) {
  selectedId = item.id;
  selectedSection = item.section;
  focusPath = path;
}

void EditorModel::tick(double dt) {
  sinceRecovery_ += dt;
  sinceDiskLook_ += dt;
  if (sinceRecovery_ >= 30) {
    sinceRecovery_ = 0;
    if (doc.modified() && doc.revision() != recoveredRevision_) {
      std::string error;
      if (doc.writeRecovery(error)) {
        recoveredRevision_ = doc.revision();
        recoveryOnDisk_ = true;
      } else {
        refuse(error);
      }
    }
  }
  // Every edit undone, or saved: a recovery file would offer work that no longer exists.
  if (recoveryOnDisk_ && !doc.modified()) {
    doc.discardRecovery();
    recoveryOnDisk_ = false;
    recoveredRevision_ = 0;
  }
  if (sinceDiskLook_ >= 2) {
    sinceDiskLook_ = 0;
    changedOnDisk = doc.changedOnDisk();
  }
}

void EditorModel::refuse(const std::string& error) {
  status = english ? error : game::content::messageInFrench(error);
}

}  // namespace declic_edit
