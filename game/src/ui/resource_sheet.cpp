#include "game/ui/resource_sheet.h"

#include "game/content/phone.h"

#include <filesystem>

#include "game/content/writer.h"
#include "game/ui/card_text.h"
#include "game/ui/sheet_pdf.h"
#include "game/ui/theme.h"

namespace game {

namespace {
Sheet::Entry entryFor(const content::Resource& r, Language language) {
  const std::string l(languageCode(language));
  Sheet::Entry e;
  e.name = r.name.get(l);
  e.what = r.what.get(l);
  auto add = [&](const char* label, const std::string& value) {
    if (!value.empty()) e.contact.push_back(tr(label, language) + value);
  };
  // What a tenant can use at once comes first: a number to dial, a door to knock on.
  add("card.phone", unbreakable(content::displayPhone(r.contact.phone, language == Language::French)));
  add("card.toll_free", unbreakable(content::displayPhone(r.contact.tollFree, language == Language::French)));
  add("card.address", r.contact.address);
  if (!r.contact.hours.empty()) add("card.hours", r.contact.hours.get(l));
  add("card.email", r.contact.email);
  add("card.website", displayWebsite(r.contact.website));
  if (e.contact.empty()) e.contact.push_back(tr("card.ask_211", language));
  for (const std::string* way : {&r.contact.phone, &r.contact.tollFree, &r.contact.address, &r.contact.website})
    if (e.reach.empty() && !way->empty()) e.reach = *way;
  if (e.reach.empty()) e.reach = "211";
  if (!r.callScript.empty()) e.callScript = tr("card.call_script", language) + r.callScript.get(l);
  return e;
}
}  // namespace

Sheet buildSheet(const content::Pack& pack, const rules::TakeHome& home, const std::string& territoryId,
                 Language language, const std::string& date) {
  const std::string l(languageCode(language));
  Sheet sheet;
  sheet.title = tr("sheet.title", language);
  if (const content::Territory* t = pack.territory(territoryId)) sheet.title += " — " + t->name.get(l);
  sheet.subtitle = fill(tr("sheet.subtitle", language), date);
  sheet.essentialsHeading = tr("sheet.essentials", language);
  sheet.metHeading = tr("sheet.met", language);
  for (const content::Resource* r : home.essentials) sheet.entries.push_back(entryFor(*r, language));
  sheet.essentials = sheet.entries.size();
  for (const content::Resource* r : home.met) sheet.entries.push_back(entryFor(*r, language));
  if (home.officeNote) sheet.note = home.officeNote->get(l);
  return sheet;
}

std::string sheetQrText(const Sheet& sheet) {
  std::string out = sheet.title + "\n";
  for (const auto& e : sheet.entries) {
    const std::string line = e.name + " : " + e.reach + "\n";
    if (out.size() + line.size() > 1200) break;  // one readable code, even on an old phone
    out += line;
  }
  return out;
}

std::vector<std::string> sheetLines(const Sheet& sheet) {
  std::vector<std::string> lines;
  if (!sheet.note.empty()) lines.push_back(sheet.note);
  for (std::size_t i = 0; i < sheet.entries.size(); ++i) {
    // A heading stays with the entry under it, never alone at a column's foot.
    std::string heading;
    if (i == 0 && sheet.essentials > 0) heading = sheet.essentialsHeading + "\n";
    if (i == sheet.essentials && i > 0) heading = sheet.metHeading + "\n";
    lines.push_back(heading + sheet.entries[i].name + " — " + sheet.entries[i].contact.front());
  }
  return lines;
}

std::string sheetText(const Sheet& sheet) {
  std::string out = sheet.title + "\n" + sheet.subtitle + "\n\n";
  if (!sheet.note.empty()) out += sheet.note + "\n\n";
  for (const auto& e : sheet.entries) {
    out += e.name + "\n  " + e.what + "\n";
    for (const auto& c : e.contact) out += "  " + c + "\n";
    if (!e.callScript.empty()) out += "  " + e.callScript + "\n";
    out += "\n";
  }
  return out;
}

bool saveSheet(const Sheet& sheet, const FontFiles& fonts, const std::string& folder, std::string& pdfPath,
               std::string& error) {
  std::error_code ec;
  std::filesystem::create_directories(folder, ec);
  pdfPath = folder + "/mes-ressources.pdf";
  return content::writeFileAtomically(folder + "/mes-ressources.txt", sheetText(sheet), error) &&
         writeSheetPdf(sheet, fonts, pdfPath, error);
}

}  // namespace game
