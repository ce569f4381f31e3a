// The small valid pack that `declic-pack new` writes, and tests start from.
#pragma once
#include <string>

namespace game::content {

std::string starterPackInfo(const std::string& id, const std::string& today);
std::string starterPackContent(const std::string& today);
// Writes the starter pack into `folder` (which must not exist, or be empty).
bool writeStarterPack(const std::string& folder, const std::string& today, std::string& error);

}  // namespace game::content
