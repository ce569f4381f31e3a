// "Mes ressources": first the essentials of the player's MRC (their housing
// office, 211, 811, a crisis line, local food help...), then the resources met
// in the game that serve it, each with its phone first and its web address
// last — on screen, as a PDF to print or keep (sheet_pdf.h), as a QR code
// for a phone (qr_code.h) and in plain text.
#pragma once
#include <array>
#include <string>
#include <vector>

#include "engine/renderer.h"
#include "game/content/model.h"
#include "game/rules/rules.h"
#include "game/ui/settings.h"
#include "game/ui/theme.h"

namespace game {


struct Sheet {
  std::string title;     // "Mes ressources — Lévis"
  std::string subtitle;  // the date, and how to reach 211
  struct Entry {
    std::string name;
    std::string what;
    std::vector<std::string> contact;  // "Téléphone : ...", then the address, hours, e-mail, web
    std::string callScript;            // what to say when you call, when the pack gives it
    std::string reach;                 // the one way to reach it a phone can use: a number, else an address, else 211
  };
  std::vector<Entry> entries;
  std::size_t essentials = 0;  // how many of the first entries are the MRC's essentials
  std::string note;            // the pack's advice when the MRC has no housing office
  std::string essentialsHeading, metHeading;  // « À garder sous la main : », « Rencontrées en jouant : »
};

Sheet buildSheet(const content::Pack& pack, const rules::TakeHome& home, const std::string& territoryId,
                 Language language, const std::string& date);
// The list as a phone reads it from a QR code: plain text, names and how to
// reach them, short enough for one code.
std::string sheetQrText(const Sheet& sheet);
// The list as the end screen shows it: headings, then "Name — phone" lines.
std::vector<std::string> sheetLines(const Sheet& sheet);
std::string sheetText(const Sheet& sheet);
// Writes mes-ressources.pdf (US letter, vector text, fonts embedded) and
// mes-ressources.txt into `folder`; `pdfPath` says where the PDF went.
bool saveSheet(const Sheet& sheet, const std::array<std::string, engine::kFontWeightCount>& fonts,
               const std::string& folder, std::string& pdfPath, std::string& error);

}  // namespace game
