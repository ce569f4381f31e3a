// declic: wires the engine, the pack, the settings and the screens together.
#include <filesystem>
#include <future>
#include <iostream>

#include "engine/app.h"
#include "engine/log.h"
#include "game/app/options.h"
#include "game/content/loader.h"
#include "game/rules/bot.h"
#include "game/rules/save.h"
#include "game/screens/board_screen.h"
#include "game/screens/card_browser_screen.h"
#include "game/screens/pack_errors_screen.h"
#include "game/screens/setup_screen.h"
#include "game/screens/title_screen.h"
#include "game/session.h"
#include "game/ui/theme.h"

namespace {
// The bundled pack, found from the source tree this binary was built from.
std::string defaultPackPath() { return std::string(DECLIC_SOURCE_DIR) + "/content/chaudiere-appalaches"; }

int runAutoplay(const game::Options& options, const std::string& packPath) {
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

// Moves between the title, the setup and a game; owns what they share.
class Flow {
 public:
  Flow(engine::App& app, const game::content::Pack& pack, game::Settings& settings, std::string saveDir,
       std::uint64_t seed)
      : app_(app), pack_(pack), settings_(settings), saveDir_(std::move(saveDir)), seed_(seed) {}

  void home() {
    game::TitleScreen::Callbacks callbacks;
    callbacks.quit = [this] { app_.requestQuit(); };
    callbacks.browse = [this] { app_.scenes().push(std::make_unique<game::CardBrowserScreen>(settings_, pack_)); };
    callbacks.group = [this] {
      app_.scenes().push(std::make_unique<game::SetupScreen>(settings_, pack_, [this](const game::rules::GameConfig& c) {
        start(c);
      }));
    };
    callbacks.solo = [this] {
      start(game::rules::defaultConfig(1, true, false, settings_.territory, seed_ + app_.nowMs()));
    };
    auto saved = game::rules::loadGame(pack_, savePath());
    if (saved.state && saved.state->phase != game::rules::Phase::Over)
      callbacks.resume = [this, state = *saved.state] { play(state); };
    else if (!saved.state && saved.error != "no saved game")
      engine::logInfo("save", "not offering to resume the last game: " + saved.error);
    app_.scenes().replaceAll(std::make_unique<game::TitleScreen>(settings_, pack_, callbacks));
  }

 private:
  std::string savePath() const { return saveDir_ + "/partie.txt"; }

  void start(game::rules::GameConfig config) {
    if (config.territory.empty()) config.territory = settings_.territory;
    play(game::rules::newGame(pack_, config));
  }

  void play(game::rules::GameState state) {
    auto session = std::make_shared<game::GameSession>(pack_, std::move(state), savePath());
    game::ScreenHooks hooks{[this] { home(); }, [this] { app_.requestQuit(); }, saveDir_};
    app_.scenes().replaceAll(std::make_unique<game::BoardScreen>(settings_, session, hooks));
  }

  engine::App& app_;
  const game::content::Pack& pack_;
  game::Settings& settings_;
  std::string saveDir_;
  std::uint64_t seed_;
};
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
  if (options.autoplayGames > 0) return runAutoplay(options, packPath);

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

  // The pack loads on a second thread while SDL opens the window: both take
  // tens of milliseconds and neither needs the other. Text fitting is
  // declic-pack's job; the game shrinks or cuts text, it never clips it.
  auto loading = std::async(std::launch::async, [&packPath] { return game::content::loadPack(packPath); });
  engine::App app(config);
  std::string error;
  if (!app.start(error)) {
    std::cerr << "declic: " << error << "\n";
    return 1;
  }
  game::content::LoadResult loaded = loading.get();
  for (const auto& d : loaded.report.items())
    engine::log(d.severity == game::content::Severity::Error ? engine::LogLevel::Error : engine::LogLevel::Warning,
                "pack", d.format());

  game::Settings settings;
  settings.language = options.language;
  if (!loaded.ok()) {
    // Never play a broken pack: show what to fix instead.
    app.scenes().push(std::make_unique<game::PackErrorsScreen>(settings, packPath, loaded.report, [&] { app.requestQuit(); }));
    return app.run();
  }
  Flow flow(app, loaded.pack, settings, options.saveDir.empty() ? game::defaultSaveDir() : options.saveDir, options.seed);
  flow.home();
  return app.run();
}
