// The small valid pack that `declic-pack new` writes, and tests start from.
#pragma once
#include <string>

namespace game::content {

std::string starterPackInfo(const std::string& id, const std::string& today);
std::string starterPackContent(const std::string& today);
// Writes the starter pack into `folder` (which must not exist, or be empty).
bool writeStarterPack(const std::string& folder, const std::string& today, std::string& error);

// An overlay that adds a library's or an MRC's own resources to a base pack
// (`extends`: a folder path or an installed pack's id): no board unless
// `withBoard`, ids prefixed with the overlay's own id so they cannot collide,
// and a category and territory taken from the base when it can be read.
struct OverlayBase {
  std::string extends;      // as written in pack.yaml
  std::string categoryId;   // one of the base's categories ("" when unknown)
  std::string territoryId;  // one of the base's territories ("" when unknown)
  std::string themeId;      // one of the base's themes, when it has themes
};
bool writeOverlayStarter(const std::string& folder, const OverlayBase& base, const std::string& today,
                         std::string& error);

}  // namespace game::content
