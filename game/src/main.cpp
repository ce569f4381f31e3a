// declic: wires the engine, the pack and the flow of screens together.
#include <fstream>
#include <future>
#include <iostream>

#include "engine/app.h"
#include "engine/log.h"
#include "engine/sound.h"
#include "game/app/autoplay_main.h"
#include "game/app/data_paths.h"
#include "game/app/flow.h"
#include "game/app/kiosk.h"
#include "game/app/options.h"
#include "game/app/read_aloud.h"
#include "game/app/window_config.h"
#include "game/content/loader.h"

int main(int argc, char** argv) {
  auto parsed = game::parseOptions(std::vector<std::string>(argv + 1, argv + argc));
  if (!parsed.options) {
    std::cerr << "declic: " << parsed.error << "\n\n" << game::usageText();
    return 2;
  }
  game::Options options = *parsed.options;
  if (options.showHelp || options.showVersion) {
    std::cout << (options.showHelp ? game::usageText() : "declic 0.1.0\n");
    return 0;
  }
  const std::string packPath = options.packPath.empty() ? game::bundledPackPath(argv[0]) : options.packPath;
  if (options.autoplayGames > 0) return game::runAutoplay(options, packPath, game::packSearchPath(argv[0]));

  game::KioskConfig kiosk;
  std::vector<std::string> problems;
  for (const auto& path : game::kioskConfigPaths()) game::readKioskConfig(path, kiosk, problems);
  for (const auto& p : problems) engine::logWarning("kiosk", p);
  kiosk.enabled = kiosk.enabled || options.kiosk;
  if (kiosk.enabled && !options.headless) options.fullscreen = true;
  if (options.territory.empty()) options.territory = kiosk.territory;

  engine::App app(game::appConfig(options));  // first: it tunes the allocator before any thread starts
  // The pack loads on a second thread while SDL opens the window: both take
  // tens of milliseconds and neither needs the other.
  game::content::LoadOptions loadOptions;
  loadOptions.packSearchPath = game::packSearchPath(argv[0]);
  auto loading = std::async(std::launch::async, [&] { return game::content::loadPack(packPath, loadOptions); });
  std::string error;
  if (!app.start(error)) {
    std::cerr << "declic: " << error << "\n";
    return 1;
  }
  game::content::LoadResult loaded = loading.get();
  for (const auto& d : loaded.report.items())
    engine::log(d.severity == game::content::Severity::Error ? engine::LogLevel::Error : engine::LogLevel::Warning,
                "pack", d.format());

  game::Context context;
  context.packPath = packPath;
  context.packSearchPath = loadOptions.packSearchPath;
  context.printer = kiosk.printer;
  context.soloBoard = !options.board.empty() ? options.board : kiosk.board;
  context.settings.language = options.language;
  context.settings.territory = options.territory;
  context.settings.readAloud = options.readAloud;
  context.settings.highContrast = options.highContrast;
  context.settings.speechRate = options.speechRate;
  context.saves.folder = options.saveDir.empty() ? game::defaultSaveDir() : options.saveDir;
  const bool playable = loaded.ok();
  context.pack = std::make_shared<const game::content::Pack>(std::move(loaded.pack));
  if (playable && !context.soloBoard.empty() && !context.pack->board(context.soloBoard)) {
    engine::logWarning("board", "the pack has no board '" + context.soloBoard + "': solo games use its first board");
    context.soloBoard.clear();
  }
  game::Flow flow(app, std::move(context), options.seed);
  game::Kiosk kioskMode(app, flow, kiosk);
  game::ReadAloud readAloud(app, flow.context(), options.speechOut);
  // Soft sounds, when a person is there to hear them; a headless run records them only when asked.
  engine::SoundOutput sounds(options.soundOut);
  std::vector<std::string> cuesPlayed;
  if (!options.headless || !options.soundOut.empty())
    flow.context().cue = [&sounds, &flow, &cuesPlayed, &options](game::Cue cue) {
      if (!flow.context().settings.sound) return;
      sounds.play(game::cueSamples(cue, engine::SoundOutput::kSampleRate));
      if (!options.soundOut.empty()) cuesPlayed.push_back(game::cueName(cue));
    };
  // The theme follows the contrast setting, changed on the title or in the menu.
  app.hooks().tick.push_back([&app, &flow, applied = -1](double) mutable {
    game::Context& ctx = flow.context();
    const int wanted = ctx.settings.highContrast ? 1 : 0;
    if (wanted == applied) return;  // a theme is built only when the setting changes
    applied = wanted;
    ctx.theme = game::themeFor(ctx.settings);
    app.setPageColours(ctx.theme.palette.background, ctx.theme.palette.background);
  });
  // Never play a broken pack: show what to fix instead.
  if (!playable) {
    if (kiosk.enabled) kioskMode.guard();
    flow.showPackErrors(loaded.report);
  } else if (kiosk.enabled) {
    kioskMode.start();
  } else {
    flow.home();
  }
  const int status = app.run();
  readAloud.finish();
  sounds.finish();
  if (!options.soundOut.empty()) {
    std::ofstream names(options.soundOut + ".txt");
    for (const auto& name : cuesPlayed) names << name << "\n";
  }
  return status;
}
