#include "game/session.h"

#include <filesystem>

#include "engine/log.h"
#include "game/rules/save.h"

namespace game {

GameSession::GameSession(std::shared_ptr<const content::Pack> pack, rules::GameState state, std::string savePath)
    : pack_(std::move(pack)), state_(std::move(state)), savePath_(std::move(savePath)) {
  save();
}

bool GameSession::command(const rules::Command& c) {
  if (!rules::allowed(*pack_, state_, c)) return false;
  state_ = rules::apply(*pack_, std::move(state_), c);
  save();
  return true;
}

void GameSession::undoLastAnswer() {
  state_ = rules::undoLastAnswer(*pack_, state_);
  save();
}

void GameSession::forget() {
  if (savePath_.empty()) return;
  std::error_code ec;
  std::filesystem::remove(savePath_, ec);
}

void GameSession::save() {
  if (savePath_.empty()) return;
  if (!rules::saveGame(savePath_, state_, *pack_, saveError_))
    engine::logWarning("save", "cannot save the game to '" + savePath_ + "': " + saveError_);
  else
    saveError_.clear();
}

}  // namespace game
