#include "game/ui/resource_sheet.h"

#include <filesystem>

#include "game/content/writer.h"
#include "game/ui/card_text.h"
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
  add("card.phone", unbreakable(r.contact.phone));
  add("card.toll_free", unbreakable(r.contact.tollFree));
  add("card.address", r.contact.address);
  if (!r.contact.hours.empty()) add("card.hours", r.contact.hours.get(l));
  add("card.email", r.contact.email);
  add("card.website", r.contact.website);
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

std::vector<std::string> sheetLines(const Sheet& sheet, Language language) {
  std::vector<std::string> lines;
  if (!sheet.note.empty()) lines.push_back(sheet.note);
  for (std::size_t i = 0; i < sheet.entries.size(); ++i) {
    // A heading stays with the entry under it, never alone at a column's foot.
    std::string heading;
    if (i == 0 && sheet.essentials > 0) heading = tr("sheet.essentials", language) + "\n";
    if (i == sheet.essentials && i > 0) heading = tr("sheet.met", language) + "\n";
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

std::size_t drawSheet(engine::Renderer& r, const Sheet& sheet, const Settings& settings, const Theme& theme,
                      std::size_t first, int page) {
  const Palette& p = theme.palette;
  auto title = textStyle(settings, 52, engine::FontWeight::Bold);
  title.size = 52;
  std::string heading = sheet.title + (page > 1 ? " (" + std::to_string(page) + ")" : "");
  r.drawText(heading, title, {90, 80, kSheetWidth - 180, 80}, p.primary);
  auto sub = textStyle(settings, TypeScale::small, engine::FontWeight::Regular);
  sub.size = TypeScale::small;
  r.drawText(sheet.subtitle, sub, {90, 168, kSheetWidth - 180, 90}, p.inkMuted);
  r.fillRect({90, 266, kSheetWidth - 180, 4}, p.primary);
  float y = 296;
  auto name = textStyle(settings, 32, engine::FontWeight::Bold);
  name.size = 32;
  name.overflow = engine::Overflow::Grow;
  auto body = textStyle(settings, TypeScale::small, engine::FontWeight::Regular);
  body.size = TypeScale::small;
  body.overflow = engine::Overflow::Grow;
  std::size_t i = first;
  for (; i < sheet.entries.size(); ++i) {
    const auto& e = sheet.entries[i];
    std::string text = e.what;
    for (const auto& c : e.contact) text += "\n" + c;
    if (!e.callScript.empty()) text += "\n" + e.callScript;
    const auto& nameLayout = r.layout(e.name, name, kSheetWidth - 180);
    const auto& bodyLayout = r.layout(text, body, kSheetWidth - 220);
    const float height = nameLayout.height + bodyLayout.height + 28;
    // The rest goes on the next page; a single entry taller than a page is drawn anyway.
    if (y + height > kSheetHeight - 60 && i > first) break;
    r.drawLayout(nameLayout, name, {90, y, kSheetWidth - 180, nameLayout.height}, p.ink);
    r.drawLayout(bodyLayout, body, {110, y + nameLayout.height, kSheetWidth - 220, bodyLayout.height}, p.ink);
    y += height;
  }
  return i;
}

bool exportSheet(engine::Renderer& r, const Sheet& sheet, const Settings& settings, const Theme& theme,
                 const std::string& folder, std::string& pngPath, std::string& error) {
  std::error_code ec;
  std::filesystem::create_directories(folder, ec);
  pngPath = folder + "/mes-ressources.png";
  if (!content::writeFileAtomically(folder + "/mes-ressources.txt", sheetText(sheet), error)) return false;
  Settings print = settings;
  print.textScale = 1;
  std::size_t next = 0;
  for (int pageNumber = 1; pageNumber <= 20; ++pageNumber) {
    const std::string path = pageNumber == 1 ? pngPath : folder + "/mes-ressources-" + std::to_string(pageNumber) + ".png";
    const bool ok = r.renderToImage(
        static_cast<int>(kSheetWidth), static_cast<int>(kSheetHeight), theme.paper,
        [&](engine::Renderer& page) { next = drawSheet(page, sheet, print, theme, next, pageNumber); }, path, error);
    if (!ok) return false;
    if (next >= sheet.entries.size()) break;
  }
  return true;
}

}  // namespace game
