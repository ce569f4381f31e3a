// Writes the content model back to YAML, for the editor and for round trips.
// Files are written atomically (temporary file, flush, rename), so a power
// cut never leaves a facilitator with half a file.
#pragma once
#include <string>

#include "game/content/model.h"

namespace game::content {

// pack.yaml's text.
std::string emitPackInfo(const PackInfo& info);
// A content file holding one section ("resources", ..., or "board").
std::string emitSection(const Pack& pack, const std::string& section);

// Writes pack.yaml and one file per non-empty section into `folder`.
bool savePack(const Pack& pack, const std::string& folder, std::string& error);

// Writes `text` to `path` through a temporary file and a rename.
bool writeFileAtomically(const std::string& path, const std::string& text, std::string& error);

}  // namespace game::content
