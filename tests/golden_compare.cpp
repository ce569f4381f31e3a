// golden_compare GOLDEN_DIR CAPTURE_DIR NAME.png...
// Compares headless captures with blessed images. A pixel differs when any
// channel is off by more than 24 (fonts and FreeType versions move edges a
// little); a capture fails when more than 0.5 % of its pixels differ. On
// failure it writes NAME.diff.png (differing pixels in red) beside the capture.
// To re-bless after a deliberate change: tools/bless (then look at every image).

#include <cstdio>
#include <cstdlib>
#include <string>

#include "capture_pixels.h"

namespace {
constexpr int kChannelTolerance = 24;
constexpr double kMaxDifferingFraction = 0.005;

bool compare(const std::string& golden, const std::string& capture) {
  SDL_Surface* g = loadArgb(golden);
  SDL_Surface* c = loadArgb(capture);
  bool ok = false;
  if (!g) {
    std::printf("FAIL %s: no golden image (%s). Run tools/bless to create it, then look at it.\n", golden.c_str(),
                IMG_GetError());
  } else if (!c) {
    std::printf("FAIL %s: the capture is missing (%s)\n", capture.c_str(), IMG_GetError());
  } else if (g->w != c->w || g->h != c->h) {
    std::printf("FAIL %s: size %dx%d, golden is %dx%d\n", capture.c_str(), c->w, c->h, g->w, g->h);
  } else {
    SDL_Surface* diff = SDL_CreateRGBSurfaceWithFormat(0, c->w, c->h, 32, SDL_PIXELFORMAT_ARGB8888);
    long differing = 0;
    for (int y = 0; y < c->h; ++y) {
      for (int x = 0; x < c->w; ++x) {
        Uint32 a = pixel(g, x, y), b = pixel(c, x, y);
        int worst = 0;
        for (int shift = 0; shift < 24; shift += 8)
          worst = std::max(worst, std::abs(static_cast<int>((a >> shift) & 0xFF) - static_cast<int>((b >> shift) & 0xFF)));
        bool differs = worst > kChannelTolerance;
        differing += differs;
        Uint32 grey = ((b & 0xFF) / 3 + 170) & 0xFF;
        static_cast<Uint32*>(diff->pixels)[y * (diff->pitch / 4) + x] =
            differs ? 0xFFFF0000u : (0xFF000000u | grey << 16 | grey << 8 | grey);
      }
    }
    double fraction = static_cast<double>(differing) / (static_cast<double>(c->w) * c->h);
    ok = fraction <= kMaxDifferingFraction;
    std::printf("%s %s: %.3f %% of pixels differ (limit %.1f %%)\n", ok ? "ok  " : "FAIL", capture.c_str(),
                fraction * 100, kMaxDifferingFraction * 100);
    if (!ok) {
      std::string diffPath = capture.substr(0, capture.size() - 4) + ".diff.png";
      IMG_SavePNG(diff, diffPath.c_str());
      std::printf("     differences drawn in red: %s\n", diffPath.c_str());
    }
    SDL_FreeSurface(diff);
  }
  if (g) SDL_FreeSurface(g);
  if (c) SDL_FreeSurface(c);
  return ok;
}
}  // namespace

int main(int argc, char** argv) {
  if (argc < 4) {
    std::fprintf(stderr, "usage: golden_compare GOLDEN_DIR CAPTURE_DIR NAME.png...\n");
    return 2;
  }
  bool allOk = true;
  for (int i = 3; i < argc; ++i)
    allOk &= compare(std::string(argv[1]) + "/" + argv[i], std::string(argv[2]) + "/" + argv[i]);
  return allOk ? 0 : 1;
}
