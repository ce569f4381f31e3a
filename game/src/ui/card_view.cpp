#include "game/ui/card_view.h"

#include "game/ui/theme.h"

namespace game {

namespace {
constexpr float kHeaderHeight = 96;
constexpr float kPadding = 56;
constexpr float kAnswerGap = 28;
constexpr float kRadius = 32;
}  // namespace

std::pair<std::string, std::string> splitParagraphs(const std::string& text) {
  const std::size_t middle = text.size() / 2;
  std::size_t best = std::string::npos, bestDistance = std::string::npos;
  for (std::size_t i = text.find('\n'); i != std::string::npos; i = text.find('\n', i + 1)) {
    std::size_t distance = i > middle ? i - middle : middle - i;
    if (distance < bestDistance) {
      bestDistance = distance;
      best = i;
    }
  }
  if (best == std::string::npos) return {text, {}};
  std::size_t secondStart = text.find_first_not_of('\n', best);
  return {text.substr(0, best), secondStart == std::string::npos ? std::string() : text.substr(secondStart)};
}

AnswerMark answerMark(std::size_t index) {
  // Colour-blind-safe hues, each with white text at 4.5:1 or more.
  static const AnswerMark marks[] = {
      {'A', AnswerShape::Circle, engine::Color::rgb(0x0B5D6B)},
      {'B', AnswerShape::Square, engine::Color::rgb(0x8A3B12)},
      {'C', AnswerShape::Triangle, engine::Color::rgb(0x5B3B8C)},
      {'D', AnswerShape::Diamond, engine::Color::rgb(0x2F5D1F)},
  };
  return marks[index % 4];
}

CardLayout layoutCard(std::size_t answerCount, float textScale, engine::Rect kCard) {
  CardLayout l;
  l.card = kCard;
  l.header = {kCard.x, kCard.y, kCard.w, kHeaderHeight};
  const float innerX = kCard.x + kPadding, innerW = kCard.w - 2 * kPadding;
  const float titleH = 84 * std::min(textScale, 1.5f);
  l.title = {innerX, kCard.y + kHeaderHeight + 32, innerW, titleH};
  float bodyTop = l.title.bottom() + 20;
  float bottom = kCard.bottom() - kPadding;
  if (answerCount > 0) {
    // Two columns of answers, each at least 120 tall (buttons must be >= 96).
    std::size_t rows = (answerCount + 1) / 2;
    float answerH = 120 * std::max(1.f, textScale * 0.85f);
    float gridH = static_cast<float>(rows) * answerH + static_cast<float>(rows - 1) * kAnswerGap;
    float gridTop = bottom - gridH;
    float colW = (innerW - kAnswerGap) / 2;
    for (std::size_t i = 0; i < answerCount; ++i) {
      float x = innerX + static_cast<float>(i % 2) * (colW + kAnswerGap);
      float y = gridTop + static_cast<float>(i / 2) * (answerH + kAnswerGap);
      bool alone = answerCount % 2 == 1 && i == answerCount - 1;
      l.answers.push_back({x, y, alone ? innerW : colW, answerH});
    }
    bottom = gridTop - 32;
  }
  l.body = {innerX, bodyTop, innerW, std::max(0.f, bottom - bodyTop)};
  return l;
}

void drawAnswerMark(engine::Renderer& r, const AnswerMark& mark, engine::Rect box) {
  const engine::Color white = engine::Color::rgb(0xFFFFFF);
  const engine::Vec2 c = box.center();
  const float s = std::min(box.w, box.h) / 2;
  switch (mark.shape) {
    case AnswerShape::Circle: r.fillCircle(c, s, white); break;
    case AnswerShape::Square: r.fillRoundedRect(box.inset(box.w / 2 - s * 0.9f), 6, white); break;
    case AnswerShape::Triangle:
      r.fillConvexPolygon({{c.x, c.y - s}, {c.x + s * 1.1f, c.y + s * 0.85f}, {c.x - s * 1.1f, c.y + s * 0.85f}}, white);
      break;
    case AnswerShape::Diamond:
      r.fillConvexPolygon({{c.x, c.y - s * 1.1f}, {c.x + s * 1.1f, c.y}, {c.x, c.y + s * 1.1f}, {c.x - s * 1.1f, c.y}}, white);
      break;
  }
  engine::TextStyle letter;
  letter.size = s * (mark.shape == AnswerShape::Triangle ? 0.95f : 1.15f);
  letter.minSize = letter.size;
  letter.weight = engine::FontWeight::Bold;
  letter.align = engine::Align::Center;
  letter.valign = engine::VAlign::Middle;
  letter.frenchTypography = false;
  engine::Rect letterBox = box;
  if (mark.shape == AnswerShape::Triangle) letterBox = letterBox.offset(0, s * 0.22f);
  r.drawText(std::string(1, mark.letter), letter, letterBox, mark.color);
}

void drawCard(engine::Renderer& r, const CardContent& card, const Settings& settings,
              const engine::ButtonGroup* answerButtons, engine::Rect cardRect) {
  const Palette& p = palette();
  const CardLayout l = layoutCard(card.answers.size(), settings.textScale, cardRect);

  r.drawShadow(l.card, kRadius, 10, 24, p.shadow);
  r.fillRoundedRect(l.card, kRadius, p.surface);
  // The header: rounded on top only, so a square band covers the lower corners.
  r.fillRoundedRect(l.header, kRadius, card.headerColor);
  r.fillRect({l.header.x, l.header.y + kRadius, l.header.w, l.header.h - kRadius}, card.headerColor);
  auto kind = textStyle(settings, 36, engine::FontWeight::Bold);
  kind.size = 36;  // the header has a fixed height
  kind.valign = engine::VAlign::Middle;
  r.drawText(card.kindLabel, kind, l.header.inset(kPadding, 0), p.onPrimary);

  auto title = textStyle(settings, TypeScale::heading, engine::FontWeight::Bold);
  title.valign = engine::VAlign::Middle;
  r.drawText(card.title, title, l.title, p.ink);
  auto body = textStyle(settings, TypeScale::body, engine::FontWeight::Regular);
  if (card.columns == 2) {
    auto [first, second] = splitParagraphs(card.body);
    const float gap = 64, half = (l.body.w - gap) / 2;
    r.drawText(first, body, {l.body.x, l.body.y, half, l.body.h}, p.ink);
    r.drawText(second, body, {l.body.x + half + gap, l.body.y, half, l.body.h}, p.ink);
  } else {
    r.drawText(card.body, body, l.body, p.ink);
  }

  for (std::size_t i = 0; i < card.answers.size() && i < l.answers.size(); ++i) {
    const AnswerMark mark = answerMark(i);
    engine::Rect box = l.answers[i];
    engine::ButtonState state = answerButtons ? answerButtons->state(i) : engine::ButtonState::Normal;
    if (state == engine::ButtonState::Pressed) box = box.offset(0, 3);
    engine::Color fill = state == engine::ButtonState::Hovered ? p.surfaceSunken : p.surface;
    r.fillRoundedRect(box, 20, fill);
    r.strokeRoundedRect(box, 20, 5, mark.color);
    engine::Rect markBox{box.x + 20, box.y + (box.h - 72) / 2, 72, 72};
    r.fillRoundedRect(markBox.inset(-6), 16, mark.color);
    drawAnswerMark(r, mark, markBox.inset(10));
    auto answer = textStyle(settings, TypeScale::body, engine::FontWeight::SemiBold);
    answer.valign = engine::VAlign::Middle;
    r.drawText(card.answers[i], answer, {markBox.right() + 28, box.y + 8, box.right() - markBox.right() - 48, box.h - 16},
               p.ink);
    if (answerButtons && answerButtons->focused(i)) r.strokeRoundedRect(box.inset(-10), 30, 6, p.focus);
  }
}

}  // namespace game
