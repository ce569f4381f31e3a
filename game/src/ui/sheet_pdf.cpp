#include "game/ui/sheet_pdf.h"

#include <cairo.h>

#include "game/ui/pdf_document.h"

namespace game {

namespace {
constexpr double kPageWidth = 612, kPageHeight = 792;  // US letter, in points
constexpr double kMargin = 54;                          // three quarters of an inch
}  // namespace

bool writeSheetPdf(const Sheet& sheet, const FontFiles& fonts, const std::string& path, std::string& error) {
  PdfDocument pdf;
  if (!pdf.open(path, kPageWidth, kPageHeight, fonts, sheet.title, error)) return false;
  cairo_t* cr = pdf.cr();
  double y = kMargin;
  const double width = kPageWidth - 2 * kMargin;
  // Draws laid-out lines from `y`, in the colour given, then moves `y` below them.
  auto draw = [&](const engine::TextLayout& layout, const engine::TextStyle& s, double x, double r, double g, double b) {
    pdf.draw(layout, s, x, y, width, engine::Color{static_cast<std::uint8_t>(r * 255), static_cast<std::uint8_t>(g * 255),
                                                   static_cast<std::uint8_t>(b * 255), 255});
    y += layout.height;
  };
  auto block = [&](const std::string& text, const engine::TextStyle& s, double w) { return pdf.layout(text, s, w); };
  auto style = [](engine::FontWeight weight, float size) {
    auto s = printStyle(weight, size);
    s.lineSpacing = 1.3f;
    return s;
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
  return pdf.finish(error);
}

}  // namespace game
