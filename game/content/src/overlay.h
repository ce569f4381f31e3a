// Overlay packs: a pack that `extends` another adds items, and replaces or
// removes the base's items by id. Every conflict is reported.
#pragma once
#include <string>
#include <vector>

#include "game/content/diagnostics.h"
#include "game/content/model.h"

namespace game::content {

struct OverlayOp {
  enum class Kind { Replace, Remove };
  std::string section;  // "resources"...
  std::string id;
  Kind kind = Kind::Replace;
  Origin origin;
};

// Merges `overlay` onto `base`. The result keeps the overlay's pack info
// (with the base's languages when it declares none) and the overlay's board
// when it has one, else the base's.
Pack mergeOverlay(Pack base, Pack overlay, const std::vector<OverlayOp>& ops, Report& report);

}  // namespace game::content
