// Every kind of space and card has its own picture, and it draws: a player who
// reads with difficulty tells spaces apart by them.
#include <SDL.h>
#include <SDL_image.h>
#include <doctest/doctest.h>

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "game/ui/pictogram_svgs.h"
#include "game/ui/pictograms.h"

namespace {
using SurfacePtr = std::unique_ptr<SDL_Surface, decltype(&SDL_FreeSurface)>;

// The pictogram rasterised at `side` pixels, as opaque-or-not cells.
std::vector<bool> inkMask(std::string_view name, int side) {
  const std::string_view svg = game::pictogramSvg(name);
  SDL_RWops* rw = SDL_RWFromConstMem(svg.data(), static_cast<int>(svg.size()));
  SurfacePtr raw(IMG_LoadSizedSVG_RW(rw, side, side), SDL_FreeSurface);
  SDL_RWclose(rw);
  REQUIRE_MESSAGE(raw, "pictogram '" << name << "' does not rasterise: " << IMG_GetError());
  SurfacePtr s(SDL_ConvertSurfaceFormat(raw.get(), SDL_PIXELFORMAT_RGBA32, 0), SDL_FreeSurface);
  std::vector<bool> mask;
  for (int y = 0; y < s->h; ++y)
    for (int x = 0; x < s->w; ++x) {
      const auto* px = static_cast<const Uint8*>(s->pixels) + y * s->pitch + x * 4;
      mask.push_back(px[3] > 127);
    }
  return mask;
}

double share(const std::vector<bool>& mask) {
  std::size_t n = 0;
  for (bool b : mask) n += b;
  return static_cast<double>(n) / static_cast<double>(mask.size());
}
}  // namespace

TEST_CASE("every space and card kind has its own pictogram, a real picture that draws") {
  using game::content::SpaceKind;
  using game::content::CardKind;
  std::map<std::string, std::vector<bool>> masks;
  for (SpaceKind kind : {SpaceKind::Start, SpaceKind::Finish, SpaceKind::Resource, SpaceKind::Right,
                         SpaceKind::Scenario, SpaceKind::Event, SpaceKind::Rest, SpaceKind::Discussion}) {
    const std::string name(game::pictogramName(kind));
    CAPTURE(name);
    REQUIRE_FALSE(game::pictogramSvg(name).empty());
    masks[name] = inkMask(name, 64);
    // Neither blank nor a filled square: a shape someone can recognise.
    CHECK(share(masks[name]) > 0.08);
    CHECK(share(masks[name]) < 0.75);
  }
  CHECK(masks.size() == 8);  // eight kinds, eight names: start and finish differ
  for (CardKind kind : {CardKind::Resource, CardKind::Right, CardKind::Scenario,
                       CardKind::Event, CardKind::Discussion})
    CHECK(masks.count(std::string(game::pictogramName(kind))) == 1);  // a card shows its space's picture
  // Each picture differs from every other in at least a tenth of its pixels.
  for (const auto& [a, ma] : masks)
    for (const auto& [b, mb] : masks) {
      if (a >= b) continue;
      std::size_t differ = 0;
      for (std::size_t i = 0; i < ma.size(); ++i) differ += ma[i] != mb[i];
      CAPTURE(a);
      CAPTURE(b);
      CHECK(static_cast<double>(differ) / static_cast<double>(ma.size()) > 0.10);
    }
}

TEST_CASE("an unknown pictogram name has no picture") { CHECK(game::pictogramSvg("no-such-kind").empty()); }
