// Headless input scripts: a text file of commands, one per line, that plays
// input, waits (in simulated time) and captures PNGs. Coordinates are canvas
// units (1920x1080), whatever the window size.
//
//   # comment
//   wait 0.5              seconds of simulated time
//   tap X Y               mouse click          touch X Y     finger tap
//   press X Y / release X Y / move X Y / drag X1 Y1 X2 Y2
//   key NAME              SDL key name: Return, Tab, shift+Tab, ctrl+z, Down, Escape, F11
//   type TEXT             text typed into the focused field
//   button NAME           controller button: a, b, dpup, dpdown, dpleft, dpright
//   resize W H            window size in points
//   wheel X Y N           mouse wheel at X Y: N notches (negative: down)
//   capture FILE.png      written under the capture directory
//   expect-scene NAME     fails unless that screen is on top
//   wait-for NAME [S]     runs frames until that screen is on top and still
//                         (no card turning over; at most S seconds, default
//                         30), then goes on; fails after
//   key-until SCENE KEY   presses KEY every 1.3 s until SCENE is on top (at
//                         most 300 times): plays a game through, whatever the deck
//   tap-label TEXT        taps the button showing TEXT on the top screen
//                         (exactly, or the only one starting with it)
//   close                 the window's close button (or Alt+F4): a quit request
//   quit
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace engine {

struct ScriptCommand {
  enum class Kind { Wait, Tap, Touch, Press, Release, Move, Drag, Key, Type, Button, Resize, Wheel, Capture, ExpectScene, WaitFor, TapLabel, KeyUntil, Close, Quit };
  Kind kind = Kind::Wait;
  int line = 0;
  std::vector<float> numbers;
  std::string text;      // key name, typed text, file or scene name
  bool shift = false;    // key with shift+
  bool ctrl = false;     // key with ctrl+ (ctrl+z)
  std::string scene;     // key-until: the screen to reach
};

struct Script {
  std::string path;
  std::vector<ScriptCommand> commands;
};

// Parses a whole script; every problem is reported as "path:line: message".
std::optional<Script> parseScript(std::string_view source, const std::string& path, std::vector<std::string>& errors);
std::optional<Script> loadScript(const std::string& path, std::vector<std::string>& errors);

}  // namespace engine
