// A pack open for editing: the text of each of its files, edited in place so
// that a save changes only the lines of the fields that changed. Every edit
// can be undone and redone; unsaved edits go to a recovery file that survives
// a crash; a file changed on disk since it was read is never overwritten
// blindly. The editor (declic-edit) and `declic-pack get/set` work through it.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "game/content/loader.h"

namespace game::content {

struct YNode;

struct DocumentFile {
  std::string path;       // as the loader names it: folder + "/" + relative path
  std::string text;       // with unsaved edits
  std::string savedText;  // as last read from or written to disk
  std::uintmax_t diskSize = 0;
  std::int64_t diskTime = 0;  // modification time when last read or written
  bool modified() const { return text != savedText; }
};

// One item of the pack: a resource, a right, a board... (pack.yaml is the "pack" item).
struct ItemRef {
  std::string section;  // "resources"; "pack" for pack.yaml
  std::string kind;     // the schema's item name: "resource"
  std::string id;
  std::size_t file = 0;   // index in files()
  std::size_t index = 0;  // position in its file's list
  int line = 0;
};

// A place an id is named from: "situations.yaml:42 (bruit-voisin)".
struct Reference {
  std::string file;
  int line = 0;
  std::string fromItem;
};

class PackDocument {
 public:
  // Reads every file of the pack folder (not its base pack). Nothing on error.
  static std::optional<PackDocument> open(const std::string& folder, std::string& error);
  PackDocument(PackDocument&&) noexcept;
  PackDocument& operator=(PackDocument&&) noexcept;
  ~PackDocument();

  const std::string& folder() const { return folder_; }
  const std::vector<DocumentFile>& files() const { return files_; }
  // The file's name inside the pack ("situations.yaml").
  std::string relativeName(std::size_t file) const;

  // Items in file order. Files that do not parse hold none (see parseError).
  std::vector<ItemRef> items() const;
  std::optional<ItemRef> findItem(const std::string& id, const std::string& section = "") const;
  const std::string& parseError(std::size_t file) const;

  // A field by path: "phone", "name.fr", "choices.2.feedback.en", "territories".
  // Lists read as "a, b, c". Nothing when the item has no such field.
  std::optional<std::string> get(const ItemRef& item, const std::string& path) const;
  // The path of every value the item holds, in file order ("choices.0.text.fr").
  std::vector<std::string> fieldPaths(const ItemRef& item) const;
  // Writes one field, touching only its characters (or adding one line when
  // the field was absent). Lists are written "a, b, c". False with a reason.
  // `typing`: a keystroke in the field just edited joins that edit's undo step.
  bool set(const ItemRef& item, const std::string& path, const std::string& value, std::string& error,
           bool typing = false);
  // The field written on `line` of the item's file ("" when none): a message's field.
  std::string pathAtLine(const ItemRef& item, int line) const;

  // A new item at the end of `section` in `file`: `fields` are (path, value)
  // pairs written in order (the id first).
  bool addItem(const std::string& section, std::size_t file,
               const std::vector<std::pair<std::string, std::string>>& fields, std::string& error);
  // A new entry in one of the item's lists ("choices", "answers", a board's
  // "spaces"), before entry `position` (at the end when past it). Inserting or
  // removing a board space renumbers the shortcuts so each lands where it did.
  bool insertListEntry(const ItemRef& item, const std::string& listPath, std::size_t position,
                       const std::vector<std::pair<std::string, std::string>>& fields, std::string& error);
  // Removes entry `position`; refuses to remove a space a shortcut lands on.
  bool removeListEntry(const ItemRef& item, const std::string& listPath, std::size_t position, std::string& error);
  // A copy of `item` under `newId`, just after the last item of its file.
  bool duplicateItem(const ItemRef& item, const std::string& newId, std::string& error);
  bool removeItem(const ItemRef& item, std::string& error);
  // Renames an id and every reference to it in the pack's files.
  bool renameId(const ItemRef& item, const std::string& newId, std::string& error);
  // Moves an item to the end of its section in another file (created when new).
  bool moveItem(const ItemRef& item, const std::string& relativeFile, std::string& error);
  // Where other items name `id` (what a delete would leave dangling).
  std::vector<Reference> referencesTo(const std::string& id) const;

  // Edits between these two are one undo step (a spreadsheet import).
  void beginGroup(const std::string& label);
  void endGroup();

  // History: every edit above is one step.
  bool canUndo() const;
  bool canRedo() const;
  bool undo();
  bool redo();
  std::vector<std::string> historyLabels() const;  // oldest first
  std::size_t historyPosition() const { return position_; }  // steps applied
  // Counts every change to the texts (edits, undo, redo): a cheap "did anything change".
  std::uint64_t revision() const { return revision_; }

  bool modified() const;
  // The pack as the game would load it now, with the loader's full rules.
  LoadResult validate(LoadOptions options = {}) const;

  // Files whose disk copy changed since it was read (another program, git pull).
  std::vector<std::string> changedOnDisk() const;
  // Re-reads a file from disk, dropping its unsaved edits.
  bool reloadFromDisk(std::size_t file, std::string& error);
  // Writes modified files atomically, keeping the previous version as
  // FILE.bak. Refuses when a file changed on disk, unless `overwrite`.
  bool save(std::string& error, bool overwrite = false);

  // Unsaved edits, kept apart from the pack until saved or discarded.
  std::string recoveryPath() const;
  bool writeRecovery(std::string& error) const;
  bool hasRecovery() const;
  // Puts the recovered texts back as unsaved edits (one undoable step).
  bool restoreRecovery(std::string& error);
  void discardRecovery() const;

 private:
  struct Step;
  struct Parsed;
  PackDocument();
  const YNode* itemNode(const ItemRef& item) const;
  void reparse(std::size_t file);
  bool commit(const std::string& label, const std::vector<std::pair<std::size_t, std::string>>& newTexts,
              std::string& error, bool merge = false);
  std::size_t fileIndex(const std::string& relativeFile, bool create);

  std::string folder_;
  std::vector<DocumentFile> files_;
  std::vector<Parsed> parsed_;
  std::vector<Step> history_;
  std::size_t position_ = 0;
  std::uint64_t revision_ = 0;
  bool grouping_ = false;
  std::string groupLabel_;
  std::size_t groupStart_ = 0;
};

}  // namespace game::content
