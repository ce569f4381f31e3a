// Checks across items, after loading and merging: duplicate ids, dangling
// references, missing translations, stale or future dates, images, and
// whether the board can be played.
#pragma once
#include <string>
#include <vector>

#include "game/content/diagnostics.h"
#include "game/content/model.h"

namespace game::content {

struct ValidateOptions {
  Date today;
  int staleAfterMonths = 18;
  bool checkImages = true;
  std::uintmax_t maxImageBytes = 2 * 1024 * 1024;
  int maxImageSide = 2048;
  // Files that did not parse: what they would have held is not reported missing.
  std::vector<std::string> unreadableFiles;
};

void validatePack(const Pack& pack, Report& report, const ValidateOptions& options);

}  // namespace game::content
