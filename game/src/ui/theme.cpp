#include "game/ui/theme.h"

#include <algorithm>

namespace game {

Theme defaultTheme() { return Theme{}; }

Theme highContrastTheme() {
  Theme t;
  t.id = "high-contrast";
  Palette& p = t.palette;
  p.background = engine::Color::rgb(0xFFFFFF);
  p.surface = engine::Color::rgb(0xFFFFFF);
  p.surfaceSunken = engine::Color::rgb(0xE8E8E8);
  p.ink = engine::Color::rgb(0x000000);
  p.inkMuted = engine::Color::rgb(0x1A1A1A);
  p.primary = engine::Color::rgb(0x00323B);
  p.primaryPressed = engine::Color::rgb(0x001A1F);
  p.primaryHover = engine::Color::rgb(0x004552);
  p.accent = engine::Color::rgb(0x7A2206);
  p.focus = engine::Color::rgb(0x0033CC);
  p.disabled = engine::Color::rgb(0xBDBDBD);
  p.onDisabled = engine::Color::rgb(0x000000);
  p.path = engine::Color::rgb(0x000000);
  t.scrim = engine::Color::rgb(0x000000, 190);
  // Spaces stay pale so their black names read, each set off by a black border.
  t.resourceSpace = engine::Color::rgb(0xE3F2F4);
  t.rightSpace = engine::Color::rgb(0xEFE9F7);
  t.scenarioSpace = engine::Color::rgb(0xFBEBE1);
  t.eventSpace = engine::Color::rgb(0xE8F3E3);
  t.discussionSpace = engine::Color::rgb(0xFAE8F0);
  t.plainSpace = engine::Color::rgb(0xF4F4F4);
  return t;
}

Theme themeFor(const Settings& settings) { return settings.highContrast ? highContrastTheme() : defaultTheme(); }

engine::Color Theme::cardHeader(content::CardKind kind) const {
  switch (kind) {
    case content::CardKind::Resource: return resourceCard;
    case content::CardKind::Right: return rightCard;
    case content::CardKind::Scenario: return scenarioCard;
    case content::CardKind::Event: return eventCard;
    case content::CardKind::Discussion: return discussionCard;
  }
  return resourceCard;
}

engine::Color Theme::jump(content::JumpKind kind) const {
  switch (kind) {
    case content::JumpKind::Bike: return bikePath;
    case content::JumpKind::Bus: return busRoute;
    case content::JumpKind::Walk: return walkPath;
    case content::JumpKind::Setback: return setback;
  }
  return walkPath;
}

engine::Color Theme::space(content::SpaceKind kind) const {
  switch (kind) {
    case content::SpaceKind::Resource: return resourceSpace;
    case content::SpaceKind::Right: return rightSpace;
    case content::SpaceKind::Scenario: return scenarioSpace;
    case content::SpaceKind::Event: return eventSpace;
    case content::SpaceKind::Discussion: return discussionSpace;
    default: return plainSpace;
  }
}

engine::TextStyle textStyle(const Settings& settings, float baseSize, engine::FontWeight weight, engine::Align align) {
  engine::TextStyle s;
  s.size = baseSize * settings.textScale;
  s.frenchTypography = settings.language == Language::French;
  s.minSize = TypeScale::small;
  s.weight = weight;
  s.align = align;
  s.overflow = engine::Overflow::Shrink;
  return s;
}

engine::TextStyle sharedSize(engine::Renderer& r, const std::vector<BoxedText>& texts, engine::TextStyle style) {
  style.overflow = engine::Overflow::Shrink;
  float size = style.size;
  for (const auto& t : texts) size = std::min(size, r.layout(t.text, style, t.box.w, t.box.h).size);
  style.size = size;
  style.minSize = std::min(style.minSize, size);
  return style;
}

void drawButton(engine::Renderer& r, const engine::ButtonGroup& group, std::size_t index, const std::string& label,
                const Settings& settings, const Theme& theme, ButtonKind kind, float leftRoom, float maxTextSize) {
  const Palette& p = theme.palette;
  const engine::Button& button = group.buttons()[index];
  const engine::ButtonState state = group.state(index);
  engine::Rect rect = button.rect;
  constexpr float radius = 24;

  if (kind == ButtonKind::OnHeader) {
    // The touch target stays full size; the pill sits inside the header band.
    engine::Rect pill = rect.inset(14, 14);
    if (state == engine::ButtonState::Pressed) pill = pill.offset(0, 2);
    if (state == engine::ButtonState::Hovered || state == engine::ButtonState::Pressed)
      r.fillRoundedRect(pill, pill.h / 2, engine::Color{p.onPrimary.r, p.onPrimary.g, p.onPrimary.b, 56});
    r.strokeRoundedRect(pill, pill.h / 2, 3, p.onPrimary);
    if (group.focused(index)) r.strokeRoundedRect(pill.inset(-8), pill.h / 2 + 8, 5, p.focus);
    auto style = textStyle(settings, TypeScale::button, engine::FontWeight::Bold, engine::Align::Center);
    style.valign = engine::VAlign::Middle;
    style.size = std::min(style.size, maxTextSize > 0 ? maxTextSize : 40.f);
    r.drawText(label, style, pill.inset(20, 4), p.onPrimary);
    return;
  }

  engine::Color fill = kind == ButtonKind::Primary ? p.primary : p.surface;
  engine::Color ink = kind == ButtonKind::Primary ? p.onPrimary : p.primary;
  if (state == engine::ButtonState::Hovered) fill = kind == ButtonKind::Primary ? p.primaryHover : p.surfaceSunken;
  if (state == engine::ButtonState::Pressed) {
    fill = kind == ButtonKind::Primary ? p.primaryPressed : p.surfaceSunken;
    rect = rect.offset(0, 3);  // pressed buttons sink a little
  }
  if (state == engine::ButtonState::Disabled) {
    fill = p.disabled;
    ink = p.onDisabled;
  }
  if (state != engine::ButtonState::Pressed) r.drawShadow(rect, radius, 6, 10, p.shadow);
  r.fillRoundedRect(rect, radius, fill);
  if (kind == ButtonKind::Secondary) r.strokeRoundedRect(rect, radius, 3, p.primary);
  if (group.focused(index)) r.strokeRoundedRect(rect.inset(-10), radius + 10, 6, p.focus);

  auto style = textStyle(settings, TypeScale::button, engine::FontWeight::Bold, engine::Align::Center);
  style.valign = engine::VAlign::Middle;
  if (maxTextSize > 0) style.size = std::min(style.size, maxTextSize);
  engine::Rect labelBox = rect.inset(24, 8);
  labelBox.x += leftRoom;
  labelBox.w = std::max(0.f, labelBox.w - leftRoom);
  r.drawText(label, style, labelBox, ink);
}

float rowTextSize(engine::Renderer& r, const engine::ButtonGroup& group, const Settings& settings,
                  const std::function<bool(const std::string&)>& inRow,
                  const std::function<std::string(const std::string&)>& labelOf) {
  std::vector<std::string> labels;  // owned here: the boxed texts only view them
  std::vector<engine::Rect> boxes;
  for (const auto& button : group.buttons()) {
    if (!inRow(button.id)) continue;
    labels.push_back(labelOf(button.id));
    boxes.push_back(button.rect.inset(24, 8));
  }
  std::vector<BoxedText> texts;
  for (std::size_t i = 0; i < labels.size(); ++i) texts.push_back({labels[i], boxes[i]});
  return sharedSize(r, texts, textStyle(settings, TypeScale::button, engine::FontWeight::Bold, engine::Align::Center)).size;
}

}  // namespace game
