// The editor's state, without any drawing: the pack open for editing, the
// pack as the game would load it now (checked on a worker thread after every
// change, text fit included, so typing never waits), the selection, and the
// timers that keep work safe (recovery file every 30 s, the disk every 2 s).
#pragma once
#include <chrono>
#include <cstdint>
#include <functional>
#include <future>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "engine/fonts.h"
#include "engine/geometry.h"
#include "game/content/pack_document.h"
#include "game/ui/text_fit.h"

namespace declic_edit {

struct EditorModel {
  EditorModel(game::content::PackDocument document, std::optional<game::content::Date> today);
  ~EditorModel();

  game::content::PackDocument doc;
  game::content::LoadResult checked;  // the pack as last checked, and every message about it
  double checkMs = 0;                 // from the change to its messages, last time
  std::uint64_t checkedRevision = ~0ull;

  std::string selectedId, selectedSection;
  std::string focusPath;  // the field a clicked message points to (scrolls there once)
  std::string status;     // what the last action did, or why it did not
  bool english = false;   // the editor's own words in English (--lang en)

  std::vector<std::string> changedOnDisk;  // files someone else changed since they were read
  bool recoveryOffered = false;            // a recovery file was found at start
  bool quitRequested = false;
  bool quitNow = false;

  // The preview's rectangle in output pixels, and its settings.
  engine::Rect previewPixels{};
  int previewFace = 0;  // 0 question, 1 reveal, 2 reference
  bool previewEnglish = false;
  bool previewLarge = false;  // 200 % text

  // Offers the last drawn widget to scripts under `label` (tap-label phone).
  std::function<void(const std::string& label)> mark = [](const std::string&) {};

  // Starts a check if the pack changed and none is running; takes in a
  // finished one. True when new messages arrived.
  bool pollCheck();
  // Waits for the running check (scripts and tests want the result now).
  void finishCheck();
  bool checking() const { return running_.valid(); }
  std::optional<game::content::ItemRef> selection() const;
  void select(const game::content::ItemRef& item, const std::string& path = "");
  // Runs the timers: `dt` seconds since the last call.
  void tick(double dt);
  // Today's date: --today when given (tests, a session replayed), else the system's.
  game::content::Date today() const { return today_ ? *today_ : game::content::today(); }
  // The editor's words: French, or English with --lang en.
  const char* t(const char* fr, const char* en) const { return english ? en : fr; }
  // Shows why an edit was refused, in the editor's language.
  void refuse(const std::string& error);

 private:
  std::optional<game::content::Date> today_;
  std::unique_ptr<engine::FontLibrary> workerFonts_;  // used by the worker only
  std::unique_ptr<game::TextFitCache> fitCache_;       // the worker's too: one check runs at a time
  std::future<game::content::LoadResult> running_;
  std::uint64_t runningRevision_ = 0;
  std::chrono::steady_clock::time_point changedAt_{};
  double sinceRecovery_ = 0, sinceDiskLook_ = 0;
  std::uint64_t recoveredRevision_ = 0;
  bool recoveryOnDisk_ = false;  // this session wrote one
};

}  // namespace declic_edit
