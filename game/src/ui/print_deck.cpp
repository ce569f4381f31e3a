#include "game/ui/print_deck.h"

#include <cairo.h>

#include <algorithm>
#include <numbers>

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

constexpr double kSafe = 4 * kMm;  // text stays this far inside the trim

// How a sheet of cards is laid out; PrintOptions::bleed picks one.
struct SheetLayout {
  int columns, rows;
  bool turned;    // cards turned a quarter, their top towards the page's right edge (a back's to the left)
  double gutter;  // between the cut lines of two neighbours; 0: they share one
  PrintBleed bleed;
  std::size_t perSheet() const { return static_cast<std::size_t>(columns * rows); }
  double slotW() const { return turned ? kCardH : kCardW; }
  double slotH() const { return turned ? kCardW : kCardH; }
};

// Nine upright on letter and on A4, sharing their cut lines: the least paper.
// Around the block, a 3 mm bleed; inside it, each card's frame stays 3 mm in
// from its trim, so a cut that drifts shows a sliver of white, not of colour.
constexpr SheetLayout kNineUp{3, 3, false, 0, PrintBleed::Sheet};
// Each card its own 3 mm bleed, so two cut lines are 10 mm apart: both bleeds
// and 4 mm of bare paper for the marks. Nine upright cannot fit: even 6 mm
// apart, three rows take 3 x 88 + 2 x 6 + 2 x 3 = 282 mm, more than letter's
// 279.4. Turned a quarter, six fit on letter and on A4 with wide margins:
// 2 columns of 88 mm, 3 rows of 63 mm.
constexpr SheetLayout kSixUpBleeding{2, 3, true, 10 * kMm, PrintBleed::Each};

constexpr double kMarkGap = kBleed + 2, kMarkLength = 9;  // crop marks start 2 pt clear of any bleed
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

