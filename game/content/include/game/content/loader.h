// Loads a pack folder into the content model, collecting every problem with
// its file, line and column. Never throws on bad input and never crashes:
// malformed YAML, wrong types, hostile sizes and nesting all become messages.
#pragma once
#include <cstdint>
#include <map>
#include <optional>
#include <string>

#include "game/content/diagnostics.h"
#include "game/content/model.h"

namespace game::content {

// Documented in docs/content-packs.md ("Limits").
struct LoadLimits {
  std::uintmax_t maxFileBytes = 16 * 1024 * 1024;
  std::size_t maxFiles = 500;
  std::size_t maxItems = 100'000;
  int maxNesting = 64;
  int maxExtendsDepth = 4;
};

struct LoadOptions {
  LoadLimits limits;
  std::optional<Date> today;  // for "checked long ago" warnings; the system date when empty
  bool checkImages = true;
  // Folders holding installed packs: 'extends: chaudiere-appalaches' (an id,
  // no slash) finds the base pack there when it is not beside this one.
  std::vector<std::string> packSearchPath;
  // Texts that stand for the pack's own files (not its base's), by path as the
  // loader names them: the editor validates what is on screen, not on disk.
  // A path here that is not on disk is a new file of the pack.
  const std::map<std::string, std::string>* fileTexts = nullptr;
};

struct LoadResult {
  Pack pack;
  Report report;
  bool ok() const { return !report.hasErrors(); }
};

LoadResult loadPack(const std::string& folder, const LoadOptions& options = {});

// Parses the text of one pack file into `pack` (for tests and the fuzzer).
// `isPackInfo` is true for pack.yaml, whose own keys are allowed.
void parsePackFile(const std::string& text, const std::string& fileName, bool isPackInfo, Pack& pack,
                   Report& report, const LoadLimits& limits = {});

// Today's date from the system clock (local time).
Date today();

}  // namespace game::content
