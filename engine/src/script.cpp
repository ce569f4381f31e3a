#include "engine/script.h"

#include <SDL.h>

#include <charconv>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include "engine/utf8.h"

namespace engine {

namespace {
using Kind = ScriptCommand::Kind;

struct CommandSpec {
  Kind kind;
  int numbers;  // how many numeric arguments; -1 when it takes text
};

const std::map<std::string, CommandSpec, std::less<>>& commandSpecs() {
  static const std::map<std::string, CommandSpec, std::less<>> specs = {
      {"wait", {Kind::Wait, 1}},       {"tap", {Kind::Tap, 2}},         {"touch", {Kind::Touch, 2}},
      {"press", {Kind::Press, 2}},     {"release", {Kind::Release, 2}}, {"move", {Kind::Move, 2}},
      {"drag", {Kind::Drag, 4}},       {"key", {Kind::Key, -1}},        {"type", {Kind::Type, -1}},
      {"button", {Kind::Button, -1}},  {"resize", {Kind::Resize, 2}},   {"wheel", {Kind::Wheel, 3}},   {"capture", {Kind::Capture, -1}},
      {"expect-scene", {Kind::ExpectScene, -1}}, {"quit", {Kind::Quit, 0}},
      {"wait-for", {Kind::WaitFor, -1}}, {"tap-label", {Kind::TapLabel, -1}}, {"key-until", {Kind::KeyUntil, -1}},
      {"close", {Kind::Close, 0}},
  };
  return specs;
}

std::string trim(std::string_view s) {
  std::size_t b = s.find_first_not_of(" \t\r");
  if (b == std::string_view::npos) return {};
  std::size_t e = s.find_last_not_of(" \t\r");
  return std::string(s.substr(b, e - b + 1));
}

std::optional<float> parseNumber(const std::string& token) {
  float v = 0;
  auto [ptr, ec] = std::from_chars(token.data(), token.data() + token.size(), v);
  if (ec != std::errc() || ptr != token.data() + token.size()) return std::nullopt;
  return v;
}
}  // namespace

std::optional<Script> parseScript(std::string_view source, const std::string& path, std::vector<std::string>& errors) {
  Script script;
  script.path = path;
  const std::size_t errorsBefore = errors.size();
  auto fail = [&](int line, const std::string& message) {
    errors.push_back(path + ":" + std::to_string(line) + ": " + message);
  };
  if (findInvalidUtf8(source) != std::string_view::npos) {
    fail(1, "the file is not UTF-8 text; save it as UTF-8");
    return std::nullopt;
  }
  std::vector<std::string> names;
  for (const auto& [name, spec] : commandSpecs()) names.push_back(name);

  std::istringstream in{std::string(source)};
  std::string raw;
  int lineNumber = 0;
  while (std::getline(in, raw)) {
    ++lineNumber;
    if (lineNumber == 1 && raw.starts_with("\xEF\xBB\xBF")) raw.erase(0, 3);
    std::string line = trim(raw);
    if (line.empty() || line[0] == '#') continue;
    std::size_t space = line.find_first_of(" \t");
    std::string word = line.substr(0, space);
    std::string rest = space == std::string::npos ? "" : trim(line.substr(space));
    auto spec = commandSpecs().find(word);
    if (spec == commandSpecs().end()) {
      std::string hint = closestMatch(word, names);
      fail(lineNumber, "unknown command '" + word + "'" + (hint.empty() ? "" : " (did you mean '" + hint + "'?)"));
      continue;
    }
    ScriptCommand cmd;
    cmd.kind = spec->second.kind;
    cmd.line = lineNumber;
    if (spec->second.numbers >= 0) {
      std::istringstream args(rest);
      std::string token;
      bool bad = false;
      while (args >> token) {
        auto v = parseNumber(token);
        if (!v) {
          fail(lineNumber, "'" + token + "' is not a number in '" + word + "'");
          bad = true;
          break;
        }
        cmd.numbers.push_back(*v);
      }
      if (bad) continue;
      if (static_cast<int>(cmd.numbers.size()) != spec->second.numbers) {
        fail(lineNumber, "'" + word + "' takes " + std::to_string(spec->second.numbers) + " numbers, found " +
                             std::to_string(cmd.numbers.size()));
        continue;
      }
      if (cmd.kind == Kind::Wait && (cmd.numbers[0] < 0 || cmd.numbers[0] > 3600)) {
        fail(lineNumber, "wait takes seconds between 0 and 3600");
        continue;
      }
      if (cmd.kind == Kind::Resize && (cmd.numbers[0] < 320 || cmd.numbers[1] < 200 || cmd.numbers[0] > 8192 ||
                                       cmd.numbers[1] > 8192)) {
        fail(lineNumber, "resize takes a width and height between 320x200 and 8192x8192");
        continue;
      }
    } else {
      if (rest.empty()) {
        fail(lineNumber, "'" + word + "' needs an argument");
        continue;
      }
      cmd.text = rest;
      if (cmd.kind == Kind::WaitFor) {
        // "wait-for board" or "wait-for board 5": the screen, then at most how long.
        std::size_t lastSpace = rest.find_last_of(" \t");
        float limit = 30;
        if (lastSpace != std::string::npos) {
          if (auto v = parseNumber(trim(rest.substr(lastSpace)))) {
            limit = *v;
            cmd.text = trim(rest.substr(0, lastSpace));
          }
        }
        if (limit <= 0 || limit > 3600) {
          fail(lineNumber, "wait-for takes at most 3600 seconds");
          continue;
        }
        cmd.numbers = {limit};
      }
      if (cmd.kind == Kind::KeyUntil) {
        const std::size_t gap = rest.find_first_of(" \t");
        if (gap == std::string::npos) {
          fail(lineNumber, "key-until takes a screen name and a key, e.g. 'key-until end Return'");
          continue;
        }
        cmd.text = trim(rest.substr(gap));
        cmd.scene = rest.substr(0, gap);
      }
      if (cmd.kind == Kind::Key || cmd.kind == Kind::KeyUntil) {
        for (bool more = true; more;) {
          more = false;
          if (cmd.text.starts_with("shift+")) {
            cmd.shift = more = true;
            cmd.text.erase(0, 6);
          } else if (cmd.text.starts_with("ctrl+")) {
            cmd.ctrl = more = true;
            cmd.text.erase(0, 5);
          }
        }
        if (SDL_GetKeyFromName(cmd.text.c_str()) == SDLK_UNKNOWN) {
          fail(lineNumber, "unknown key '" + cmd.text + "' (use SDL key names: Return, Tab, Escape, Up, Down, F11)");
          continue;
        }
      }
      if (cmd.kind == Kind::Button &&
          SDL_GameControllerGetButtonFromString(cmd.text.c_str()) == SDL_CONTROLLER_BUTTON_INVALID) {
        fail(lineNumber, "unknown controller button '" + cmd.text + "' (a, b, start, dpup, dpdown, dpleft, dpright)");
        continue;
      }
      if (cmd.kind == Kind::Capture && (!cmd.text.ends_with(".png") || cmd.text.find("..") != std::string::npos)) {
        fail(lineNumber, "capture takes a file name ending in .png, inside the capture folder");
        continue;
      }
    }
    script.commands.push_back(std::move(cmd));
  }
  if (errors.size() != errorsBefore) return std::nullopt;
  return script;
}

std::optional<Script> loadScript(const std::string& path, std::vector<std::string>& errors) {
  std::error_code ec;
  if (!std::filesystem::is_regular_file(path, ec)) {
    errors.push_back(path + ":0: no script file there (missing, or a folder)");
    return std::nullopt;
  }
  std::ifstream file(path, std::ios::binary);
  if (!file) {
    errors.push_back(path + ":0: cannot open the script file");
    return std::nullopt;
  }
  std::ostringstream content;
  content << file.rdbuf();
  if (content.str().size() > 4 * 1024 * 1024) {
    errors.push_back(path + ":0: the script is larger than 4 MB; split it");
    return std::nullopt;
  }
  return parseScript(content.str(), path, errors);
}

}  // namespace engine
