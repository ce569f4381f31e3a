#include "game/app/options.h"

#include <charconv>

namespace game {

namespace {
bool parseInt(const std::string& text, int& out) {
  auto [p, ec] = std::from_chars(text.data(), text.data() + text.size(), out);
  return ec == std::errc() && p == text.data() + text.size();
}

bool parseSize(const std::string& text, int& w, int& h) {
  auto x = text.find('x');
  if (x == std::string::npos) return false;
  auto [p1, e1] = std::from_chars(text.data(), text.data() + x, w);
  auto [p2, e2] = std::from_chars(text.data() + x + 1, text.data() + text.size(), h);
  return e1 == std::errc() && e2 == std::errc() && p1 == text.data() + x && p2 == text.data() + text.size() &&
         w >= 320 && h >= 200 && w <= 8192 && h <= 8192;
}
}  // namespace

std::string usageText() {
  return "Usage: declic [OPTIONS]\n"
         "  --pack DIR            the content pack to play (default: the bundled pack)\n"
         "  --lang fr|en          interface language (default: fr)\n"
         "  --fullscreen          start in full screen (F11 switches at any time)\n"
         "  --kiosk               a library kiosk: full screen, attract screen, reset after\n"
         "                        idle time, no way out without the PIN (see kiosk.yaml)\n"
         "  --size WxH            window size, e.g. 1280x720\n"
         "  --headless            no display: dummy video driver, software renderer\n"
         "  --script FILE         with --headless: play FILE's input and captures\n"
         "  --capture-dir DIR     where the script's captures are written (default: .)\n"
         "  --exit-after-first-frame  start, draw one frame, exit (start-up benchmark)\n"
         "  --autoplay N          with --headless: bots play N games, one line each\n"
         "  --seed S              random seed (autoplay and new games; default 1)\n"
         "  --players K           autoplay: players or teams, 1 to 8 (default 4)\n"
         "  --mode group|solo     autoplay: a group game or a solo game (default group)\n"
         "  --cooperative         autoplay: the cooperative mode\n"
         "  --board ID            the pack board for solo games and autoplay, e.g. mon-quartier (default: the first)\n"
         "  --territory ID        the player's MRC (a territory id of the pack); autoplay:\n"
         "                        every player's, else each game takes the next MRC\n"
         "  --save-dir DIR        where the game saves itself (default ~/.local/share/declic)\n"
         "  --read-aloud          read each new screen aloud (also « Écouter » on the title)\n"
         "  --high-contrast       black on white with strong outlines (also « Contraste » on the title)\n"
         "  --sound-out FILE      headless: write the game's sounds to FILE (WAV) and their names to FILE.txt\n"
         "  --speech-rate WPM     reading speed, 80 to 300 words a minute (default 150)\n"
         "  --speech-out FILE     headless: write what would be spoken to FILE (WAV) and FILE.txt\n"
         "  --help, --version\n";
}

ParseResult parseOptions(const std::vector<std::string>& args) {
  Options o;
  auto fail = [](std::string message) { return ParseResult{std::nullopt, std::move(message)}; };
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    auto value = [&](std::string& out) {
      if (i + 1 >= args.size()) return false;
      out = args[++i];
      return true;
    };
    std::string v;
    if (a == "--headless") o.headless = true;
    else if (a == "--fullscreen") o.fullscreen = true;
    else if (a == "--kiosk") o.kiosk = true;
    else if (a == "--exit-after-first-frame") o.exitAfterFirstFrame = true;
    else if (a == "--help" || a == "-h") o.showHelp = true;
    else if (a == "--version") o.showVersion = true;
    else if (a == "--cooperative") o.cooperative = true;
    else if (a == "--read-aloud") o.readAloud = true;
    else if (a == "--high-contrast") o.highContrast = true;
    else if (a == "--speech-out") { if (!value(o.speechOut) || o.speechOut.empty()) return fail("--speech-out needs a file, e.g. speech.wav"); o.readAloud = true; }
    else if (a == "--sound-out") { if (!value(o.soundOut) || o.soundOut.empty()) return fail("--sound-out needs a file, e.g. sounds.wav"); }
    else if (a == "--speech-rate") {
      if (!value(v) || !parseInt(v, o.speechRate) || o.speechRate < 80 || o.speechRate > 300)
        return fail("--speech-rate needs words a minute, 80 to 300");
    }
    else if (a == "--board") { if (!value(o.board) || o.board.empty()) return fail("--board needs a board id, e.g. mon-quartier"); }
    else if (a == "--territory") { if (!value(o.territory) || o.territory.empty()) return fail("--territory needs a territory id, e.g. montmagny"); }
    else if (a == "--save-dir") { if (!value(o.saveDir)) return fail("--save-dir needs a folder"); }
    else if (a == "--autoplay") {
      if (!value(v) || !parseInt(v, o.autoplayGames) || o.autoplayGames < 1 || o.autoplayGames > 1000000)
        return fail("--autoplay needs a number of games, 1 or more");
    } else if (a == "--seed") {
      if (!value(v) || std::from_chars(v.data(), v.data() + v.size(), o.seed).ec != std::errc())
        return fail("--seed needs a whole number");
    } else if (a == "--players") {
      if (!value(v) || !parseInt(v, o.players) || o.players < 1 || o.players > 8) return fail("--players needs 1 to 8");
    } else if (a == "--mode") {
      if (!value(v) || (v != "group" && v != "solo")) return fail("--mode needs group or solo");
      o.solo = v == "solo";
    }
    else if (a == "--script") { if (!value(o.scriptPath)) return fail("--script needs a file"); }
    else if (a == "--capture-dir") { if (!value(o.captureDir)) return fail("--capture-dir needs a folder"); }
    else if (a == "--pack") { if (!value(o.packPath)) return fail("--pack needs a folder"); }
    else if (a == "--size") {
      if (!value(v) || !parseSize(v, o.width, o.height)) return fail("--size needs WIDTHxHEIGHT, e.g. 1280x720");
    } else if (a == "--lang") {
      if (!value(v) || (v != "fr" && v != "en")) return fail("--lang needs fr or en");
      o.language = v == "fr" ? Language::French : Language::English;
    } else {
      return fail("unknown option '" + a + "'");
    }
  }
  if (o.headless && o.scriptPath.empty() && !o.exitAfterFirstFrame && o.autoplayGames == 0)
    return fail("--headless needs --script FILE or --autoplay N (nothing would ever happen without one)");
  if (o.autoplayGames > 0 && !o.headless) return fail("--autoplay runs only with --headless");
  if (!o.scriptPath.empty() && !o.headless) return fail("--script runs only with --headless");
  return {o, {}};
}

}  // namespace game
