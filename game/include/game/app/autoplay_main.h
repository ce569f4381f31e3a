// `declic --headless --autoplay N`: bots play whole games and print a line each.
#pragma once
#include <string>

#include "game/app/options.h"

namespace game {

int runAutoplay(const Options& options, const std::string& packPath);

}  // namespace game
