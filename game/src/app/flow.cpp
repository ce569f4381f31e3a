#include "game/app/flow.h"

#include "engine/log.h"
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
    : app_(app), context_(std::move(context)), seed_(seed) {
  context_.renderer = &app_.renderer();
}

void Flow::home() {
  TitleScreen::Callbacks callbacks;
  callbacks.quit = [this] { app_.requestQuit(); };
  callbacks.browse = [this] { app_.scenes().push(std::make_unique<CardBrowserScreen>(context_)); };
  callbacks.group = [this] {
    app_.scenes().push(std::make_unique<SetupScreen>(context_, [this](const rules::GameConfig& c) { start(c); }));
  };
  callbacks.solo = [this] {
    start(rules::defaultConfig(1, true, false, context_.settings.territory, seed_ + app_.nowMs()));
  };
  auto saved = rules::loadGame(context_.currentPack(), context_.saves.gamePath());
  if (saved.state && saved.state->phase != rules::Phase::Over)
    callbacks.resume = [this, state = *saved.state] { play(state); };
  else if (!saved.state && saved.error != "no saved game")
    engine::logInfo("save", "not offering to resume the last game: " + saved.error);
  app_.scenes().replaceAll(std::make_unique<TitleScreen>(context_, callbacks));
}

void Flow::showPackErrors(const content::Report& report) {
  app_.scenes().replaceAll(std::make_unique<PackErrorsScreen>(context_, report, [this] { app_.requestQuit(); }));
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
  auto session = std::make_shared<GameSession>(context_.pack, std::move(state), context_.saves.gamePath());
  ScreenHooks hooks{[this] { home(); }, [this] { app_.requestQuit(); }};
  app_.scenes().replaceAll(std::make_unique<BoardScreen>(context_, session, hooks));
}

}  // namespace game
