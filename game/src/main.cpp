// declic: wires the engine, the settings and the first screen together.
#include <iostream>

#include "engine/app.h"
#include "game/app/options.h"
#include "game/screens/title_screen.h"
#include "game/ui/theme.h"

int main(int argc, char** argv) {
  auto parsed = game::parseOptions(std::vector<std::string>(argv + 1, argv + argc));
  if (!parsed.options) {
    std::cerr << "declic: " << parsed.error << "\n\n" << game::usageText();
    return 2;
  }
  const game::Options& options = *parsed.options;
  if (options.showHelp) {
    std::cout << game::usageText();
    return 0;
  }
  if (options.showVersion) {
    std::cout << "declic 0.1.0\n";
    return 0;
  }

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
  config.canvasColor = game::palette().background;
  config.barColor = game::palette().bars;

  engine::App app(config);
  std::string error;
  if (!app.start(error)) {
    std::cerr << "declic: " << error << "\n";
    return 1;
  }
  game::Settings settings;
  settings.language = options.language;
  app.scenes().push(std::make_unique<game::TitleScreen>(settings, game::TitleScreen::Callbacks{[&] { app.requestQuit(); }}));
  return app.run();
}
