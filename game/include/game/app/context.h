// What every screen of the game shares: the pack, the player's settings, the
// theme, where the game saves itself, and the read-aloud slot. The flow of
// screens owns one Context and hands it to each screen it creates.
#pragma once
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "game/app/save_store.h"
#include "game/content/model.h"
#include "game/rules/game_state.h"
#include "game/ui/settings.h"
#include "game/ui/sound_cues.h"
#include "game/ui/theme.h"

namespace engine {
class Renderer;
}

namespace game {

struct Context {
  // Swapped whole when the pack is reloaded (editor preview, kiosk reload);
  // a game in progress keeps the pack it started with through its own pointer.
  std::shared_ptr<const content::Pack> pack;
  std::string packPath;
  std::vector<std::string> packSearchPath;  // installed packs, for 'extends: ID' (reloads too)
  Settings settings;
  Theme theme = defaultTheme();
  SaveStore saves;
  // Read-aloud: speaks these lines, in order; empty when nothing speaks.
  std::function<void(const std::vector<std::string>&)> speak;
  // The board solo games use (--board, or a kiosk's board:); empty: the pack's first.
  std::string soloBoard;
  // Plays one of the game's soft sounds when the player wants sounds; empty when nothing plays.
  std::function<void(Cue)> cue;
  // A library kiosk: nothing is written for the player, nothing lets them out.
  bool kiosk = false;
  std::string printer;  // a CUPS printer for « Imprimer ma liste » (kiosk.yaml); empty: none
  // The last group set-up, offered again when the facilitator comes back to it.
  std::optional<rules::GameConfig> groupSetup;
  // For pages drawn off screen ("Mes ressources"); set once the window exists.
  engine::Renderer* renderer = nullptr;

  const content::Pack& currentPack() const { return *pack; }
};

}  // namespace game