// One face of a card in its trim box, framed for the sheet's bleed; returns
// false when its text does not fit even at the smallest print size.
bool drawFace(PdfDocument& pdf, const Theme& theme, const CardContent& card, Rect trim, int number, bool back,
              Language language, PrintBleed bleed) {
  cairo_t* cr = pdf.cr();
  const Color accent = card.accent ? *card.accent : theme.cardHeader(card.kind);
  const double frame = kBleed;  // the frame's inner edge sits 3 mm inside the trim
  // The header band: the kind (or theme) on the front, « Réponse » on the back.
  const double inner = trim.x + kSafe, innerW = trim.w - 2 * kSafe;
  const double headerH = 20;
  if (bleed == PrintBleed::Each) {
    // The card's colour runs from 3 mm outside the cut line (its own bleed) to
    // 3 mm inside (its border): a cut that drifts either way still shows only it.
    cairo_new_path(cr);
    cairo_rectangle(cr, trim.x - kBleed, trim.y - kBleed, trim.w + 2 * kBleed, trim.h + 2 * kBleed);
    setSourceColor(cr, accent);
    cairo_fill(cr);
    roundedRectPath(cr, trim.x + frame, trim.y + frame, trim.w - 2 * frame, trim.h - 2 * frame, 3 * kMm);
    setSourceColor(cr, kWhite);
    cairo_fill(cr);
    pdf.fill({static_cast<float>(trim.x), static_cast<float>(trim.y), static_cast<float>(trim.w),
              static_cast<float>(frame + headerH)},
             accent);  // joins the border above it
  } else {
    // Neighbours share a cut line: a thin frame 3 mm inside the trim, so a cut
    // that drifts never shows a neighbour's colour.
    pdf.fill(trim, kWhite);
    roundedRectPath(cr, trim.x + frame, trim.y + frame, trim.w - 2 * frame, trim.h - 2 * frame, 3 * kMm);
    setSourceColor(cr, accent);
    cairo_set_line_width(cr, 1.4);
    cairo_stroke(cr);
    cairo_save(cr);
    roundedRectPath(cr, trim.x + frame, trim.y + frame, trim.w - 2 * frame, trim.h - 2 * frame, 3 * kMm);
    cairo_clip(cr);
    pdf.fill({static_cast<float>(trim.x), static_cast<float>(trim.y + frame), static_cast<float>(trim.w),
              static_cast<float>(headerH)},
             accent);
    cairo_restore(cr);
  }
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

struct Box {
  double x, y, w, h;
};

// Where the card at (column, row) of a sheet is cut. A back lies at the
// mirrored column, so flipped on the long edge its cut lines land on the front's.
Box cutBox(const SheetLayout& layout, double pageW, double pageH, int column, int row, bool back) {
  const double x0 = (pageW - layout.columns * layout.slotW() - (layout.columns - 1) * layout.gutter) / 2;
  const double y0 = (pageH - layout.rows * layout.slotH() - (layout.rows - 1) * layout.gutter) / 2;
  if (back) column = layout.columns - 1 - column;
  return {x0 + column * (layout.slotW() + layout.gutter), y0 + row * (layout.slotH() + layout.gutter), layout.slotW(),
          layout.slotH()};
}

// The cut lines across `count` slots of `size` from `first`, `gutter` apart:
// one line shared by two neighbours, or two when a gutter parts them.
std::vector<double> cutLines(double first, int count, double size, double gutter) {
  std::vector<double> lines;
  for (int i = 0; i < count; ++i) {
    const double start = first + i * (size + gutter);
    if (i == 0 || gutter > 0) lines.push_back(start);
    lines.push_back(start + size);
  }
  return lines;
}

// Crop marks on every cut line, never on a card: in the margins past the
// outer bleed, and across the bare paper of a gutter between two cards'
// bleeds; around the first `columns` x `rows` slots. A back page gets the
// front's marks mirrored, like its cards.
void cropMarks(cairo_t* cr, const SheetLayout& layout, double pageW, double pageH, bool back, int columns, int rows) {
  cairo_new_path(cr);
  cairo_set_source_rgb(cr, 0, 0, 0);
  cairo_set_line_width(cr, 0.4);
  const auto line = [&](double x1, double y1, double x2, double y2) {
    cairo_move_to(cr, back ? pageW - x1 : x1, y1);
    cairo_line_to(cr, back ? pageW - x2 : x2, y2);
  };
  const Box first = cutBox(layout, pageW, pageH, 0, 0, false);
  const auto xs = cutLines(first.x, columns, first.w, layout.gutter);
  const auto ys = cutLines(first.y, rows, first.h, layout.gutter);
  const double top = ys.front(), bottom = ys.back(), left = xs.front(), right = xs.back();
  for (const double x : xs) {
    line(x, top - kMarkGap, x, top - kMarkGap - kMarkLength);
    line(x, bottom + kMarkGap, x, bottom + kMarkGap + kMarkLength);
    if (layout.gutter > 0)
      for (int row = 1; row < rows; ++row) {
        const double gutterTop = ys[static_cast<std::size_t>(2 * row - 1)];
        line(x, gutterTop + kMarkGap, x, gutterTop + layout.gutter - kMarkGap);
      }
  }
  for (const double y : ys) {
    line(left - kMarkGap, y, left - kMarkGap - kMarkLength, y);
    line(right + kMarkGap, y, right + kMarkGap + kMarkLength, y);
    if (layout.gutter > 0)
      for (int column = 1; column < columns; ++column) {
        const double gutterLeft = xs[static_cast<std::size_t>(2 * column - 1)];
        line(gutterLeft + kMarkGap, y, gutterLeft + layout.gutter - kMarkGap, y);
      }
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

  if (!options.cardFrontsOnly) {
    print::rules(pdf, pack, options.language);
    pdf.newPage();
    result.pages = 1;
  }

  const auto cards = allCards(pack);
  result.cards = static_cast<int>(cards.size());
  const SheetLayout& layout = options.bleed == PrintBleed::Each ? kSixUpBleeding : kNineUp;
  const std::size_t columns = static_cast<std::size_t>(layout.columns);
  const Box corner = cutBox(layout, pageW, pageH, 0, 0, false);
  const Box block{corner.x, corner.y, layout.columns * corner.w + (layout.columns - 1) * layout.gutter,
                  layout.rows * corner.h + (layout.rows - 1) * layout.gutter};
  for (std::size_t first = 0; first < cards.size(); first += layout.perSheet()) {
    const std::size_t onSheet = std::min(layout.perSheet(), cards.size() - first);
    for (int side = 0; side < (options.cardFrontsOnly ? 1 : 2); ++side) {
      const bool back = side == 1;
      cairo_t* cr = pdf.cr();
      if (layout.bleed == PrintBleed::Sheet) {
        // The 3 mm bleed around the block, so a cut on the outer edge leaves no white sliver of the wrong kind.
        cairo_set_source_rgb(cr, 0.97, 0.96, 0.94);
        cairo_rectangle(cr, block.x - kBleed, block.y - kBleed, block.w + 2 * kBleed, block.h + 2 * kBleed);
        cairo_fill(cr);
      }
      for (std::size_t k = 0; k < onSheet; ++k) {
        const Box box =
            cutBox(layout, pageW, pageH, static_cast<int>(k % columns), static_cast<int>(k / columns), back);
        CardMoment moment = sampleMoment(pack, cards[first + k]);
        // On paper the right name must not always be A: it moves with the card's number.
        if (moment.options.size() == 3) {
          const std::size_t at = (first + k) % 3;
          std::swap(moment.options[0], moment.options[at]);
          moment.correct = static_cast<int>(at);
        }
        const CardFace face = side == 0 ? faceOf(CardSlot::PrintFront) : CardFace::Reference;
        if (face == CardFace::Reveal || back) moment.chosen = moment.correct;
        const CardContent content = presentCard(pack, moment, face, options.language);
        Rect trim{static_cast<float>(box.x), static_cast<float>(box.y), static_cast<float>(box.w),
                  static_cast<float>(box.h)};
        cairo_save(cr);
        if (layout.turned) {
          // The front's top faces the page's right edge, the back's the left:
          // a cut card turned over sideways reads the right way up on both faces.
          if (!back) {
            cairo_translate(cr, box.x + box.w, box.y);
            cairo_rotate(cr, std::numbers::pi / 2);
          } else {
            cairo_translate(cr, box.x, box.y + box.h);
            cairo_rotate(cr, -std::numbers::pi / 2);
          }
          trim = {0, 0, static_cast<float>(kCardW), static_cast<float>(kCardH)};
        }
        const bool fits = drawFace(pdf, theme, content, trim, static_cast<int>(first + k + 1), back,
                                   options.language, layout.bleed);
        cairo_restore(cr);
        if (!fits && !back)
          result.misfits.push_back({cardItemId(pack, cards[first + k]),
                                    content.bodyOrigin.known() ? content.bodyOrigin : content.titleOrigin,
                                    std::string(content::cardKindName(cards[first + k].kind)) + " n° " +
                                        std::to_string(first + k + 1) + " « " + content.title +
                                        " »: shorten its text to fit a printed card"});
      }
      if (layout.bleed == PrintBleed::Sheet) {
        // The block is cut as one grid, whatever it holds: the shared cut
        // lines drawn lightly across it, and marks on all its lines.
        cairo_new_path(cr);
        cairo_set_source_rgba(cr, 0, 0, 0, 0.25);
        cairo_set_line_width(cr, 0.3);
        for (int c = 1; c < layout.columns; ++c) {
          cairo_move_to(cr, block.x + c * corner.w, block.y);
          cairo_line_to(cr, block.x + c * corner.w, block.y + block.h);
        }
        for (int r = 1; r < layout.rows; ++r) {
          cairo_move_to(cr, block.x, block.y + r * corner.h);
          cairo_line_to(cr, block.x + block.w, block.y + r * corner.h);
        }
        cairo_stroke(cr);
        cropMarks(cr, layout, pageW, pageH, back, layout.columns, layout.rows);
      } else {
        // Marks only around the rows and columns that hold a card.
        cropMarks(cr, layout, pageW, pageH, back, static_cast<int>(std::min(onSheet, columns)),
                  static_cast<int>((onSheet + columns - 1) / columns));
      }
      pdf.newPage();
      ++result.pages;
    }
  }

  if (options.cardFrontsOnly) return pdf.finish(error);
  for (const auto& board : pack.boards) print::boardPoster(pdf, pack, board, options.language, result.pages);
  pdf.setPageSize(pageW, pageH);
  print::pawnsAndDie(pdf, options.language);
  pdf.newPage();
  ++result.pages;
  answerKey(pdf, pack, cards, options.language, result.pages);
  ++result.pages;
  return pdf.finish(error);
}

void checkPrintFits(const content::Pack& pack, const FontFiles& fonts, content::Report& report) {
  for (const auto& lang : pack.info.languages) {
    if (lang != "fr" && lang != "en") continue;  // the game prints in French and English
    PrintOptions options;
    options.language = lang == "en" ? Language::English : Language::French;
    options.cardFrontsOnly = true;
    PrintResult result;
    std::string error;
    // Laid out only to measure: the pages go nowhere.
    if (!writePrintAndPlay(pack, options, fonts, "/dev/null", result, error)) continue;  // no fonts: the screen rule still runs
    for (const auto& misfit : result.misfits)
      report.warning(misfit.origin, misfit.id, "the " + lang + " text does not fit a printed card (63 x 88 mm), even at the smallest type",
                     "shorten it: declic-pack print lists the same cards");
  }
}

}  // namespace game
