#include "game/ui/region_map.h"

#include <algorithm>

#include "game/ui/strings.h"

namespace game {

namespace {
constexpr float kGap = 10;
constexpr float kCaption = 40;
}  // namespace

bool hasRegionMap(const content::Pack& pack) {
  return std::count_if(pack.territories.begin(), pack.territories.end(),
                       [](const content::Territory& t) { return t.mapCell.has_value(); }) >= 2;
}

void drawRegionMap(engine::Renderer& r, const Theme& theme, const Settings& settings, const content::Pack& pack,
                   const std::set<std::string>& discovered, const std::string& home, engine::Rect area) {
  const Palette& p = theme.palette;
  int columns = 0, rows = 0;
  for (const auto& t : pack.territories)
    if (t.mapCell) {
      columns = std::max(columns, t.mapCell->first + 1);
      rows = std::max(rows, t.mapCell->second + 1);
    }
  if (columns == 0) return;
  auto caption = textStyle(settings, TypeScale::small, engine::FontWeight::Regular, engine::Align::Center);
  caption.size = TypeScale::small;  // one line above the map at every text size
  caption.valign = engine::VAlign::Middle;
  const std::string lang(languageCode(settings.language));
  r.drawText(tr("board.map_caption", settings.language), caption, {area.x, area.y, area.w, kCaption}, p.inkMuted);

  const engine::Rect grid{area.x, area.y + kCaption, area.w, area.h - kCaption};
  const float w = (grid.w - kGap * static_cast<float>(columns - 1)) / static_cast<float>(columns);
  const float h = std::min(110.f, (grid.h - kGap * static_cast<float>(rows - 1)) / static_cast<float>(rows));
  const float left = grid.x + (grid.w - (w * static_cast<float>(columns) + kGap * static_cast<float>(columns - 1))) / 2;
  auto label = textStyle(settings, TypeScale::small, engine::FontWeight::SemiBold, engine::Align::Center);
  label.valign = engine::VAlign::Middle;
  label.overflow = engine::Overflow::Shrink;
  label.minSize = TypeScale::small;  // names break after their hyphens before they shrink below 28 px
  auto tileOf = [&](const content::Territory& t) {
    return engine::Rect{left + static_cast<float>(t.mapCell->first) * (w + kGap),
                        grid.y + static_cast<float>(t.mapCell->second) * (h + kGap), w, h};
  };
  std::vector<BoxedText> names;
  for (const auto& t : pack.territories)
    if (t.mapCell) names.push_back({t.name.get(lang), tileOf(t).inset(8, 4)});
  label = sharedSize(r, names, label);  // every tile's name in one size
  for (const auto& t : pack.territories) {
    if (!t.mapCell) continue;
    const engine::Rect tile = tileOf(t);
    const bool lit = discovered.count(t.id) > 0;
    r.fillRoundedRect(tile, 14, lit ? p.primary : p.surfaceSunken);
    if (!lit) r.strokeRoundedRect(tile, 14, 2, p.path);
    if (t.id == home) r.strokeRoundedRect(tile.inset(-4), 18, 5, p.accent);  // home, seen at a glance
    r.drawText(t.name.get(lang), label, tile.inset(8, 4), lit ? p.onPrimary : p.ink);
  }
}

}  // namespace game
