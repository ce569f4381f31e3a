// A PDF being written with cairo: pages of a given size in points, the UI's
// fonts embedded (FreeType faces), and text laid out by the engine's own
// layout with the very faces the PDF embeds, so lines break where they are
// drawn. « Mes ressources » and print-and-play both write through it.
#pragma once
#include <array>
#include <memory>
#include <string>

#include "engine/geometry.h"
#include "engine/text_layout.h"
#include "engine/text_measurer.h"

typedef struct _cairo cairo_t;

namespace game {

// The three UI font files (regular, semibold, bold), as the engine resolved them.
using FontFiles = std::array<std::string, engine::kFontWeightCount>;

class PdfDocument {
 public:
  PdfDocument();
  ~PdfDocument();
  PdfDocument(const PdfDocument&) = delete;
  PdfDocument& operator=(const PdfDocument&) = delete;

  // Starts the file (PDF 1.4, which old library printers read); false with a reason.
  bool open(const std::string& path, double widthPt, double heightPt, const FontFiles& fonts, const std::string& title,
            std::string& error);
  cairo_t* cr();
  const engine::TextMeasurer& measurer() const;
  double width() const { return width_; }
  double height() const { return height_; }

  engine::TextLayout layout(const std::string& text, const engine::TextStyle& style, double width,
                            double height = engine::kUnbounded) const;
  // Draws laid-out lines with their top at `y`, aligned as the style says in [x, x + width].
  void draw(const engine::TextLayout& layout, const engine::TextStyle& style, double x, double y, double width,
            engine::Color color);
  void fill(engine::Rect r, engine::Color color);
  void newPage();
  // The size of the pages from the next one on (a poster tile in landscape).
  void setPageSize(double widthPt, double heightPt);
  // Ends the file; false (with a reason) when it could not be written.
  bool finish(std::string& error);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
  double width_ = 0, height_ = 0;
};

// Shapes drawn straight with cairo (print-and-play): a colour, a rounded rectangle path.
void setSourceColor(cairo_t* cr, engine::Color c);
void roundedRectPath(cairo_t* cr, double x, double y, double w, double h, double r);

// A text style for print: `size` in points, never shrunk unless `minSize` is smaller.
engine::TextStyle printStyle(engine::FontWeight weight, float size, float minSize = 0);

}  // namespace game
