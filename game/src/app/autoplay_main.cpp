#include "game/app/autoplay_main.h"

#include <iostream>

#include "game/content/loader.h"
#include "game/rules/bot.h"

namespace game {

int runAutoplay(const Options& options, const std::string& packPath) {
  content::LoadResult loaded = content::loadPack(packPath);
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
  if (!loaded.pack.territories.empty()) autoplay.territory = loaded.pack.territories.front().id;
  for (const auto& line : rules::autoplay(loaded.pack, autoplay)) std::cout << line << "\n";
  return 0;
}

}  // namespace game
