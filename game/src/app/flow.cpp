#include "game/app/flow.h"

#include "game/screens/confirm_screen.h"

#include <filesystem>

#include "engine/log.h"
#include "game/content/loader.h"
#include "game/screens/kiosk_screens.h"
#include "game/rules/bot.h"
#include "game/rules/rules.h"
#include "game/rules/save.h"
#include "game/screens/board_screen.h"
#include "game/screens/card_browser_screen.h"
#include "game/screens/pack_errors_screen.h"
#include "game/screens/setup_screen.h"
#include "game/screens/title_screen.h"
#include "game/session.h"

namespace game {

Flow::Flow(engine::App& app, Context context, std::uint64_t seed)
    : app_(app), context_(std::move(context)), startSettings_(context_.settings), seed_(seed) {
  context_.renderer = &app_.renderer();
}

void Flow::home() {
  TitleScreen::Callbacks callbacks;
  callbacks.browse = [this] { app_.scenes().push(std::make_unique<CardBrowserScreen>(context_)); };
  callbacks.solo = [this] {
    rules::GameConfig config = rules::defaultConfig(1, true, false, context_.settings.territory, seed_ + app_.nowMs());
    // Checked against the pack in play: a reloaded pack may no longer have that board.
    if (context_.currentPack().board(context_.soloBoard)) config.board = context_.soloBoard;
    start(config);
  };
  if (kiosk_) {  // solo play and the card browser only; the next player never sees a stranger's game
    app_.scenes().replaceAll(std::make_unique<TitleScreen>(context_, callbacks));
    return;
  }
  callbacks.quit = [this] {
    app_.scenes().push(std::make_unique<ConfirmScreen>(context_, "confirm.quit", "confirm.quit_yes", "confirm.quit_no",
                                                       [this] { app_.requestQuit(); }));
  };
  callbacks.group = [this] {
    app_.scenes().push(std::make_unique<SetupScreen>(context_, [this](const rules::GameConfig& c) { start(c); }));
  };
  auto saved = rules::loadGame(context_.currentPack(), context_.saves.gamePath());
  if (saved.state && saved.state->phase != rules::Phase::Over)
    callbacks.resume = [this, state = *saved.state] { play(state); };
  else if (!saved.state && saved.error != "no saved game")
    engine::logInfo("save", "not offering to resume the last game: " + saved.error);
  app_.scenes().replaceAll(std::make_unique<TitleScreen>(context_, callbacks));
}

void Flow::showPackErrors(const content::Report& report) {
  // A kiosk offers no way out, not even from a broken pack: a facilitator unlocks it.
  std::function<void()> quit;
  if (!kiosk_) quit = [this] { app_.requestQuit(); };
  app_.scenes().replaceAll(std::make_unique<PackErrorsScreen>(context_, report, quit));
}

void Flow::setKiosk(bool kiosk, std::function<void()> attract) {
  kiosk_ = kiosk;
  context_.kiosk = kiosk;
  attract_ = std::move(attract);
}

void Flow::forgetSession(const std::string& territory) {
  std::error_code ec;
  std::filesystem::remove(context_.saves.gamePath(), ec);
  std::filesystem::remove(context_.saves.gamePath() + ".tmp", ec);
  for (const auto& entry : std::filesystem::directory_iterator(context_.saves.sheetFolder(), ec))
    if (entry.path().filename().string().starts_with("mes-ressources")) std::filesystem::remove(entry.path(), ec);
  context_.settings = startSettings_;  // --high-contrast, --read-aloud… stay; the player's choices go
  context_.settings.territory = territory;
  context_.groupSetup.reset();
  app_.scenes().replaceAll(std::make_unique<AttractScreen>(context_, [this] { home(); }));
}

bool Flow::reloadPack() {
  content::LoadOptions options;
  options.packSearchPath = context_.packSearchPath;
  content::LoadResult loaded = content::loadPack(context_.packPath, options);
  if (!loaded.ok()) {
    for (const auto& d : loaded.report.items()) engine::logWarning("pack", "reload refused: " + d.format());
    return false;
  }
  engine::logInfo("pack", "reloaded " + context_.packPath);
  swapPack(std::make_shared<const content::Pack>(std::move(loaded.pack)));
  if (kiosk_) forgetSession(context_.settings.territory);
  return true;
}

void Flow::swapPack(std::shared_ptr<const content::Pack> pack) {
  context_.pack = std::move(pack);
  home();
}

void Flow::start(rules::GameConfig config) {
  if (config.territory.empty()) config.territory = context_.settings.territory;
  play(rules::newGame(context_.currentPack(), config));
}

void Flow::play(rules::GameState state) {
  if (const content::Date day = content::today(); day != gamesDay_) {
    gamesDay_ = day;
    gamesPlayed_ = 0;
  }
  ++gamesPlayed_;
  auto session = std::make_shared<GameSession>(context_.pack, std::move(state), context_.saves.gamePath());
  ScreenHooks hooks{[this] { home(); }, [this] { app_.requestQuit(); }};
  app_.scenes().replaceAll(std::make_unique<BoardScreen>(context_, session, hooks));
}

}  // namespace game
