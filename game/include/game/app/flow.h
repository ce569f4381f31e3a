// The flow of screens: title, setup, a game, its end, the card browser. It
// owns the Context and builds each screen with it; main() only wires it.
#pragma once
#include <cstdint>
#include <memory>

#include "engine/app.h"
#include "game/app/context.h"
#include "game/content/diagnostics.h"
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

 private:
  void start(rules::GameConfig config);
  void play(rules::GameState state);

  engine::App& app_;
  Context context_;
  std::uint64_t seed_;
};

}  // namespace game
