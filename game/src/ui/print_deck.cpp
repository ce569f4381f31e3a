#include "game/ui/print_deck.h"

#include <cairo.h>

#include <algorithm>

#include "game/ui/card_presenter.h"
#include "game/ui/card_view.h"
#include "game/ui/theme.h"

namespace game {
namespace {

using engine::Color;
using engine::FontWeight;
using engine::Rect;
using print::kBleed;
using print::kCardH;
using print::kCardW;
using print::kMm;

constexpr double kSafe = 4 * kMm;  // colour and text stay this far inside the trim
const Color kInk = Color::rgb(0x1F2933), kMuted = Color::rgb(0x4A5560), kWhite = Color::rgb(0xFFFFFF);


// The marks an answer has on screen (A in a circle, B in a square...), small.
void drawMark(PdfDocument& pdf, const AnswerMark& mark, double x, double y, double size) {
  cairo_t* cr = pdf.cr();
  cairo_new_path(cr);  // text leaves a current point; a shape must not start from it
  setSourceColor(cr, mark.color);
  switch (mark.shape) {
    case AnswerShape::Circle: cairo_arc(cr, x + size / 2, y + size / 2, size / 2, 0, 6.2832); break;
    case AnswerShape::Square: cairo_rectangle(cr, x, y, size, size); break;
    case AnswerShape::Triangle:
      cairo_move_to(cr, x + size / 2, y);
      cairo_line_to(cr, x + size, y + size);
      cairo_line_to(cr, x, y + size);
      cairo_close_path(cr);
      break;
    case AnswerShape::Diamond:
      cairo_move_to(cr, x + size / 2, y);
      cairo_line_to(cr, x + size, y + size / 2);
      cairo_line_to(cr, x + size / 2, y + size);
      cairo_line_to(cr, x, y + size / 2);
      cairo_close_path(cr);
      break;
  }
  cairo_fill(cr);
  auto style = printStyle(FontWeight::Bold, 7);
  style.align = engine::Align::Center;
  const auto layout = pdf.layout(std::string(1, mark.letter), style, size);
  pdf.draw(layout, style, x, y + (size - layout.height) / 2 + (mark.shape == AnswerShape::Triangle ? 1.5 : 0), size,
           kWhite);
}

// One face of a card in its trim box; returns false when its text does not
// fit even at the smallest print size.
bool drawFace(PdfDocument& pdf, const Theme& theme, const CardContent& card, Rect trim, int number, bool back,
              Language language) {
  cairo_t* cr = pdf.cr();
  const Color accent = card.accent ? *card.accent : theme.cardHeader(card.kind);
  const double frame = kBleed;  // the frame sits 3 mm inside the trim: a cut that drifts never shows a neighbour
  roundedRectPath(cr, trim.x + frame, trim.y + frame, trim.w - 2 * frame, trim.h - 2 * frame, 3 * kMm);
  setSourceColor(cr, accent);
  cairo_set_line_width(cr, 1.4);
  cairo_stroke(cr);
  // The header band: the kind (or theme) on the front, « Réponse » on the back.
  const double inner = trim.x + kSafe, innerW = trim.w - 2 * kSafe;
  const double headerH = 20;
  cairo_save(cr);
  roundedRectPath(cr, trim.x + frame, trim.y + frame, trim.w - 2 * frame, trim.h - 2 * frame, 3 * kMm);
  cairo_clip(cr);
  pdf.fill({static_cast<float>(trim.x), static_cast<float>(trim.y + frame), static_cast<float>(trim.w),
            static_cast<float>(headerH)},
           accent);
  cairo_restore(cr);
  auto head = printStyle(FontWeight::Bold, 8);
  head.overflow = engine::Overflow::Ellipsis;  // one line in the band, whatever the category's name
  const std::string label = back ? (language == Language::French ? "Réponse" : "Answer") : card.kindLabel;
  pdf.draw(pdf.layout(label, head, innerW - 34, 12), head, inner, trim.y + frame + 5, innerW, kWhite);
  auto numberStyle = printStyle(FontWeight::Regular, 7);
  numberStyle.align = engine::Align::Right;
  pdf.draw(pdf.layout("n° " + std::to_string(number), numberStyle, 40), numberStyle, inner + innerW - 40,
           trim.y + frame + 6, 40, kWhite);

  double y = trim.y + frame + headerH + 6;
  const double bottom = trim.y + trim.h - kSafe - 2;
  bool fits = true;
  auto titleStyle = printStyle(FontWeight::Bold, 10, 8);
  auto title = pdf.layout(card.title, titleStyle, innerW, 60);
  fits &= title.fits;
  pdf.draw(title, titleStyle, inner, y, innerW, kInk);
  y += title.height + 4;

  // Answers (front) or the answers shown again (back) sit at the bottom.
  std::vector<std::pair<std::string, AnswerMark>> rows;
  if (!back)
    for (std::size_t i = 0; i < card.answers.size(); ++i) rows.push_back({card.answers[i], answerMark(theme, i)});
  else
    for (const auto& r : card.revealed)
      if (r.correct) rows.push_back({r.text + (r.tag.empty() ? "" : "  (" + r.tag + ")"), answerMark(theme, r.index)});
  auto answerStyle = printStyle(FontWeight::SemiBold, 8, 6);
  const double markSize = 11;
  std::vector<engine::TextLayout> answerLayouts;
  double answersH = 0;
  for (const auto& row : rows) {
    answerLayouts.push_back(pdf.layout(row.first, answerStyle, innerW - markSize - 5, 40));
    fits &= answerLayouts.back().fits;
    answersH += std::max(markSize, static_cast<double>(answerLayouts.back().height)) + 5;
  }
  auto bodyStyle = printStyle(FontWeight::Regular, 8, 6);
  const double bodyH = bottom - y - answersH - 4;
  auto body = pdf.layout(card.body, bodyStyle, innerW, std::max(10.0, bodyH));
  fits &= body.fits;
  pdf.draw(body, bodyStyle, inner, y, innerW, kInk);
  double ay = bottom - answersH;
  for (std::size_t i = 0; i < rows.size(); ++i) {
    drawMark(pdf, rows[i].second, inner, ay, markSize);
    pdf.draw(answerLayouts[i], answerStyle, inner + markSize + 5, ay, innerW - markSize - 5, kInk);
    ay += std::max(markSize, static_cast<double>(answerLayouts[i].height)) + 5;
  }
  return fits;
}

// Crop marks: short lines in the margin where every cut goes.
void cropMarks(cairo_t* cr, double x0, double y0, int cols, int rows) {
  cairo_new_path(cr);
  cairo_set_source_rgb(cr, 0, 0, 0);
  cairo_set_line_width(cr, 0.4);
  const double gap = kBleed + 2, len = 9;
  for (int c = 0; c <= cols; ++c) {
    const double x = x0 + c * kCardW;
    cairo_move_to(cr, x, y0 - gap);
    cairo_line_to(cr, x, y0 - gap - len);
    cairo_move_to(cr, x, y0 + rows * kCardH + gap);
    cairo_line_to(cr, x, y0 + rows * kCardH + gap + len);
  }
  for (int r = 0; r <= rows; ++r) {
    const double y = y0 + r * kCardH;
    cairo_move_to(cr, x0 - gap, y);
    cairo_line_to(cr, x0 - gap - len, y);
    cairo_move_to(cr, x0 + cols * kCardW + gap, y);
    cairo_line_to(cr, x0 + cols * kCardW + gap + len, y);
  }
  cairo_stroke(cr);
}

std::string answerText(const content::Pack& pack, const rules::CardRef& card, Language language) {
  const std::string lang(languageCode(language));
  switch (card.kind) {
    case content::CardKind::Resource: return pack.resources[card.index].name.get(lang);
    case content::CardKind::Right:
      return pack.rights[card.index].answer ? tr("card.true", language) : tr("card.false", language);
    case content::CardKind::Scenario: {
      const auto m = sampleMoment(pack, card);
      return std::string(1, static_cast<char>('A' + m.correct)) + " — " +
             pack.scenarios[card.index].choices[static_cast<std::size_t>(m.correct)].text.get(lang);
    }
    default: return language == Language::French ? "(pas de mauvaise réponse)" : "(no wrong answer)";
  }
}

void answerKey(PdfDocument& pdf, const content::Pack& pack, const std::vector<rules::CardRef>& cards, Language language,
               int& pages) {
  const double margin = 48, width = pdf.width() - 2 * margin;
  double y = margin;
  const bool fr = language == Language::French;
  auto heading = printStyle(FontWeight::Bold, 16), body = printStyle(FontWeight::Regular, 9),
       strong = printStyle(FontWeight::SemiBold, 9);
  auto start = [&] {
    auto h = pdf.layout(fr ? "Corrigé pour la personne qui anime" : "Answer key for the facilitator", heading, width);
    pdf.draw(h, heading, margin, y, width, Color::rgb(0x0B5D6B));
    y += h.height + 10;
  };
  start();
  const std::string lang(languageCode(language));
  for (std::size_t i = 0; i < cards.size(); ++i) {
    const CardContent front = presentCard(pack, sampleMoment(pack, cards[i]), CardFace::Question, language);
    // A quiz's title is the same on every card (« Qui peut vous aider ? »): its text tells cards apart.
    std::string words = front.body.empty() ? front.title : front.body;
    if (words.size() > 110) {
      std::size_t cut = words.rfind(' ', 105);
      words = words.substr(0, cut == std::string::npos ? 105 : cut) + " …";
    }
    const auto left = pdf.layout("n° " + std::to_string(i + 1) + "  " + words, strong, width * 0.5 - 8, 60);
    const auto right = pdf.layout(answerText(pack, cards[i], language), body, width * 0.5, 40);
    const double h = std::max(left.height, right.height) + 5;
    if (y + h > pdf.height() - margin) {
      pdf.newPage();
      ++pages;
      y = margin;
      start();
    }
    pdf.draw(left, strong, margin, y, width * 0.5 - 8, kInk);
    pdf.draw(right, body, margin + width * 0.5, y, width * 0.5, kMuted);
    y += h;
  }
}

}  // namespace

bool writePrintAndPlay(const content::Pack& pack, const PrintOptions& options, const FontFiles& fonts,
                       const std::string& path, PrintResult& result, std::string& error) {
  const double pageW = options.a4 ? 595.28 : 612, pageH = options.a4 ? 841.89 : 792;
  PdfDocument pdf;
  const std::string title = "Dé-CLIC — " + pack.info.name.get(std::string(languageCode(options.language)));
  if (!pdf.open(path, pageW, pageH, fonts, title, error)) return false;
  const Theme theme = defaultTheme();
  result = {};

  print::rules(pdf, pack, options.language);
  pdf.newPage();
  result.pages = 1;

  const auto cards = allCards(pack);
  result.cards = static_cast<int>(cards.size());
  const double x0 = (pageW - 3 * kCardW) / 2, y0 = (pageH - 3 * kCardH) / 2;
  for (std::size_t first = 0; first < cards.size(); first += 9) {
    for (int side = 0; side < 2; ++side) {
      cairo_t* cr = pdf.cr();
      // The 3 mm bleed around the sheet, so a cut on the outer edge leaves no white sliver of the wrong kind.
      cairo_set_source_rgb(cr, 0.97, 0.96, 0.94);
      cairo_rectangle(cr, x0 - kBleed, y0 - kBleed, 3 * kCardW + 2 * kBleed, 3 * kCardH + 2 * kBleed);
      cairo_fill(cr);
      for (std::size_t k = 0; k < 9 && first + k < cards.size(); ++k) {
        const int row = static_cast<int>(k / 3);
        // Backs are mirrored left to right: flipped on the long edge, each lands behind its front.
        const int col = side == 0 ? static_cast<int>(k % 3) : 2 - static_cast<int>(k % 3);
        const Rect trim{static_cast<float>(x0 + col * kCardW), static_cast<float>(y0 + row * kCardH),
                        static_cast<float>(kCardW), static_cast<float>(kCardH)};
        pdf.fill(trim, kWhite);
        CardMoment moment = sampleMoment(pack, cards[first + k]);
        // On paper the right name must not always be A: it moves with the card's number.
        if (moment.options.size() == 3) {
          const std::size_t at = (first + k) % 3;
          std::swap(moment.options[0], moment.options[at]);
          moment.correct = static_cast<int>(at);
        }
        const CardFace face = side == 0 ? faceOf(CardSlot::PrintFront) : CardFace::Reference;
        if (face == CardFace::Reveal || side == 1) moment.chosen = moment.correct;
        const CardContent content = presentCard(pack, moment, face, options.language);
        if (!drawFace(pdf, theme, content, trim, static_cast<int>(first + k + 1), side == 1, options.language) &&
            side == 0)
          result.tooLong.push_back(std::string(content::cardKindName(cards[first + k].kind)) + " n° " +
                                   std::to_string(first + k + 1) + " « " + content.title +
                                   " »: shorten its text to fit a printed card");
      }
      // Cut lines between the cards, drawn lightly over the shared edges.
      cairo_new_path(cr);
      cairo_set_source_rgba(cr, 0, 0, 0, 0.25);
      cairo_set_line_width(cr, 0.3);
      for (int c = 1; c < 3; ++c) {
        cairo_move_to(cr, x0 + c * kCardW, y0);
        cairo_line_to(cr, x0 + c * kCardW, y0 + 3 * kCardH);
        cairo_move_to(cr, x0, y0 + c * kCardH);
        cairo_line_to(cr, x0 + 3 * kCardW, y0 + c * kCardH);
      }
      cairo_stroke(cr);
      cropMarks(cr, x0, y0, 3, 3);
      pdf.newPage();
      ++result.pages;
    }
  }

  for (const auto& board : pack.boards) print::boardPoster(pdf, pack, board, options.language, result.pages);
  pdf.setPageSize(pageW, pageH);
  print::pawnsAndDie(pdf, options.language);
  pdf.newPage();
  ++result.pages;
  answerKey(pdf, pack, cards, options.language, result.pages);
  ++result.pages;
  return pdf.finish(error);
}

}  // namespace game
