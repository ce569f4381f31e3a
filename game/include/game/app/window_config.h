// What the command line asks of the window: size, full screen, headless script.
#pragma once
#include "engine/app.h"
#include "game/app/options.h"

namespace game {

engine::AppConfig appConfig(const Options& options);

}  // namespace game
