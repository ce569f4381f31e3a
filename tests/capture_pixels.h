// Reading a PNG capture pixel by pixel, for the tools that check captures
// (golden_compare, screen_bars).
#pragma once
#include <SDL.h>
#include <SDL_image.h>

#include <string>

// The image as ARGB8888, or nullptr (IMG_GetError says why).
inline SDL_Surface* loadArgb(const std::string& path) {
  SDL_Surface* raw = IMG_Load(path.c_str());
  if (!raw) return nullptr;
  SDL_Surface* converted = SDL_ConvertSurfaceFormat(raw, SDL_PIXELFORMAT_ARGB8888, 0);
  SDL_FreeSurface(raw);
  return converted;
}

inline Uint32 pixel(const SDL_Surface* s, int x, int y) {
  return static_cast<const Uint32*>(s->pixels)[y * (s->pitch / 4) + x];
}
