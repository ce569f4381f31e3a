// SHA-256 of a text, as 64 lowercase hex digits: the kiosk stores a PIN's
// hash, never the PIN itself.
#pragma once
#include <string>
#include <string_view>

namespace game {

std::string sha256Hex(std::string_view data);

}  // namespace game
