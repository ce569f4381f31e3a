// Sends a PDF to a CUPS printer with `lp`: the kiosk's « Imprimer ma liste ».
#pragma once
#include <string>

namespace game {

// Runs `lp -d PRINTER -t TITLE FILE` (no shell); false with a reason when lp
// is missing or refuses the job. Waits for lp to queue the job, not to print it.
bool printPdf(const std::string& printer, const std::string& title, const std::string& pdfPath, std::string& error);

}  // namespace game
