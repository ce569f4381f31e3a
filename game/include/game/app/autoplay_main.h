// `declic --headless --autoplay N`: bots play whole games and print a line each.
#pragma once
#include <string>
#include <vector>

#include "game/app/options.h"

namespace game {

int runAutoplay(const Options& options, const std::string& packPath, const std::vector<std::string>& packSearchPath);

}  // namespace game
