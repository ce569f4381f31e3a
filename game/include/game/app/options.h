// The declic command line. Parsing is separate from main() so tests can check
// that a wrong option prints usage and exits 2.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "game/ui/strings.h"

namespace game {

struct Options {
  bool headless = false;
  bool fullscreen = false;
  bool kiosk = false;  // --kiosk: full screen, attract screen, idle reset, no way out
  bool exitAfterFirstFrame = false;
  int width = 0;   // 0: 1280x720 in a window, 1920x1080 headless
  int height = 0;
  std::string scriptPath;
  std::string captureDir = ".";
  std::string packPath;
  Language language = Language::French;
  int autoplayGames = 0;  // > 0: play that many bot games and print a line each
  std::uint64_t seed = 1;
  int players = 4;
  bool solo = false;
  bool cooperative = false;
  std::string board;      // the pack board solo games (and autoplay) use (default: the first)
  std::string territory;  // the player's MRC (an id of the pack): the title's "Ma MRC", and autoplay's
  std::string saveDir;    // where the game saves itself; empty: the user's data folder
  bool readAloud = false;    // --read-aloud: each new screen is read aloud
  bool highContrast = false; // --high-contrast: the high-contrast theme
  std::string soundOut;      // --sound-out FILE.wav: headless, record the sounds there (and their names in FILE.wav.txt)
  std::string speechOut;     // --speech-out FILE.wav: what would be spoken, written there (and FILE.wav.txt)
  int speechRate = 150;      // --speech-rate WPM
  bool showHelp = false;
  bool showVersion = false;
};

struct ParseResult {
  std::optional<Options> options;  // empty on a usage error
  std::string error;               // what was wrong, for the usage message
};

ParseResult parseOptions(const std::vector<std::string>& args);
std::string usageText();

}  // namespace game
