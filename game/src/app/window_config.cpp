#include "game/app/window_config.h"

#include "game/ui/theme.h"

namespace game {

engine::AppConfig appConfig(const Options& options) {
  engine::AppConfig config;
  config.title = "Dé-CLIC";
  config.headless = options.headless;
  config.fullscreen = options.fullscreen;
  const bool sizeGiven = options.width > 0;
  config.width = sizeGiven ? options.width : options.headless ? 1920 : 1280;
  config.height = sizeGiven ? options.height : options.headless ? 1080 : 720;
  config.scriptPath = options.scriptPath;
  config.captureDir = options.captureDir;
  config.exitAfterFirstFrame = options.exitAfterFirstFrame;
  const Theme theme = defaultTheme();
  config.canvasColor = theme.palette.background;
  config.barColor = theme.palette.background;  // the page reaches the edges: no black bars
  return config;
}

}  // namespace game
