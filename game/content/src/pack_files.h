// Safe access to a pack's files: no symlinks, no folders where files should
// be, bounded sizes, UTF-8 text only. Every refusal is a message, not a throw.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "game/content/diagnostics.h"
#include "game/content/loader.h"

namespace game::content {

// Reads a pack file's text; strips a UTF-8 byte-order mark. On any problem,
// reports it (naming the file, and line:column for bad bytes) and returns nothing.
std::optional<std::string> readPackText(const std::string& path, const LoadLimits& limits, Report& report);

// The .yaml/.yml files of a pack folder and its subfolders, sorted, pack.yaml excluded.
std::vector<std::string> listPackFiles(const std::string& folder, const LoadLimits& limits, Report& report);

}  // namespace game::content
