#include "game/app/autoplay_main.h"

#include <iostream>

#include "game/content/loader.h"
#include "game/rules/bot.h"

namespace game {

int runAutoplay(const Options& options, const std::string& packPath, const std::vector<std::string>& packSearchPath) {
  content::LoadOptions loadOptions;
  loadOptions.packSearchPath = packSearchPath;
  content::LoadResult loaded = content::loadPack(packPath, loadOptions);
  if (!loaded.ok()) {
    for (const auto& d : loaded.report.items()) std::cerr << d.format() << "\n";
    return 1;
  }
  rules::AutoplayOptions autoplay;
  autoplay.games = options.autoplayGames;
  autoplay.seed = options.seed;
  autoplay.players = options.players;
  autoplay.solo = options.solo;
  autoplay.cooperative = options.cooperative;
  if (!options.territory.empty() && !loaded.pack.territory(options.territory)) {
    std::cerr << "declic: the pack has no territory '" << options.territory << "'; its territories are:";
    for (const auto& t : loaded.pack.territories) std::cerr << " " << t.id;
    std::cerr << "\n";
    return 2;
  }
  autoplay.territory = options.territory;
  if (!options.board.empty() && !loaded.pack.board(options.board)) {
    std::cerr << "declic: the pack has no board '" << options.board << "'\n";
    return 2;
  }
  autoplay.board = options.board;
  for (const auto& line : rules::autoplay(loaded.pack, autoplay)) std::cout << line << "\n";
  return 0;
}

}  // namespace game
