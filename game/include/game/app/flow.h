// The flow of screens: title, setup, a game, its end, the card browser. It
// owns the Context and builds each screen with it; main() only wires it.
#pragma once
#include <cstdint>
#include <functional>
#include <string>
#include <memory>

#include "engine/app.h"
#include "game/app/context.h"
#include "game/content/diagnostics.h"
#include "game/content/loader.h"
#include "game/rules/game_state.h"

namespace game {

class Flow {
 public:
  Flow(engine::App& app, Context context, std::uint64_t seed);

  // Back to the title, offering to resume a saved game when there is one.
  void home();
  // Shows what is wrong with a pack that cannot be played.
  void showPackErrors(const content::Report& report);
  // Puts a new pack in place (a reload): a game in progress keeps its own.
  void swapPack(std::shared_ptr<const content::Pack> pack);

  Context& context() { return context_; }
  const Context& context() const { return context_; }

  // Kiosk mode: solo play and the card browser only, no « Quitter »; `attract`
  // is where the kiosk waits between players.
  void setKiosk(bool kiosk, std::function<void()> attract);
  // Forgets everything of the session — the game and its save, the list
  // written for the player, names, language, text size — and shows the
  // attract screen. `territory` is the MRC the next session starts with.
  void forgetSession(const std::string& territory);
  // Reads the pack again from its folder; keeps the current one when the new one has errors.
  bool reloadPack();
  // Games started today (the kiosk menu's status line): the count starts again each day.
  int gamesPlayed() const { return content::today() == gamesDay_ ? gamesPlayed_ : 0; }

 private:
  void start(rules::GameConfig config);
  void play(rules::GameState state);

  engine::App& app_;
  Context context_;
  Settings startSettings_;  // what the command line asked for: a kiosk's reset returns to it
  std::uint64_t seed_;
  bool kiosk_ = false;
  std::function<void()> attract_;
  int gamesPlayed_ = 0;
  content::Date gamesDay_;
};

}  // namespace game
