#include "game/app/data_paths.h"

#include <algorithm>
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

std::vector<std::string> packSearchPath(const char* argv0) {
  std::vector<std::string> out;
  if (const char* dir = std::getenv("DECLIC_DATA_DIR"); dir && *dir) out.push_back((fs::path(dir) / "packs").string());
  std::error_code ec;
  const fs::path installed = (executableFolder(argv0) / ".." / "share" / "declic" / "packs").lexically_normal();
  if (fs::is_directory(installed, ec)) out.push_back(installed.string());
  // A developer's build, run from its build tree, reads the packs of its source tree; an
  // installed copy never does, so a missing share/declic shows instead of being hidden.
  std::error_code hereError, buildError;
  const fs::path here = fs::weakly_canonical(executableFolder(argv0), hereError);
  for (const char* folder : {"game", "tools"}) {  // where the build puts declic and the tools, exactly
    const fs::path built = fs::weakly_canonical(fs::path(DECLIC_BINARY_DIR) / folder, buildError);
    if (!hereError && !buildError && here == built) {
      out.push_back(std::string(DECLIC_SOURCE_DIR) + "/content");
      break;
    }
  }
  if (out.empty()) out.push_back(installed.string());  // where an installed pack belongs, for the message
  return out;
}

std::string bundledPackPath(const char* argv0) {
  std::error_code ec;
  for (const auto& folder : packSearchPath(argv0))
    if (fs::is_directory(fs::path(folder) / kBundledPack, ec)) return (fs::path(folder) / kBundledPack).string();
  return (fs::path(packSearchPath(argv0).front()) / kBundledPack).string();
}

}  // namespace game
