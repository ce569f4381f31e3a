#include "game/app/data_paths.h"

#include <cstdlib>
#include <filesystem>

namespace game {

namespace {
namespace fs = std::filesystem;
constexpr const char* kBundledPack = "chaudiere-appalaches";

fs::path executableFolder(const char* argv0) {
  std::error_code ec;
  fs::path self = fs::read_symlink("/proc/self/exe", ec);
  if (ec && argv0) self = fs::absolute(argv0, ec);
  return self.parent_path();
}
}  // namespace

std::string bundledPackPath(const char* argv0) {
  std::error_code ec;
  if (const char* dir = std::getenv("DECLIC_DATA_DIR"); dir && *dir)
    return (fs::path(dir) / "packs" / kBundledPack).string();
  const fs::path installed = executableFolder(argv0) / ".." / "share" / "declic" / "packs" / kBundledPack;
  if (fs::is_directory(installed, ec)) return installed.lexically_normal().string();
  return std::string(DECLIC_SOURCE_DIR) + "/content/" + kBundledPack;
}

}  // namespace game
