#include "game/ui/qr_code.h"

#include <qrencode.h>

#include <cmath>

namespace game {

std::optional<QrMatrix> encodeQr(const std::string& text) {
  QRcode* code = QRcode_encodeString8bit(text.c_str(), 0, QR_ECLEVEL_M);
  if (!code) return std::nullopt;
  QrMatrix m;
  m.size = code->width;
  m.dark.resize(static_cast<std::size_t>(m.size * m.size));
  for (std::size_t i = 0; i < m.dark.size(); ++i) m.dark[i] = (code->data[i] & 1) != 0;
  QRcode_free(code);
  return m;
}

void drawQr(engine::Renderer& r, const QrMatrix& qr, engine::Rect box, const Theme& theme) {
  const int modules = qr.size + 8;  // with the quiet zone
  const float cell = std::floor(std::min(box.w, box.h) / static_cast<float>(modules));
  const float side = cell * static_cast<float>(modules);
  const engine::Rect area{box.x + (box.w - side) / 2, box.y + (box.h - side) / 2, side, side};
  r.fillRect(area, theme.paper);
  for (int y = 0; y < qr.size; ++y) {
    // Runs of dark modules in a row are one rectangle: fewer draws.
    for (int x = 0; x < qr.size;) {
      if (!qr.at(x, y)) {
        ++x;
        continue;
      }
      int end = x;
      while (end < qr.size && qr.at(end, y)) ++end;
      r.fillRect({area.x + cell * static_cast<float>(x + 4), area.y + cell * static_cast<float>(y + 4),
                  cell * static_cast<float>(end - x), cell},
                 theme.palette.ink);
      x = end;
    }
  }
}

}  // namespace game
