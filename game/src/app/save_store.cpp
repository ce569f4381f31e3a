#include "game/app/save_store.h"

#include <cstdlib>

namespace game {

std::string defaultSaveDir() {
  if (const char* xdg = std::getenv("XDG_DATA_HOME"); xdg && *xdg) return std::string(xdg) + "/declic";
  if (const char* home = std::getenv("HOME"); home && *home) return std::string(home) + "/.local/share/declic";
  return ".declic";
}

}  // namespace game
