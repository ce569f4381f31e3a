#include "game/ui/card_view.h"

#include <algorithm>
#include <cmath>

#include "game/ui/pictograms.h"
#include "game/ui/theme.h"

namespace game {

namespace {
constexpr float kHeaderHeight = 96;
constexpr float kPadding = 56;
// A line of reading text stays about 90 characters long on a wide screen.
constexpr float kReadingMeasure = 1600;
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

AnswerMark answerMark(const Theme& theme, std::size_t index) {
  static const std::pair<char, AnswerShape> marks[] = {
      {'A', AnswerShape::Circle}, {'B', AnswerShape::Square}, {'C', AnswerShape::Triangle}, {'D', AnswerShape::Diamond}};
  const auto& [letter, shape] = marks[index % 4];
  return {letter, shape, theme.answers[index % 4]};
}

CardStyles cardStyles(const Settings& settings) {
  CardStyles s;
  s.title = textStyle(settings, TypeScale::heading, engine::FontWeight::Bold);
  s.title.valign = engine::VAlign::Middle;
  s.body = textStyle(settings, TypeScale::body, engine::FontWeight::Regular);
  s.answer = textStyle(settings, TypeScale::body, engine::FontWeight::SemiBold);
  s.answer.valign = engine::VAlign::Middle;
  s.revealed = s.answer;
  return s;
}

engine::Rect answerTextBox(engine::Rect box) {
  const float markRight = box.x + 20 + 72;
  return {markRight + 28, box.y + 8, box.right() - markRight - 48, box.h - 16};
}

namespace {
constexpr float kTagWidth = 330;
constexpr float kTagGap = 24;  // between the answer and « La bonne réponse »: they never touch
}  // namespace

engine::Rect revealedTagBox(engine::Rect row) { return {row.right() - 24 - kTagWidth, row.y + 4, kTagWidth, row.h - 8}; }

engine::Rect revealedTextBox(engine::Rect row) {
  const float markRight = row.x + 16 + 56, left = markRight + 24;
  return {left, row.y + 4, revealedTagBox(row).x - kTagGap - left, row.h - 8};
}

int bodyColumns(const engine::TextMeasurer& measurer, const CardContent& card, engine::TextStyle body, engine::Rect box) {
  if (card.columns != 0) return card.columns;
  if (card.body.find('\n') == std::string::npos) return 1;
  body.overflow = engine::Overflow::Grow;
  const auto one = engine::layoutText(measurer, card.body, body, box.w, engine::kUnbounded);
  return one.height <= box.h ? 1 : 2;
}

// A short text grows into the card's empty space, up to half as large again and below
// the title: the card is read from across a room. Never smaller than the chosen size.
// The renderer's cached layouts: a card redrawn frame after frame measures its sizes once.
engine::TextStyle grownToFill(engine::Renderer& r, const std::string& text, engine::TextStyle style, engine::Rect box,
                              float titleSize) {
  style.overflow = engine::Overflow::Grow;
  const float base = style.size;
  float best = base;
  for (float size = std::floor(std::min(base * 1.5f, titleSize * 0.85f)); size > base; size -= 2) {
    engine::TextStyle trial = style;
    trial.size = size;
    if (r.layout(text, trial, box.w).height <= box.h) {
      best = size;
      break;
    }
  }
  style.size = best;
  style.overflow = engine::Overflow::Shrink;
  return style;
}

std::pair<engine::Rect, engine::Rect> columnBoxes(engine::Rect body) {
  const float gap = 64, half = (body.w - gap) / 2;
  return {{body.x, body.y, half, body.h}, {body.x + half + gap, body.y, half, body.h}};
}

CardLayout layoutCard(const CardContent& content, float textScale, engine::Rect kCard) {
  CardLayout l;
  l.card = kCard;
  l.header = {kCard.x, kCard.y, kCard.w, kHeaderHeight};
  const float innerX = kCard.x + kPadding, innerW = kCard.w - 2 * kPadding;
  // Title, facts and body in one reading column; answers use the card's whole width.
  const float readW = std::min(innerW, kReadingMeasure), readX = innerX + (innerW - readW) / 2;
  const float titleH = 84 * std::min(textScale, 1.5f);
  l.title = {readX, kCard.y + kHeaderHeight + 32, readW, titleH};
  float bodyTop = l.title.bottom() + 20;
  const float rowH = 100 * std::max(1.f, textScale * 0.85f);  // two lines of a long name
  for (std::size_t i = 0; i < content.revealed.size(); ++i) {
    l.revealed.push_back({readX, bodyTop, readW, rowH});
    bodyTop += rowH + 14;
  }
  if (!content.revealed.empty()) bodyTop += 12;
  float bottom = kCard.bottom() - kPadding;
  const std::size_t answerCount = content.answers.size();
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
  l.body = {readX, bodyTop, readW, std::max(0.f, bottom - bodyTop)};
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

namespace {
// A check mark or a cross in a disc: the verdict's icon, beside its word.
void drawVerdictIcon(engine::Renderer& r, Verdict verdict, engine::Vec2 c, float radius, const Theme& theme) {
  const engine::Color colour = verdict == Verdict::Right ? theme.right : theme.wrong;
  r.fillCircle(c, radius, colour);
  const float s = radius * 0.5f, w = radius * 0.22f;
  if (verdict == Verdict::Right) {
    r.drawLine({c.x - s, c.y}, {c.x - s * 0.25f, c.y + s * 0.75f}, w, theme.palette.onPrimary);
    r.drawLine({c.x - s * 0.25f, c.y + s * 0.75f}, {c.x + s, c.y - s * 0.7f}, w, theme.palette.onPrimary);
  } else {
    r.drawLine({c.x - s * 0.8f, c.y - s * 0.8f}, {c.x + s * 0.8f, c.y + s * 0.8f}, w, theme.palette.onPrimary);
    r.drawLine({c.x - s * 0.8f, c.y + s * 0.8f}, {c.x + s * 0.8f, c.y - s * 0.8f}, w, theme.palette.onPrimary);
  }
}

void drawRevealedRow(engine::Renderer& r, const RevealedAnswer& a, engine::Rect row, const CardStyles& styles,
                     const Theme& theme) {
  const Palette& p = theme.palette;
  const AnswerMark mark = answerMark(theme, a.index);
  // The good answer is lit; the one chosen keeps its own colour's border.
  r.fillRoundedRect(row, 18, a.correct ? theme.right : p.surface);
  r.strokeRoundedRect(row, 18, 5, a.correct ? theme.right : mark.color);
  engine::Rect markBox{row.x + 16, row.y + (row.h - 56) / 2, 56, 56};
  r.fillRoundedRect(markBox.inset(-4), 14, mark.color);
  if (a.correct) r.strokeRoundedRect(markBox.inset(-4), 14, 3, p.onPrimary);
  drawAnswerMark(r, mark, markBox.inset(8));
  const engine::Color ink = a.correct ? p.onPrimary : p.ink;
  r.drawText(a.text, styles.revealed, revealedTextBox(row), ink);
  auto tag = styles.revealed;
  tag.weight = engine::FontWeight::Bold;
  tag.align = engine::Align::Right;
  r.drawText(a.tag, tag, revealedTagBox(row), ink);
}
}  // namespace

void drawCardBack(engine::Renderer& r, const CardContent& card, const Theme& theme, engine::Rect back) {
  if (back.w < 1 || back.h < 1) return;
  const engine::Color colour = card.accent ? *card.accent : theme.cardHeader(card.kind);
  const float radius = std::min(kRadius, back.w / 2);
  r.drawShadow(back, radius, 10, 24, theme.palette.shadow);
  r.fillRoundedRect(back, radius, colour);
  r.strokeRoundedRect(back.inset(18, 18), std::max(0.f, radius - 12), 4, theme.palette.onPrimary);
  const float picture = std::min(back.h * 0.42f, back.w * 0.7f);
  if (picture >= 8) drawCardPictogram(r, card.kind, back.center(), picture, theme.palette.onPrimary);
}

void drawCard(engine::Renderer& r, const CardContent& card, const Settings& settings, const Theme& theme,
              const engine::ButtonGroup* answerButtons, engine::Rect cardRect) {
  const Palette& p = theme.palette;
  const CardLayout l = layoutCard(card, settings.textScale, cardRect);
  const CardStyles styles = cardStyles(settings);
  const engine::Color header = card.accent ? *card.accent : theme.cardHeader(card.kind);

  r.drawShadow(l.card, kRadius, 10, 24, p.shadow);
  r.fillRoundedRect(l.card, kRadius, p.surface);
  // The header: rounded on top only, so a square band covers the lower corners.
  r.fillRoundedRect(l.header, kRadius, header);
  r.fillRect({l.header.x, l.header.y + kRadius, l.header.w, l.header.h - kRadius}, header);
  auto kind = textStyle(settings, 36, engine::FontWeight::Bold);
  kind.size = 36;  // the header has a fixed height
  kind.valign = engine::VAlign::Middle;
  // The kind's pictogram before its name: the same picture as on its board space.
  const float pictogram = l.header.h * 0.62f;
  drawCardPictogram(r, card.kind, {l.header.x + kPadding + pictogram / 2, l.header.center().y}, pictogram, p.onPrimary);
  engine::Rect kindBox = l.header.inset(kPadding, 0);
  kindBox.x += pictogram + 18;
  kindBox.w -= pictogram + 18;
  if (card.headerButtonsWidth > 0) kindBox.w = l.header.right() - card.headerButtonsWidth - 16 - kindBox.x;
  r.drawText(card.kindLabel, kind, kindBox, p.onPrimary);

  engine::Rect titleBox = l.title;
  engine::Color titleInk = p.ink;
  if (card.verdict != Verdict::None) {
    const float radius = std::min(36.f, l.title.h / 2);
    drawVerdictIcon(r, card.verdict, {l.title.x + radius, l.title.center().y}, radius, theme);
    titleBox.x += 2 * radius + 24;
    titleBox.w -= 2 * radius + 24;
    titleInk = card.verdict == Verdict::Right ? theme.right : theme.wrong;
  }
  r.drawText(card.title, styles.title, titleBox, titleInk);
  for (std::size_t i = 0; i < card.revealed.size() && i < l.revealed.size(); ++i)
    drawRevealedRow(r, card.revealed[i], l.revealed[i], styles, theme);
  if (bodyColumns(r.fonts(), card, styles.body, l.body) == 2) {
    auto [first, second] = splitParagraphs(card.body);
    auto [left, right] = columnBoxes(l.body);
    r.drawText(first, styles.body, left, p.ink);
    r.drawText(second, styles.body, right, p.ink);
  } else {
    r.drawText(card.body, grownToFill(r, card.body, styles.body, l.body, styles.title.size), l.body, p.ink);
  }

  for (std::size_t i = 0; i < card.answers.size() && i < l.answers.size(); ++i) {
    const AnswerMark mark = answerMark(theme, i);
    engine::Rect box = l.answers[i];
    engine::ButtonState state = answerButtons ? answerButtons->state(i) : engine::ButtonState::Normal;
    if (state == engine::ButtonState::Pressed) box = box.offset(0, 3);
    engine::Color fill = state == engine::ButtonState::Hovered ? p.surfaceSunken : p.surface;
    r.fillRoundedRect(box, 20, fill);
    r.strokeRoundedRect(box, 20, 5, mark.color);
    engine::Rect markBox{box.x + 20, box.y + (box.h - 72) / 2, 72, 72};
    r.fillRoundedRect(markBox.inset(-6), 16, mark.color);
    drawAnswerMark(r, mark, markBox.inset(10));
    r.drawText(card.answers[i], styles.answer, answerTextBox(box), p.ink);
    if (answerButtons && answerButtons->focused(i)) r.strokeRoundedRect(box.inset(-10), 30, 6, p.focus);
  }
}

}  // namespace game
