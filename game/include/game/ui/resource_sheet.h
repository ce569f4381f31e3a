// "Mes ressources": first the essentials of the player's MRC (their housing
// office, 211, 811, a crisis line, local food help...), then the resources met
// in the game that serve it, each with its phone first and its web address
// last — on screen, as a page to hand to a tenant (a PNG at US letter size,
// 8.5 x 11 in at 150 dpi) and in plain text.
#pragma once
#include <string>
#include <vector>

#include "engine/renderer.h"
#include "game/content/model.h"
#include "game/rules/rules.h"
#include "game/ui/settings.h"
#include "game/ui/theme.h"

namespace game {

inline constexpr float kSheetWidth = 1275;   // 8.5 in at 150 dpi
inline constexpr float kSheetHeight = 1650;  // 11 in

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
};

Sheet buildSheet(const content::Pack& pack, const rules::TakeHome& home, const std::string& territoryId,
                 Language language, const std::string& date);
// The list as a phone reads it from a QR code: plain text, names and how to
// reach them, short enough for one code.
std::string sheetQrText(const Sheet& sheet);
// The list as the end screen shows it: headings, then "Name — phone" lines.
std::vector<std::string> sheetLines(const Sheet& sheet, Language language);
std::string sheetText(const Sheet& sheet);
// Draws one page of the sheet on a kSheetWidth x kSheetHeight canvas, from
// entry `first`; returns the index of the first entry that did not fit.
std::size_t drawSheet(engine::Renderer& r, const Sheet& sheet, const Settings& settings, const Theme& theme,
                      std::size_t first = 0, int page = 1);
// Renders the pages into a texture and writes them (mes-ressources.png,
// mes-ressources-2.png...) and mes-ressources.txt into `folder`.
bool exportSheet(engine::Renderer& r, const Sheet& sheet, const Settings& settings, const Theme& theme,
                 const std::string& folder, std::string& pngPath, std::string& error);

}  // namespace game
