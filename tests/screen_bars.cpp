// screen_bars MAX REFERENCE_DIR SHAPE_DIR... -- NAME.png...
// How much of each screen is left as bars on a window of another shape.
// A bar is a band along an edge of the window where every pixel has one
// colour: nothing the screen lays out reaches it. Each screen keeps some
// margin on a 16:9 window (REFERENCE_DIR); what a shape adds to that margin
// is its bars. Prints a table; fails when a screen's bars exceed MAX (0.05 is
// 5 % of the window).

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include "capture_pixels.h"

namespace {

// How many rows (or columns) from one edge are a single flat colour.
int flatBand(const SDL_Surface* s, bool rows, bool fromEnd) {
  const int lines = rows ? s->h : s->w, length = rows ? s->w : s->h;
  auto at = [&](int line, int i) {
    const int l = fromEnd ? lines - 1 - line : line;
    return rows ? pixel(s, i, l) : pixel(s, l, i);
  };
  const Uint32 colour = at(0, 0);
  int band = 0;
  for (; band < lines; ++band)
    for (int i = 0; i < length; ++i)
      if (at(band, i) != colour) return band;
  return band;
}

// The share of the window in flat bands along its four edges.
double barFraction(const SDL_Surface* s) {
  const double w = s->w, h = s->h;
  const int top = flatBand(s, true, false), bottom = flatBand(s, true, true);
  if (top >= s->h) return 1.0;  // an empty screen is all bar
  const int left = flatBand(s, false, false), right = flatBand(s, false, true);
  const double area = (top + bottom) * w + (left + right) * (h - top - bottom);
  return area / (w * h);
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> dirs, names;
  bool afterSeparator = false;
  for (int i = 3; i < argc; ++i) {
    if (std::strcmp(argv[i], "--") == 0) afterSeparator = true;
    else (afterSeparator ? names : dirs).push_back(argv[i]);
  }
  if (argc < 4 || dirs.empty() || names.empty()) {
    std::fprintf(stderr, "usage: screen_bars MAX REFERENCE_DIR SHAPE_DIR... -- NAME.png...\n");
    return 2;
  }
  const double max = std::atof(argv[1]);
  const std::string reference = argv[2];
  bool ok = true;
  std::printf("%-14s", "screen");
  for (const auto& d : dirs) std::printf(" %22s", d.substr(d.find_last_of('/') + 1).c_str());
  std::printf("   (bars: share of the window beyond the 16:9 margin)\n");
  for (const auto& name : names) {
    SDL_Surface* ref = loadArgb(reference + "/" + name);
    if (!ref) {
      std::printf("FAIL %s: no 16:9 capture (%s)\n", name.c_str(), IMG_GetError());
      ok = false;
      continue;
    }
    const double base = barFraction(ref);
    SDL_FreeSurface(ref);
    std::printf("%-14s", name.c_str());
    std::string failures;
    for (const auto& dir : dirs) {
      SDL_Surface* shot = loadArgb(dir + "/" + name);
      if (!shot) {
        std::printf(" %22s", "missing");
        failures += " " + dir + "/" + name + " is missing;";
        continue;
      }
      const double bars = std::max(0.0, barFraction(shot) - base);
      SDL_FreeSurface(shot);
      std::printf(" %21.1f%%", bars * 100);
      if (bars > max) failures += " " + dir + "/" + name + " leaves " + std::to_string(bars * 100) + " % as bars;";
    }
    std::printf("\n");
    if (!failures.empty()) {
      std::printf("FAIL%s\n", failures.c_str());
      ok = false;
    }
  }
  return ok ? 0 : 1;
}
