// What a player can change while playing: language, text size and their MRC.
// One value, held by the application's Context and read by every screen.
#pragma once
#include <string>

#include "game/ui/strings.h"

namespace game {

struct Settings {
  Language language = Language::French;
  float textScale = 1.0f;  // 1.0 to 2.0
  std::string territory;   // the player's MRC, for solo games and "Mes ressources"
  bool readAloud = false;  // each new screen is read aloud (espeak-ng)
  int speechRate = 150;    // words a minute: slower than espeak's 175, for older listeners
  bool highContrast = false;  // black on white, strong outlines (the high-contrast theme)
  bool sound = true;          // the game's soft sounds (die, steps, answers)
  bool operator==(const Settings&) const = default;
};

}  // namespace game
