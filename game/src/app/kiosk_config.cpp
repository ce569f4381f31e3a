#include "game/app/kiosk_config.h"

#include <yaml-cpp/yaml.h>

#include <cctype>
#include <cstdlib>
#include <filesystem>

namespace game {

namespace {
std::string where(const std::string& path, const YAML::Node& n) {
  const YAML::Mark m = n.Mark();
  return path + ":" + std::to_string(m.line + 1) + ":" + std::to_string(m.column + 1) + ": ";
}

bool isHex64(const std::string& s) {
  if (s.size() != 64) return false;
  for (char c : s)
    if (!std::isxdigit(static_cast<unsigned char>(c))) return false;
  return true;
}
}  // namespace

std::vector<std::string> kioskConfigPaths() {
  std::vector<std::string> paths = {"/etc/declic/kiosk.yaml"};
  if (const char* xdg = std::getenv("XDG_CONFIG_HOME"); xdg && *xdg) paths.push_back(std::string(xdg) + "/declic/kiosk.yaml");
  else if (const char* home = std::getenv("HOME"); home && *home) paths.push_back(std::string(home) + "/.config/declic/kiosk.yaml");
  return paths;
}

void readKioskConfig(const std::string& path, KioskConfig& config, std::vector<std::string>& problems) {
  std::error_code ec;
  if (!std::filesystem::is_regular_file(path, ec)) return;
  YAML::Node root;
  try {
    root = YAML::LoadFile(path);
  } catch (const YAML::Exception& e) {
    problems.push_back(path + ":" + std::to_string(e.mark.line + 1) + ":" + std::to_string(e.mark.column + 1) + ": " +
                       e.msg + "; the kiosk settings in this file are ignored");
    return;
  }
  if (!root.IsMap()) {
    if (!root.IsNull()) problems.push_back(where(path, root) + "expected settings such as 'kiosk: true'");
    return;
  }
  for (const auto& entry : root) {
    const std::string key = entry.first.as<std::string>("");
    const YAML::Node& value = entry.second;
    try {
      if (key == "kiosk") {
        config.enabled = value.as<bool>();
      } else if (key == "idle_seconds") {
        config.idleSeconds = value.as<double>();
        if (config.idleSeconds < 10 || config.idleSeconds > 3600) {
          problems.push_back(where(path, value) + "idle_seconds must be between 10 and 3600; 90 is used");
          config.idleSeconds = 90;
        }
      } else if (key == "warning_seconds") {
        config.warningSeconds = value.as<double>();
        // WCAG 2.2.1: at least 20 seconds to say « Je continue ».
        if (config.warningSeconds < 20 || config.warningSeconds > 600) {
          problems.push_back(where(path, value) + "warning_seconds must be between 20 and 600; 30 is used");
          config.warningSeconds = 30;
        }
      } else if (key == "pin_sha256") {
        const std::string pin = value.as<std::string>();
        if (!isHex64(pin)) problems.push_back(where(path, value) + "pin_sha256 must be 64 hex digits: echo -n PIN | sha256sum");
        else config.pinSha256 = pin;
      } else if (key == "territory") {
        config.territory = value.as<std::string>();
      } else if (key == "board") {
        config.board = value.as<std::string>();
      } else if (key == "printer") {
        config.printer = value.as<std::string>();
      } else {
        problems.push_back(where(path, entry.first) + "unknown setting '" + key +
                           "'; the settings are kiosk, idle_seconds, warning_seconds, pin_sha256, territory, board, printer");
      }
    } catch (const YAML::Exception&) {
      problems.push_back(where(path, value) + "'" + key + "' has a value of the wrong kind");
    }
  }
}

}  // namespace game
