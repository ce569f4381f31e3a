// The rest of the printed kit: the rules page, each board as a tiled poster,
// pawns and a die to cut out.
#include <cairo.h>

#include <algorithm>
#include <cmath>

#include "game/ui/board_geometry.h"
#include "game/ui/print_deck.h"
#include "game/ui/theme.h"

namespace game::print {
namespace {

using engine::Color;
using engine::FontWeight;

const Color kInk = Color::rgb(0x1F2933), kTeal = Color::rgb(0x0B5D6B), kWhite = Color::rgb(0xFFFFFF);


// The board at poster scale (canvas units, about one point each).
void drawBoard(PdfDocument& pdf, const content::Pack& pack, const content::Board& board, Language language) {
  cairo_t* cr = pdf.cr();
  const Theme theme = defaultTheme();
  float size = 0;
  const bool streets = board.layout == content::BoardLayout::Path;
  // Streets fill their area: the name goes below them; a ring leaves its middle free.
  const auto spaces = boardLayout(board, {0, 0, 1380, streets ? 900.f : 1020.f}, size);
  // Shortcuts first, under the spaces: a thick line with a dot where it lands.
  for (std::size_t i = 0; i < board.spaces.size(); ++i) {
    const auto& jump = board.spaces[i].jump;
    if (!jump || jump->to < 0 || static_cast<std::size_t>(jump->to) >= spaces.size()) continue;
    const auto a = spaces[i], b = spaces[static_cast<std::size_t>(jump->to)];
    setSourceColor(cr, theme.jump(jump->by));
    cairo_set_line_width(cr, 10);
    if (jump->by == content::JumpKind::Setback) {
      const double dash[] = {22, 12};
      cairo_set_dash(cr, dash, 2, 0);
    }
    cairo_new_path(cr);
    cairo_move_to(cr, a.x, a.y);
    cairo_line_to(cr, b.x, b.y);
    cairo_stroke(cr);
    cairo_set_dash(cr, nullptr, 0, 0);
    cairo_new_path(cr);
    cairo_arc(cr, b.x, b.y, 16, 0, 6.2832);
    cairo_fill(cr);
    auto style = printStyle(FontWeight::Bold, 18);
    style.align = engine::Align::Center;
    const auto label = pdf.layout(tr(jumpLabel(jump->by), language), style, 200);
    const double mx = (a.x + b.x) / 2 - 100, my = (a.y + b.y) / 2 - label.height / 2;
    pdf.fill({static_cast<float>(mx + 100 - label.width / 2 - 6), static_cast<float>(my - 2), label.width + 12,
              label.height + 4},
             kWhite);
    pdf.draw(label, style, mx, my, 200, theme.jump(jump->by));
  }
  for (std::size_t i = 0; i < board.spaces.size(); ++i) {
    const auto& space = board.spaces[i];
    const double x = spaces[i].x - size / 2, y = spaces[i].y - size / 2;
    roundedRectPath(cr, x, y, size, size, 14);
    setSourceColor(cr, theme.space(space.kind));
    cairo_fill_preserve(cr);
    setSourceColor(cr, kInk);
    cairo_set_line_width(cr, 2.5);
    cairo_stroke(cr);
    auto numberStyle = printStyle(FontWeight::Bold, 20);
    pdf.draw(pdf.layout(std::to_string(i), numberStyle, size), numberStyle, x + 10, y + 6, size, kInk);
    std::string text = tr(space.playerMrc ? "space.my_mrc" : spaceLabel(space.kind), language);
    if (!space.territory.empty())
      if (const auto* t = pack.territory(space.territory)) text = t->name.get(std::string(languageCode(language)));
    auto style = printStyle(FontWeight::SemiBold, 20, 12);
    style.align = engine::Align::Center;
    const auto label = pdf.layout(text, style, size - 16, size - 40);
    pdf.draw(label, style, x + 8, y + size - 12 - label.height, size - 16, kInk);
  }
  auto titleStyle = printStyle(FontWeight::Bold, 40);
  titleStyle.align = engine::Align::Center;
  const auto name = pdf.layout(board.name.get(std::string(languageCode(language))), titleStyle, 900);
  pdf.draw(name, titleStyle, 240, streets ? 930 : 480 - name.height / 2, 900, kTeal);
}

}  // namespace

void rules(PdfDocument& pdf, const content::Pack& pack, Language language) {
  const bool fr = language == Language::French;
  const double margin = 54, width = pdf.width() - 2 * margin;
  double y = margin;
  auto put = [&](const std::string& text, const engine::TextStyle& style, Color color, double after) {
    const auto layout = pdf.layout(text, style, width);
    pdf.draw(layout, style, margin, y, width, color);
    y += layout.height + after;
  };
  const std::string lang(languageCode(language));
  put("Dé-CLIC", printStyle(FontWeight::Bold, 30), kTeal, 2);
  put(pack.info.name.get(lang), printStyle(FontWeight::SemiBold, 14), kInk, 14);
  const auto heading = printStyle(FontWeight::Bold, 13), body = printStyle(FontWeight::Regular, 11);
  if (fr) {
    put("Pour imprimer", heading, kTeal, 4);
    put("Imprimez en recto verso, retournement sur le bord long, à 100 % (sans « ajuster à la page »). Sans recto "
        "verso, imprimez les pages de cartes une à une et collez chaque verso derrière son recto. Coupez le long des "
        "traits de coupe. Le plateau s’imprime sur quatre pages : coupez la marge le long des pointillés et collez "
        "les pages bord à bord.",
        body, kInk, 10);
    put("Pour jouer (2 à 8 équipes, environ 45 minutes)", heading, kTeal, 4);
    put("Placez les pions sur « Départ ». À votre tour, lancez le dé et avancez. Piochez une carte de la sorte de la "
        "case où vous arrivez et lisez-la à voix haute. Répondez ensemble : la bonne réponse, au verso, rapporte des "
        "points ; une autre réponse n’est jamais « nulle », le verso dit ce qui aide.\n"
        "Cartes « On en parle » : il n’y a pas de mauvaise réponse. Chacun dit ce qu’il en pense ; tout le monde gagne "
        "un point.\n"
        "Cases « Ma MRC » : piochez une ressource de votre MRC. Gardez les cartes ressources trouvées : à la fin, "
        "chaque équipe repart avec sa liste.\n"
        "Piste cyclable et autobus : avancez jusqu’au bout de la flèche. Détour : reculez jusqu’au point.\n"
        "La partie finit après le nombre de tours prévu, ou quand l’équipe en tête le décide. Prenez votre temps : "
        "rien n’est chronométré.",
        body, kInk, 10);
    put("Pour la personne qui anime", heading, kTeal, 4);
    put("Le corrigé est dans les dernières pages. Lisez les cartes lentement, laissez parler tout le monde, et notez les "
        "numéros que les gens veulent garder. Les numéros de téléphone et adresses des cartes ont une source et une "
        "date : vérifiez-les si le pack a plus d’un an.",
        body, kInk, 0);
  } else {
    put("Printing", heading, kTeal, 4);
    put("Print double-sided, flip on the long edge, at 100 % (no \"fit to page\"). Without duplex, print the card "
        "pages one at a time and glue each back behind its front. Cut along the crop marks. The board prints on four "
        "pages: trim the margin along the dotted lines and tape the pages edge to edge.",
        body, kInk, 10);
    put("Playing (2 to 8 teams, about 45 minutes)", heading, kTeal, 4);
    put("Put the pawns on \"Start\". On your turn, roll the die and move. Draw a card of the kind of the space you "
        "land on and read it aloud. Answer together: the right answer, on the back, scores points; another answer is "
        "never \"wrong\", the back says what helps.\n"
        "\"Let's talk\" cards have no wrong answer: everyone says what they think; everyone scores a point.\n"
        "\"My RCM\" spaces: draw a resource of your RCM. Keep the resource cards you find: at the end, each team takes "
        "its list home.\n"
        "Bike path and bus: move to the end of the arrow. Detour: go back to the dot.\n"
        "The game ends after the planned rounds, or when the leading team decides. Take your time: nothing is timed.",
        body, kInk, 10);
    put("For the facilitator", heading, kTeal, 4);
    put("The answer key is in the last pages. Read cards slowly, let everyone speak, and note the numbers people want "
        "to keep. Phone numbers and addresses on the cards have a source and a date: check them if the pack is more "
        "than a year old.",
        body, kInk, 0);
  }
}

void boardPoster(PdfDocument& pdf, const content::Pack& pack, const content::Board& board, Language language,
                 int& pages) {
  // Four landscape letter pages; each shows a quarter plus a 0.5 inch overlap.
  const double pageW = 792, pageH = 612, margin = 36, overlap = 36;
  const double tileW = pageW - 2 * margin, tileH = pageH - 2 * margin;
  const double posterW = 2 * tileW - overlap, posterH = 2 * tileH - overlap;
  const double scale = std::min(posterW / 1380.0, posterH / 1020.0);
  pdf.setPageSize(pageW, pageH);
  const char* names[2][2] = {{"A1", "A2"}, {"B1", "B2"}};
  for (int row = 0; row < 2; ++row)
    for (int col = 0; col < 2; ++col) {
      cairo_t* cr = pdf.cr();
      const double originX = margin - col * (tileW - overlap), originY = margin - row * (tileH - overlap);
      cairo_save(cr);
      cairo_rectangle(cr, margin, margin, tileW, tileH);
      cairo_clip(cr);
      cairo_translate(cr, originX, originY);
      cairo_scale(cr, scale, scale);
      drawBoard(pdf, pack, board, language);
      cairo_restore(cr);
      // Where the next page overlaps: trim along the dotted line and glue.
      const double dash[] = {6, 4};
      cairo_new_path(cr);
      cairo_set_dash(cr, dash, 2, 0);
      cairo_set_line_width(cr, 0.6);
      cairo_set_source_rgb(cr, 0.3, 0.3, 0.3);
      if (col == 1) {
        cairo_move_to(cr, margin + overlap, margin);
        cairo_line_to(cr, margin + overlap, margin + tileH);
      }
      if (row == 1) {
        cairo_move_to(cr, margin, margin + overlap);
        cairo_line_to(cr, margin + tileW, margin + overlap);
      }
      cairo_stroke(cr);
      cairo_set_dash(cr, nullptr, 0, 0);
      auto small = printStyle(FontWeight::Regular, 8);
      std::string note = std::string(names[row][col]) + " · " + board.name.get(std::string(languageCode(language))) +
                         (language == Language::French ? " · coupez la marge le long des pointillés, collez bord à bord"
                                                       : " · trim along the dotted line, tape edge to edge");
      pdf.draw(pdf.layout(note, small, tileW), small, margin, pageH - margin + 8, tileW, kInk);
      pdf.newPage();
      ++pages;
    }
}

void pawnsAndDie(PdfDocument& pdf, Language language) {
  cairo_t* cr = pdf.cr();
  const Theme theme = defaultTheme();
  const double margin = 48;
  auto heading = printStyle(FontWeight::Bold, 14);
  const bool fr = language == Language::French;
  pdf.draw(pdf.layout(fr ? "Pions et dé à découper" : "Pawns and die to cut out", heading, 400), heading, margin,
           margin, 400, kTeal);
  // Eight tent pawns: cut out, fold on the middle line, glue the tab.
  const double pawnW = 1.0 * 72, pawnH = 2.0 * 72;
  for (int i = 0; i < 8; ++i) {
    const double x = margin + (i % 4) * (pawnW + 18), y = margin + 36 + (i / 4) * (pawnH + 24);
    setSourceColor(cr, Color::rgb(0x000000));
    cairo_set_line_width(cr, 0.6);
    cairo_new_path(cr);
    cairo_rectangle(cr, x, y, pawnW, pawnH);
    cairo_stroke(cr);
    const double dash[] = {3, 3};
    cairo_set_dash(cr, dash, 2, 0);
    cairo_move_to(cr, x, y + pawnH / 2);
    cairo_line_to(cr, x + pawnW, y + pawnH / 2);
    cairo_stroke(cr);
    cairo_set_dash(cr, nullptr, 0, 0);
    for (int half = 0; half < 2; ++half) {
      const double cy = y + pawnH / 4 + half * pawnH / 2;
      setSourceColor(cr, theme.tokens[static_cast<std::size_t>(i)]);
      cairo_new_path(cr);
      cairo_arc(cr, x + pawnW / 2, cy, 24, 0, 6.2832);
      cairo_fill(cr);
      auto number = printStyle(FontWeight::Bold, 20);
      number.align = engine::Align::Center;
      const auto layout = pdf.layout(std::to_string(i + 1), number, 48);
      cairo_save(cr);
      if (half == 0) {  // the top half is upside down once folded
        cairo_translate(cr, x + pawnW / 2, cy);
        cairo_rotate(cr, 3.14159);
        cairo_translate(cr, -(x + pawnW / 2), -cy);
      }
      pdf.draw(layout, number, x + pawnW / 2 - 24, cy - layout.height / 2, 48, kWhite);
      cairo_restore(cr);
    }
  }
  // A die as a net of six squares: cut out, fold along the lines, tape the edges.
  const double s = 1.1 * 72, dx = margin + 60, dy = margin + 36 + 2 * (pawnH + 24) + 10;
  const int cells[6][2] = {{1, 0}, {0, 1}, {1, 1}, {2, 1}, {3, 1}, {1, 2}};
  const int pipsOf[6] = {1, 2, 3, 5, 4, 6};  // opposite faces add up to seven, as on a real die
  for (int f = 0; f < 6; ++f) {
    const double x = dx + cells[f][0] * s, y = dy + cells[f][1] * s;
    setSourceColor(cr, Color::rgb(0x000000));
    cairo_set_line_width(cr, 0.8);
    cairo_new_path(cr);
    cairo_rectangle(cr, x, y, s, s);
    cairo_stroke(cr);
    const int n = pipsOf[f];
    std::vector<std::pair<double, double>> pips;
    pips.reserve(6);  // push_back, not insert of a list: GCC 12 warns falsely on the latter in Release
    const double a = 0.25, m = 0.5, b = 0.75;
    if (n % 2 == 1) pips.push_back({m, m});
    if (n >= 2) {
      pips.push_back({a, a});
      pips.push_back({b, b});
    }
    if (n >= 4) {
      pips.push_back({b, a});
      pips.push_back({a, b});
    }
    if (n == 6) {
      pips.push_back({a, m});
      pips.push_back({b, m});
    }
    for (auto [px, py] : pips) {
      cairo_new_path(cr);
      cairo_arc(cr, x + px * s, y + py * s, s * 0.08, 0, 6.2832);
      cairo_fill(cr);
    }
  }
  auto note = printStyle(FontWeight::Regular, 10);
  pdf.draw(pdf.layout(fr ? "Pions : découpez, pliez sur le pointillé. Dé : découpez la croix, pliez chaque trait, "
                           "fermez avec du ruban adhésif. Un vrai dé convient aussi."
                         : "Pawns: cut out, fold on the dotted line. Die: cut out the cross, fold every line, close "
                           "with tape. A real die works too.",
                      note, 400),
           note, margin, dy + 3 * s + 16, 400, kInk);
}

}  // namespace game::print
