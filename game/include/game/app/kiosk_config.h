// The kiosk's settings: /etc/declic/kiosk.yaml, then ~/.config/declic/kiosk.yaml
// (later files override earlier ones), then the command line.
//
//   kiosk: true              # start as a kiosk (same as --kiosk)
//   idle_seconds: 90         # without input this long, ask « Êtes-vous toujours là ? »
//   warning_seconds: 30      # the countdown before the reset (never under 20)
//   pin_sha256: 03ac67…      # sha256 of the facilitator's PIN (echo -n 1234 | sha256sum)
//   territory: montmagny     # the MRC every session starts with
//   printer: Bibliotheque    # a CUPS printer for « Imprimer ma liste »
#pragma once
#include <optional>
#include <string>
#include <vector>

namespace game {

struct KioskConfig {
  bool enabled = false;
  double idleSeconds = 90;
  double warningSeconds = 30;
  std::string pinSha256;
  std::string territory;
  std::string board;  // the pack board its solo games use (default: the pack's first)
  std::string printer;
};

// Reads `path` over `config`; a missing file changes nothing. Problems are
// appended as "file:line:col: message" and the setting keeps its value.
void readKioskConfig(const std::string& path, KioskConfig& config, std::vector<std::string>& problems);

// The config files in the order they apply.
std::vector<std::string> kioskConfigPaths();

}  // namespace game
