// One game being played on screen: the pack, the rules' state, and where it
// saves itself. Every command goes through here, so the game is saved
// (atomically) after each one and a crash or power cut loses nothing.
#pragma once
#include <memory>
#include <string>

#include "game/content/model.h"
#include "game/rules/game_state.h"
#include "game/rules/rules.h"

namespace game {

class GameSession {
 public:
  GameSession(std::shared_ptr<const content::Pack> pack, rules::GameState state, std::string savePath);

  const content::Pack& pack() const { return *pack_; }
  const rules::GameState& state() const { return state_; }
  // Applies a command and saves; returns false when it was not allowed.
  bool command(const rules::Command& command);
  void undoLastAnswer();
  // The game is over and acknowledged: the save is removed so it is not offered again.
  void forget();
  const std::string& saveError() const { return saveError_; }

 private:
  void save();

  std::shared_ptr<const content::Pack> pack_;  // the pack this game started with
  rules::GameState state_;
  std::string savePath_;
  std::string saveError_;
};

}  // namespace game
