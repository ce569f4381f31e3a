#include "game/ui/pdf_document.h"

#include <cairo-ft.h>
#include <cairo-pdf.h>
#include <cairo.h>
#include <ft2build.h>
#include FT_FREETYPE_H

namespace game {

namespace {
// Measures with the faces the PDF embeds.
class CairoMeasurer : public engine::TextMeasurer {
 public:
  void use(engine::FontWeight weight, double size) const {
    cairo_set_font_face(cr, faces[static_cast<std::size_t>(weight)]);
    cairo_set_font_size(cr, size);
  }
  float measure(std::string_view text, engine::FontWeight weight, int pixelSize) const override {
    use(weight, pixelSize);
    cairo_text_extents_t e;
    cairo_text_extents(cr, std::string(text).c_str(), &e);
    return static_cast<float>(e.x_advance);
  }
  cairo_t* cr = nullptr;
  std::array<cairo_font_face_t*, engine::kFontWeightCount> faces{};
};
}  // namespace

struct PdfDocument::Impl {
  FT_Library ft = nullptr;
  std::array<FT_Face, engine::kFontWeightCount> ftFaces{};
  cairo_surface_t* surface = nullptr;
  CairoMeasurer measurer;
  ~Impl() {
    if (measurer.cr) cairo_destroy(measurer.cr);
    if (surface) cairo_surface_destroy(surface);
    for (auto* f : measurer.faces)
      if (f) cairo_font_face_destroy(f);
    for (auto f : ftFaces)
      if (f) FT_Done_Face(f);
    if (ft) FT_Done_FreeType(ft);
  }
};

PdfDocument::PdfDocument() : impl_(std::make_unique<Impl>()) {}
PdfDocument::~PdfDocument() = default;

bool PdfDocument::open(const std::string& path, double widthPt, double heightPt, const FontFiles& fonts,
                       const std::string& title, std::string& error) {
  width_ = widthPt;
  height_ = heightPt;
  if (FT_Init_FreeType(&impl_->ft) != 0) {
    error = "FreeType could not start";
    return false;
  }
  for (std::size_t i = 0; i < fonts.size(); ++i) {
    if (fonts[i].empty() || FT_New_Face(impl_->ft, fonts[i].c_str(), 0, &impl_->ftFaces[i]) != 0) {
      error = "cannot open the font '" + fonts[i] + "' for the PDF";
      return false;
    }
    impl_->measurer.faces[i] = cairo_ft_font_face_create_for_ft_face(impl_->ftFaces[i], 0);
  }
  impl_->surface = cairo_pdf_surface_create(path.c_str(), widthPt, heightPt);
  if (cairo_surface_status(impl_->surface) != CAIRO_STATUS_SUCCESS) {
    error = "cannot write '" + path + "': " + cairo_status_to_string(cairo_surface_status(impl_->surface));
    return false;
  }
  cairo_pdf_surface_restrict_to_version(impl_->surface, CAIRO_PDF_VERSION_1_4);
  cairo_pdf_surface_set_metadata(impl_->surface, CAIRO_PDF_METADATA_TITLE, title.c_str());
  cairo_pdf_surface_set_metadata(impl_->surface, CAIRO_PDF_METADATA_CREATOR, "Dé-CLIC");
  impl_->measurer.cr = cairo_create(impl_->surface);
  return true;
}

cairo_t* PdfDocument::cr() { return impl_->measurer.cr; }
const engine::TextMeasurer& PdfDocument::measurer() const { return impl_->measurer; }

engine::TextLayout PdfDocument::layout(const std::string& text, const engine::TextStyle& style, double width,
                                       double height) const {
  return engine::layoutText(impl_->measurer, text, style, static_cast<float>(width), static_cast<float>(height));
}

void PdfDocument::draw(const engine::TextLayout& layout, const engine::TextStyle& style, double x, double y,
                       double width, engine::Color color) {
  cairo_t* c = cr();
  impl_->measurer.use(style.weight, layout.size);
  cairo_set_source_rgba(c, color.r / 255.0, color.g / 255.0, color.b / 255.0, color.a / 255.0);
  for (const auto& line : layout.lines) {
    double lineX = x;
    if (style.align != engine::Align::Left) {
      cairo_text_extents_t e;
      cairo_text_extents(c, line.text.c_str(), &e);
      lineX = style.align == engine::Align::Center ? x + (width - e.x_advance) / 2 : x + width - e.x_advance;
    }
    cairo_move_to(c, lineX, y + layout.size);  // the baseline, about one size below the line's top
    cairo_show_text(c, line.text.c_str());
    y += layout.lineHeight;
  }
}

void PdfDocument::fill(engine::Rect r, engine::Color color) {
  cairo_t* c = cr();
  cairo_set_source_rgba(c, color.r / 255.0, color.g / 255.0, color.b / 255.0, color.a / 255.0);
  cairo_rectangle(c, r.x, r.y, r.w, r.h);
  cairo_fill(c);
}

void PdfDocument::newPage() { cairo_show_page(cr()); }

void PdfDocument::setPageSize(double widthPt, double heightPt) {
  width_ = widthPt;
  height_ = heightPt;
  cairo_pdf_surface_set_size(impl_->surface, widthPt, heightPt);
}

bool PdfDocument::finish(std::string& error) {
  if (impl_->measurer.cr) {
    cairo_destroy(impl_->measurer.cr);
    impl_->measurer.cr = nullptr;
  }
  cairo_surface_finish(impl_->surface);
  if (cairo_surface_status(impl_->surface) != CAIRO_STATUS_SUCCESS) {
    error = std::string("the PDF could not be finished: ") + cairo_status_to_string(cairo_surface_status(impl_->surface));
    return false;
  }
  return true;
}

void setSourceColor(cairo_t* cr, engine::Color c) {
  cairo_set_source_rgba(cr, c.r / 255.0, c.g / 255.0, c.b / 255.0, c.a / 255.0);
}

void roundedRectPath(cairo_t* cr, double x, double y, double w, double h, double r) {
  cairo_new_path(cr);  // text leaves a current point; a shape must not start from it
  cairo_new_sub_path(cr);
  cairo_arc(cr, x + w - r, y + r, r, -1.5708, 0);
  cairo_arc(cr, x + w - r, y + h - r, r, 0, 1.5708);
  cairo_arc(cr, x + r, y + h - r, r, 1.5708, 3.14159);
  cairo_arc(cr, x + r, y + r, r, 3.14159, 4.71239);
  cairo_close_path(cr);
}

engine::TextStyle printStyle(engine::FontWeight weight, float size, float minSize) {
  engine::TextStyle s;
  s.weight = weight;
  s.size = size;
  s.minSize = minSize > 0 ? minSize : size;
  s.overflow = minSize > 0 ? engine::Overflow::Shrink : engine::Overflow::Grow;
  s.lineSpacing = 1.25f;
  return s;
}

}  // namespace game
