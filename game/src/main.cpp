// declic: wires the engine, the pack, the settings and the first screen.
#include <filesystem>
#include <iostream>

#include "engine/app.h"
#include "engine/log.h"
#include "game/app/options.h"
#include "game/content/loader.h"
#include "game/rules/bot.h"
#include "game/screens/card_browser_screen.h"
#include "game/screens/pack_errors_screen.h"
#include "game/screens/title_screen.h"
#include "game/ui/theme.h"

namespace {
// The bundled pack, found from the source tree this binary was built from.
std::string defaultPackPath() { return std::string(DECLIC_SOURCE_DIR) + "/content/chaudiere-appalaches"; }
}  // namespace

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

  const std::string packPath = options.packPath.empty() ? defaultPackPath() : options.packPath;
  if (options.autoplayGames > 0) {
    // Bots only: no window, no drawing, one line per game.
    game::content::LoadResult loaded = game::content::loadPack(packPath);
    if (!loaded.ok()) {
      for (const auto& d : loaded.report.items()) std::cerr << d.format() << "\n";
      return 1;
    }
    game::rules::AutoplayOptions autoplay;
    autoplay.games = options.autoplayGames;
    autoplay.seed = options.seed;
    autoplay.players = options.players;
    autoplay.solo = options.solo;
    autoplay.cooperative = options.cooperative;
    if (!loaded.pack.territories.empty()) autoplay.territory = loaded.pack.territories.front().id;
    for (const auto& line : game::rules::autoplay(loaded.pack, autoplay)) std::cout << line << "\n";
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

  // Text fitting is declic-pack's job (it measures every text at every size);
  // the game itself shrinks or cuts text that would not fit, never clips it.
  game::content::LoadResult loaded = game::content::loadPack(packPath);
  for (const auto& d : loaded.report.items())
    engine::log(d.severity == game::content::Severity::Error ? engine::LogLevel::Error : engine::LogLevel::Warning,
                "pack", d.format());

  game::Settings settings;
  settings.language = options.language;
  auto quit = [&] { app.requestQuit(); };
  if (!loaded.ok()) {
    // Never play a broken pack: show what to fix instead.
    app.scenes().push(std::make_unique<game::PackErrorsScreen>(settings, packPath, loaded.report, quit));
  } else {
    const game::content::Pack& pack = loaded.pack;
    game::TitleScreen::Callbacks callbacks;
    callbacks.quit = quit;
    callbacks.browse = [&] { app.scenes().push(std::make_unique<game::CardBrowserScreen>(settings, pack)); };
    std::string packName = pack.info.name.get(std::string(game::languageCode(settings.language)));
    app.scenes().push(std::make_unique<game::TitleScreen>(settings, packName, callbacks));
  }
  return app.run();
}
