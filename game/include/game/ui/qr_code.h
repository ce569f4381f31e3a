// A QR code a phone camera reads as plain text: the take-home list, on the
// end screen, for a player who leaves a kiosk with nothing but their phone.
// Encoded with libqrencode; drawn as plain squares with a quiet zone.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "engine/renderer.h"
#include "game/ui/theme.h"

namespace game {

struct QrMatrix {
  int size = 0;            // modules a side, without the quiet zone
  std::vector<bool> dark;  // size * size, row by row
  bool at(int x, int y) const { return dark[static_cast<std::size_t>(y * size + x)]; }
};

// UTF-8 text as a QR code (error correction M); empty when it does not fit.
std::optional<QrMatrix> encodeQr(const std::string& text);
// Draws the code in `box` (a square), dark on the theme's paper, with a
// four-module quiet zone, each module a whole number of pixels wide.
void drawQr(engine::Renderer& r, const QrMatrix& qr, engine::Rect box, const Theme& theme);

}  // namespace game
