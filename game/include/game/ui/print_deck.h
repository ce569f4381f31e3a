// Print-and-play: the whole game of a pack as a PDF for gatherings without a
// projector. One page of rules; every card at poker size (63 x 88 mm), fronts
// then backs mirrored for long-edge duplex, laid out one of two ways (see
// PrintBleed); each board as a poster tiled on four pages with overlap marks;
// pawns and a die to cut out; the facilitator's answer key. What a card says
// comes from the card presenter, as on screen.
#pragma once
#include <string>
#include <vector>

#include "game/content/diagnostics.h"
#include "game/content/model.h"
#include "game/ui/pdf_document.h"
#include "game/ui/strings.h"

namespace game {

// How the cards sit on a sheet.
enum class PrintBleed {
  // Nine upright to a page, sharing their cut lines, with crop marks and a
  // 3 mm bleed around the block of nine: the least paper and ink.
  Sheet,
  // Six to a page turned a quarter, 10 mm apart, each with its own 3 mm bleed
  // in its colour and crop marks on every cut line: a cut that drifts shows
  // no neighbour, for print shops and cleaner cuts.
  Each,
};

struct PrintOptions {
  Language language = Language::French;
  bool a4 = false;  // US letter unless asked
  PrintBleed bleed = PrintBleed::Sheet;
  // Only the card fronts, for checkPrintFits: no rules, backs, posters or key.
  bool cardFrontsOnly = false;
};

struct PrintResult {
  int pages = 0;
  int cards = 0;
  // Cards whose text does not fit at print size even at the smallest type,
  // for the facilitator to fix: the item, the line its text is written on,
  // and "kind n° title: what to shorten".
  struct Misfit {
    std::string id;
    content::Origin origin;
    std::string message;
  };
  std::vector<Misfit> misfits;
};

bool writePrintAndPlay(const content::Pack& pack, const PrintOptions& options, const FontFiles& fonts,
                       const std::string& path, PrintResult& result, std::string& error);

// The print-size text-fit rule, for the validator: lays the cards out as
// `declic-pack print` does, in each of the pack's languages, and reports a
// warning at the text of each card that would not fit a printed card.
void checkPrintFits(const content::Pack& pack, const FontFiles& fonts, content::Report& report);

// Page parts, shared by the deck and the rest of the kit.
namespace print {
constexpr double kMm = 72.0 / 25.4;
constexpr double kCardW = 63 * kMm, kCardH = 88 * kMm, kBleed = 3 * kMm;
void rules(PdfDocument& pdf, const content::Pack& pack, Language language);
void boardPoster(PdfDocument& pdf, const content::Pack& pack, const content::Board& board, Language language,
                 int& pages);
void pawnsAndDie(PdfDocument& pdf, Language language);
}  // namespace print

}  // namespace game
