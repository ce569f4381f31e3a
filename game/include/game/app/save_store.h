// Where the game keeps what it writes for a player: the game in progress
// (saved after every move) and the "Mes ressources" pages.
#pragma once
#include <string>

namespace game {

struct SaveStore {
  std::string folder;  // --save-dir, else the user's data folder

  std::string gamePath() const { return folder + "/partie.txt"; }
  std::string sheetFolder() const { return folder; }
};

// $XDG_DATA_HOME/declic, else ~/.local/share/declic.
std::string defaultSaveDir();

}  // namespace game
