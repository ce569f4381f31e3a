#include "game/ui/sheet_pdf.h"

#include <cairo-ft.h>
#include <cairo-pdf.h>
#include <cairo.h>
#include <ft2build.h>
#include FT_FREETYPE_H

#include <memory>

#include "engine/text_layout.h"

namespace game {

namespace {
constexpr double kPageWidth = 612, kPageHeight = 792;  // US letter, in points
constexpr double kMargin = 54;                          // three quarters of an inch

// Measures with the very faces the PDF embeds, so lines break where they are drawn.
class CairoMeasurer : public engine::TextMeasurer {
 public:
  CairoMeasurer(cairo_t* cr, const std::array<cairo_font_face_t*, engine::kFontWeightCount>& faces)
      : cr_(cr), faces_(faces) {}
  void use(engine::FontWeight weight, double size) const {
    cairo_set_font_face(cr_, faces_[static_cast<std::size_t>(weight)]);
    cairo_set_font_size(cr_, size);
  }
  float measure(std::string_view text, engine::FontWeight weight, int pixelSize) const override {
    use(weight, pixelSize);
    cairo_text_extents_t e;
    cairo_text_extents(cr_, std::string(text).c_str(), &e);
    return static_cast<float>(e.x_advance);
  }

 private:
  cairo_t* cr_;
  std::array<cairo_font_face_t*, engine::kFontWeightCount> faces_;
};

engine::TextStyle style(engine::FontWeight weight, float size) {
  engine::TextStyle s;
  s.weight = weight;
  s.size = size;
  s.minSize = size;
  s.overflow = engine::Overflow::Grow;
  s.lineSpacing = 1.3f;
  return s;
}
}  // namespace

bool writeSheetPdf(const Sheet& sheet, const FontFiles& fonts, const std::string& path, std::string& error) {
  FT_Library ft = nullptr;
  if (FT_Init_FreeType(&ft) != 0) {
    error = "FreeType could not start";
    return false;
  }
  std::array<FT_Face, engine::kFontWeightCount> ftFaces{};
  std::array<cairo_font_face_t*, engine::kFontWeightCount> faces{};
  bool ok = true;
  for (std::size_t i = 0; i < fonts.size() && ok; ++i) {
    if (fonts[i].empty() || FT_New_Face(ft, fonts[i].c_str(), 0, &ftFaces[i]) != 0) {
      error = "cannot open the font '" + fonts[i] + "' for the PDF";
      ok = false;
      break;
    }
    faces[i] = cairo_ft_font_face_create_for_ft_face(ftFaces[i], 0);
  }
  cairo_surface_t* surface = ok ? cairo_pdf_surface_create(path.c_str(), kPageWidth, kPageHeight) : nullptr;
  if (ok && cairo_surface_status(surface) != CAIRO_STATUS_SUCCESS) {
    error = "cannot write '" + path + "': " + cairo_status_to_string(cairo_surface_status(surface));
    ok = false;
  }
  if (ok) {
    // PDF 1.4: no compressed object streams, which old library printers may not read.
    cairo_pdf_surface_restrict_to_version(surface, CAIRO_PDF_VERSION_1_4);
    cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, sheet.title.c_str());
    cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, "Dé-CLIC");
    cairo_t* cr = cairo_create(surface);
    CairoMeasurer measurer(cr, faces);
    double y = kMargin;
    const double width = kPageWidth - 2 * kMargin;
    // Draws laid-out lines from `y`, in the ink colour, then moves `y` below them.
    auto draw = [&](const engine::TextLayout& layout, const engine::TextStyle& s, double x, double r, double g, double b) {
      measurer.use(s.weight, s.size);
      cairo_set_source_rgb(cr, r, g, b);
      for (const auto& line : layout.lines) {
        cairo_move_to(cr, x, y + layout.size);  // the baseline, about one size below the line's top
        cairo_show_text(cr, line.text.c_str());
        y += layout.lineHeight;
      }
    };
    auto block = [&](const std::string& text, const engine::TextStyle& s, double w) {
      return engine::layoutText(measurer, text, s, static_cast<float>(w));
    };
    const auto title = style(engine::FontWeight::Bold, 22), subtitle = style(engine::FontWeight::Regular, 10);
    const auto name = style(engine::FontWeight::Bold, 13), body = style(engine::FontWeight::Regular, 11);
    const auto heading = style(engine::FontWeight::SemiBold, 12);
    auto header = [&] {
      draw(block(sheet.title, title, width), title, kMargin, 0.043, 0.365, 0.42);
      draw(block(sheet.subtitle, subtitle, width), subtitle, kMargin, 0.29, 0.33, 0.38);
      cairo_set_source_rgb(cr, 0.043, 0.365, 0.42);
      cairo_rectangle(cr, kMargin, y + 4, width, 2);
      cairo_fill(cr);
      y += 16;
    };
    header();
    if (!sheet.note.empty()) {
      draw(block(sheet.note, body, width), body, kMargin, 0.12, 0.16, 0.2);
      y += 6;
    }
    for (std::size_t i = 0; i < sheet.entries.size(); ++i) {
      const auto& e = sheet.entries[i];
      std::string text = e.what;
      for (const auto& c : e.contact) text += "\n" + c;
      if (!e.callScript.empty()) text += "\n" + e.callScript;
      const std::string section = i == 0 && sheet.essentials > 0 ? sheet.essentialsHeading
                                  : i == sheet.essentials && i > 0 ? sheet.metHeading
                                                                  : "";
      const auto nameLayout = block(e.name, name, width);
      const auto bodyLayout = block(text, body, width - 14);
      const double height = nameLayout.height + bodyLayout.height + 10 + (section.empty() ? 0 : 24);
      // An entry is never cut: what does not fit starts a new page.
      if (y + height > kPageHeight - kMargin && i > 0) {
        cairo_show_page(cr);
        y = kMargin;
        header();
      }
      if (!section.empty()) {
        y += 4;
        draw(block(section, heading, width), heading, kMargin, 0.71, 0.24, 0.05);
      }
      draw(nameLayout, name, kMargin, 0.12, 0.16, 0.2);
      draw(bodyLayout, body, kMargin + 14, 0.12, 0.16, 0.2);
      y += 10;
    }
    cairo_destroy(cr);
    cairo_surface_finish(surface);
    if (cairo_surface_status(surface) != CAIRO_STATUS_SUCCESS) {
      error = std::string("the PDF could not be finished: ") + cairo_status_to_string(cairo_surface_status(surface));
      ok = false;
    }
  }
  if (surface) cairo_surface_destroy(surface);
  for (auto* f : faces)
    if (f) cairo_font_face_destroy(f);
  for (auto f : ftFaces)
    if (f) FT_Done_Face(f);
  FT_Done_FreeType(ft);
  return ok;
}

}  // namespace game
