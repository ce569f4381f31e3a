#include "game/ui/podium.h"

#include <algorithm>
#include <array>

#include "game/ui/strings.h"
#include "game/ui/tokens.h"

namespace game {

namespace {
constexpr float kStepWidth = 250;
constexpr float kStepGap = 20;
constexpr float kRankLine = 64;     // the place's digit keeps one size: it is already large
constexpr float kThenHeight = 76;   // the line naming everyone after the podium
constexpr float kNamesHeight = 80;  // the names above each step
constexpr float kTokenRoom = 64;    // the tokens standing on it

// The players of each step: one step per distinct rank among the first three places.
std::vector<std::vector<const PodiumPlayer*>> steps(const std::vector<PodiumPlayer>& players) {
  std::vector<std::vector<const PodiumPlayer*>> out;
  for (const auto& p : players) {
    if (out.empty() || out.back().front()->rank != p.rank) {
      if (p.rank > 3) break;  // two tied for second: the next player is fourth, off the podium
      out.emplace_back();
    }
    out.back().push_back(&p);
  }
  return out;
}

std::string joinNames(const std::vector<const PodiumPlayer*>& players) {
  std::string out;
  for (const auto* p : players) out += (out.empty() ? "" : ", ") + p->name;
  return out;
}

std::size_t playersOnPodium(const std::vector<PodiumPlayer>& players) {
  std::size_t n = 0;
  for (const auto& step : steps(players)) n += step.size();
  return n;
}

// The steps' heights, first place first: the lowest step still holds its digit and points at any text size.
std::array<float, 3> stepHeights(const Settings& settings) {
  const float points = textStyle(settings, TypeScale::small, engine::FontWeight::SemiBold).size;
  const float third = std::max(90.f, kRankLine + points * 1.35f + 16);
  return {third + 80, third + 35, third};
}
}  // namespace

float podiumHeight(const std::vector<PodiumPlayer>& players, const Settings& settings) {
  const bool others = playersOnPodium(players) < players.size();
  return kNamesHeight + kTokenRoom + stepHeights(settings)[0] + 4 + (others ? kThenHeight + 12 : 0);
}

void drawPodium(engine::Renderer& r, const Theme& theme, const Settings& settings, const std::vector<PodiumPlayer>& players,
                engine::Rect area, const std::string& thenLabel) {
  const Palette& p = theme.palette;
  const auto placed = steps(players);
  const auto heights = stepHeights(settings);
  const std::size_t onPodium = playersOnPodium(players);
  const bool others = onPodium < players.size();
  const float base = area.bottom() - (others ? kThenHeight + 12 : 0);
  // Middle, left, right: the order podiums have everywhere.
  const float middle = area.center().x;
  const float xs[3] = {middle, middle - kStepWidth - kStepGap, middle + kStepWidth + kStepGap};

  auto names = textStyle(settings, TypeScale::small, engine::FontWeight::SemiBold, engine::Align::Center);
  names.valign = engine::VAlign::Bottom;
  names.overflow = engine::Overflow::Shrink;
  engine::TextStyle rankStyle = textStyle(settings, 56, engine::FontWeight::Bold, engine::Align::Center);
  rankStyle.size = 56;
  auto pointsStyle = textStyle(settings, TypeScale::small, engine::FontWeight::SemiBold, engine::Align::Center);
  pointsStyle.overflow = engine::Overflow::Shrink;

  for (std::size_t k = 0; k < placed.size(); ++k) {
    const auto& step = placed[k];
    const float h = heights[k];
    const engine::Rect box{xs[k] - kStepWidth / 2, base - h, kStepWidth, h};
    const bool first = k == 0;
    r.fillRoundedRect(box, 14, first ? p.primary : p.surfaceSunken);
    r.fillRect({box.x, box.bottom() - 14, box.w, 14}, first ? p.primary : p.surfaceSunken);  // square feet on the floor
    if (!first) r.strokeRoundedRect(box, 14, 3, p.path);
    const engine::Color ink = first ? p.onPrimary : p.ink;
    const float rankHeight = kRankLine;
    r.drawText(std::to_string(step.front()->rank), rankStyle, {box.x + 8, box.y + 6, box.w - 16, rankHeight}, ink);
    r.drawText(step.front()->points, pointsStyle, {box.x + 8, box.y + 6 + rankHeight, box.w - 16, h - rankHeight - 12}, ink);
    // The tokens stand on the step, side by side when tied.
    const float spacing = std::min(64.f, (kStepWidth - 20) / static_cast<float>(step.size()));
    const float radius = std::min(28.f, spacing / 2 - 3);
    float x = xs[k] - spacing * static_cast<float>(step.size() - 1) / 2;
    for (const auto* player : step) {
      drawToken(r, theme, player->shape, player->colour, {x, box.y - kTokenRoom / 2}, radius);
      x += spacing;
    }
    r.drawText(joinNames(step), names, {box.x - kStepGap / 2, box.y - kTokenRoom - kNamesHeight, box.w + kStepGap, kNamesHeight},
               p.ink);
  }
  r.fillRect({area.x, base, area.w, 4}, p.path);  // the floor

  if (others) {
    std::string rest;
    for (std::size_t i = onPodium; i < players.size(); ++i)
      rest += (rest.empty() ? "" : " · ") + players[i].name + " (" + players[i].points + ")";
    auto line = textStyle(settings, TypeScale::small, engine::FontWeight::Regular);
    line.overflow = engine::Overflow::Shrink;
    r.drawText(fill(thenLabel, rest), line, {area.x, area.bottom() - kThenHeight, area.w, kThenHeight}, p.ink);
  }
}

}  // namespace game
