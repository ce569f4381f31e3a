#include "overlay.h"

#include <algorithm>
#include <map>

namespace game::content {

namespace {
template <typename T>
void mergeList(const char* section, const char* kind, std::vector<T>& base, std::vector<T>& overlay,
               const std::vector<OverlayOp>& ops, const std::string& baseFolder, Pack& merged, Report& report) {
  auto opFor = [&](const std::string& id, OverlayOp::Kind k) {
    return std::find_if(ops.begin(), ops.end(),
                        [&](const OverlayOp& op) { return op.section == section && op.id == id && op.kind == k; });
  };
  std::map<std::string, std::size_t> index;
  for (std::size_t i = 0; i < base.size(); ++i) {
    index.emplace(base[i].id, i);
    merged.itemFolders.emplace(std::string(kind) + "/" + base[i].id, baseFolder);
  }
  std::vector<bool> removed(base.size(), false);
  for (const auto& op : ops) {
    if (op.section != section || op.kind != OverlayOp::Kind::Remove) continue;
    auto it = index.find(op.id);
    if (it == index.end()) {
      report.error(op.origin, op.id, std::string("there is no ") + kind + " '" + op.id + "' in the base pack to remove",
                   "check the id");
      continue;
    }
    removed[it->second] = true;
    merged.itemFolders.erase(std::string(kind) + "/" + op.id);
    merged.removedBy[std::string(kind) + "/" + op.id] = op.origin;
  }
  for (auto& item : overlay) {
    auto it = index.find(item.id);
    bool replacing = opFor(item.id, OverlayOp::Kind::Replace) != ops.end();
    if (it == index.end()) {
      if (replacing)
        report.warning(item.origin, item.id, std::string("'replace: true' but the base pack has no ") + kind + " '" +
                                                 item.id + "'; it is added",
                       "remove 'replace: true', or check the id");
      base.push_back(std::move(item));
      continue;
    }
    if (!replacing) {
      const Origin& was = base[it->second].origin;
      report.error(item.origin, item.id,
                   std::string("the base pack already has a ") + kind + " '" + item.id + "' (" + was.file + ":" +
                       std::to_string(was.line) + ")",
                   "add 'replace: true' to replace it, or choose another id");
      continue;
    }
    merged.itemFolders.erase(std::string(kind) + "/" + item.id);
    base[it->second] = std::move(item);
    removed[it->second] = false;
  }
  std::vector<T> kept;
  kept.reserve(base.size());
  for (std::size_t i = 0; i < base.size(); ++i)
    if (i >= removed.size() || !removed[i]) kept.push_back(std::move(base[i]));
  base = std::move(kept);
}
}  // namespace

Pack mergeOverlay(Pack base, Pack overlay, const std::vector<OverlayOp>& ops, Report& report) {
  Pack merged;
  merged.folder = overlay.folder;
  merged.info = overlay.info;
  if (merged.info.languages.empty()) merged.info.languages = base.info.languages;
  // The base's pronunciations still apply; the overlay's own come first and win.
  for (const auto& p : base.info.pronunciations)
    if (std::none_of(merged.info.pronunciations.begin(), merged.info.pronunciations.end(),
                     [&](const PackInfo::Pronunciation& q) { return q.written == p.written; }))
      merged.info.pronunciations.push_back(p);
  for (const auto& lang : overlay.info.languages)
    if (std::find(base.info.languages.begin(), base.info.languages.end(), lang) == base.info.languages.end())
      report.warning(overlay.info.origin, "pack", "the base pack has no '" + lang + "' texts",
                     "its cards will show in its own languages only");
  merged.fieldOrigins = std::move(base.fieldOrigins);
  for (auto& [k, v] : overlay.fieldOrigins) merged.fieldOrigins[k] = std::move(v);
  merged.itemFolders = std::move(base.itemFolders);

  const std::string& baseFolder = base.folder;
  mergeList("territories", "territory", base.territories, overlay.territories, ops, baseFolder, merged, report);
  mergeList("categories", "category", base.categories, overlay.categories, ops, baseFolder, merged, report);
  mergeList("resources", "resource", base.resources, overlay.resources, ops, baseFolder, merged, report);
  mergeList("rights", "right", base.rights, overlay.rights, ops, baseFolder, merged, report);
  mergeList("scenarios", "scenario", base.scenarios, overlay.scenarios, ops, baseFolder, merged, report);
  mergeList("events", "event", base.events, overlay.events, ops, baseFolder, merged, report);
  mergeList("themes", "theme", base.themes, overlay.themes, ops, baseFolder, merged, report);
  mergeList("discussions", "discussion", base.discussions, overlay.discussions, ops, baseFolder, merged, report);
  merged.territories = std::move(base.territories);
  merged.categories = std::move(base.categories);
  merged.resources = std::move(base.resources);
  merged.rights = std::move(base.rights);
  merged.scenarios = std::move(base.scenarios);
  merged.events = std::move(base.events);
  merged.themes = std::move(base.themes);
  merged.discussions = std::move(base.discussions);
  // An overlay's boards replace the base's (a library's own tour of its town).
  merged.boards = overlay.boards.empty() ? std::move(base.boards) : std::move(overlay.boards);
  return merged;
}

}  // namespace game::content
