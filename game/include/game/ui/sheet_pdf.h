// "Mes ressources" as a PDF a tenant can print or keep: US letter, vector
// text laid out with the engine's own text layout, the fonts embedded
// (cairo with FreeType). Shared by « Enregistrer ma liste » and the kiosk's
// « Imprimer ma liste »; print-and-play is to use the same backend.
#pragma once
#include <array>
#include <string>

#include "engine/text_measurer.h"
#include "game/ui/pdf_document.h"
#include "game/ui/resource_sheet.h"

namespace game {


// Writes the sheet to `path` (pages as needed, 612 x 792 points); false with a reason.
bool writeSheetPdf(const Sheet& sheet, const FontFiles& fonts, const std::string& path, std::string& error);

}  // namespace game
