#include "game/screens/end_screen.h"

#include <ctime>

#include "engine/log.h"
#include "engine/renderer.h"
#include "game/rules/rules.h"
#include "game/ui/card_text.h"
#include "game/ui/theme.h"
#include "game/ui/tokens.h"

namespace game {

namespace {
content::Date todayDate() {
  std::time_t now = std::time(nullptr);
  std::tm local{};
  localtime_r(&now, &local);
  return {local.tm_year + 1900, local.tm_mon + 1, local.tm_mday};
}
}  // namespace

EndScreen::EndScreen(Settings& settings, std::shared_ptr<GameSession> session, ScreenHooks hooks,
                     std::string exportFolder)
    : settings_(settings), session_(std::move(session)), hooks_(std::move(hooks)), exportFolder_(std::move(exportFolder)) {
  if (exportFolder_.empty()) exportFolder_ = defaultSaveDir();
  buttons_.setButtons({{"save", {960, 918, 440, 112}, true}, {"home", {1440, 918, 440, 112}, true}});
  session_->forget();  // finished: nothing to resume
  sheet_ = buildSheetNow();
}

std::string EndScreen::resultText() const {
  const auto& s = session_->state();
  const auto r = rules::result(session_->pack(), s);
  const Language lang = settings_.language;
  if (s.config.mode == rules::Mode::Cooperative)
    return fill(tr(r.cooperativeWon ? "end.coop_won" : "end.coop_lost", lang), std::to_string(s.territoriesDiscovered.size()));
  if (s.config.solo) return fill(tr("end.solo", lang), std::to_string(r.bestScore));
  std::string names;
  for (std::size_t i = 0; i < r.winners.size(); ++i)
    names += (i == 0 ? "" : (i + 1 == r.winners.size() ? (lang == Language::French ? " et " : " and ") : ", ")) +
             s.config.players[static_cast<std::size_t>(r.winners[i])].name;
  return fill(tr("end.winner", lang), names);
}

Sheet EndScreen::buildSheetNow() const {
  const auto& s = session_->state();
  return buildSheet(session_->pack(), rules::myResources(session_->pack(), s), s.config.territory, settings_.language,
                    formatDate(todayDate(), settings_.language));
}

void EndScreen::handle(const engine::Action& action) {
  auto id = buttons_.handle(action);
  if (!id) return;
  if (*id == "save") exportRequested_ = true;  // drawing the page needs the renderer: done in draw()
  if (*id == "home" && hooks_.home) hooks_.home();
}

void EndScreen::draw(engine::Renderer& r) {
  if (exportRequested_) {
    exportRequested_ = false;
    std::string png, error;
    if (exportSheet(r, sheet_, settings_, exportFolder_, png, error)) {
      savedMessage_ = fill(tr("end.saved", settings_.language), png);
      engine::logInfo("sheet", "wrote " + png);
    } else {
      savedMessage_ = error;
      engine::logWarning("sheet", "cannot save the resource list: " + error);
    }
    // The page was drawn into its own texture: start this frame again.
    r.beginFrame(palette().background, palette().bars);
  }
  const Palette& p = palette();
  const auto& s = session_->state();
  auto heading = textStyle(settings_, TypeScale::heading, engine::FontWeight::Bold);
  r.drawText(tr("end.title", settings_.language), heading, {60, 40, 820, 90}, p.accent);
  auto big = textStyle(settings_, 44, engine::FontWeight::SemiBold);
  r.drawText(resultText(), big, {60, 140, 820, 240}, p.ink);
  auto row = textStyle(settings_, TypeScale::body, engine::FontWeight::SemiBold);
  row.valign = engine::VAlign::Middle;
  float y = 400;
  for (std::size_t i = 0; i < s.players.size() && i < 8; ++i) {
    const auto& cfg = s.config.players[i];
    drawToken(r, cfg.shape, cfg.colour, {100, y + 38}, 24);
    r.drawText(cfg.name + " — " + std::to_string(s.players[i].score) + " points", row, {150, y, 730, 76}, p.ink);
    y += 80;
  }

  // "Mes ressources", on a card to the right.
  engine::Rect card{940, 40, 940, 850};
  r.drawShadow(card, 28, 8, 20, p.shadow);
  r.fillRoundedRect(card, 28, p.surface);
  auto cardTitle = textStyle(settings_, 48, engine::FontWeight::Bold);
  r.drawText(tr("end.my_resources", settings_.language), cardTitle, {card.x + 40, card.y + 28, card.w - 80, 70}, p.primary);
  const Sheet& sh = sheet_;
  auto item = textStyle(settings_, TypeScale::small, engine::FontWeight::Regular);
  item.overflow = engine::Overflow::Shrink;
  // A list too long for one column at full size flows into two, before anything is shrunk or cut.
  const engine::Rect listArea{card.x + 40, card.y + 120, card.w - 80, card.h - 150};
  std::string whole;
  for (const auto& e : sh.entries) whole += (whole.empty() ? "" : "\n\n") + e.name + " — " + e.contact.front();
  const auto& oneColumn = r.layout(whole, item, listArea.w, listArea.h);
  const bool needsTwo = !oneColumn.fits || oneColumn.size < item.size;
  const std::size_t perColumn = needsTwo ? (sh.entries.size() + 1) / 2 : sh.entries.size();
  for (int column = 0; column < 2; ++column) {
    std::string list;
    const std::size_t from = column == 0 ? 0 : perColumn;
    const std::size_t to = column == 0 ? perColumn : sh.entries.size();
    for (std::size_t i = from; i < to; ++i)
      list += (list.empty() ? "" : "\n\n") + sh.entries[i].name + " — " + sh.entries[i].contact.front();
    if (column == 0 && list.empty()) list = tr("end.none", settings_.language);
    if (list.empty()) continue;
    const bool two = perColumn < sh.entries.size();
    const float w = two ? (listArea.w - 40) / 2 : listArea.w;
    r.drawText(list, item, {listArea.x + static_cast<float>(column) * (w + 40), listArea.y, w, listArea.h}, p.ink);
  }
  if (!savedMessage_.empty()) {
    auto note = textStyle(settings_, TypeScale::small, engine::FontWeight::Regular);
    note.frenchTypography = false;
    r.drawText(savedMessage_, note, {60, 918, 860, 112}, p.inkMuted);
  }
  drawButton(r, buttons_, 0, tr("end.save", settings_.language), settings_);
  drawButton(r, buttons_, 1, tr("end.home", settings_.language), settings_, ButtonKind::Secondary);
}

std::vector<std::string> EndScreen::spokenText() const {
  std::vector<std::string> out = {tr("end.title", settings_.language), resultText(), tr("end.my_resources", settings_.language)};
  for (const auto& e : sheet_.entries) out.push_back(e.name + ". " + e.what);
  return out;
}

std::vector<engine::Rect> EndScreen::touchTargets() const { return buttons_.rects(); }

}  // namespace game
