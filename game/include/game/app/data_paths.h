// Where the game finds its data: $DECLIC_DATA_DIR, else share/declic beside
// the binary's own folder (an installed game), else the source tree it was
// built from (a developer's build).
#pragma once
#include <string>
#include <vector>

namespace game {

// The bundled pack's folder; `argv0` locates the binary when /proc cannot.
std::string bundledPackPath(const char* argv0);
// Where installed packs are, for 'extends: ID' in a library's overlay.
std::vector<std::string> packSearchPath(const char* argv0);

}  // namespace game
