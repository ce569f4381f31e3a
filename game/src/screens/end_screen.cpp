#include "game/screens/end_screen.h"

#include <algorithm>

#include <unistd.h>

#include <ctime>
#include <filesystem>

#include "engine/log.h"
#include "engine/renderer.h"
#include "game/app/printing.h"
#include "game/rules/rules.h"
#include "game/ui/card_text.h"
#include "game/ui/podium.h"
#include "game/ui/qr_code.h"
#include "game/ui/sheet_pdf.h"
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

EndScreen::EndScreen(Context& context, std::shared_ptr<GameSession> session, ScreenHooks hooks)
    : ctx_(context), settings_(context.settings), theme_(context.theme), session_(std::move(session)),
      hooks_(std::move(hooks)) {
  session_->forget();  // finished: nothing to resume
  if (ctx_.cue) ctx_.cue(Cue::End);
  sheet_ = buildSheetNow();
  entries_ = sheetLines(sheet_);
  qr_ = encodeQr(sheetQrText(sheet_));
  setButtons();
}

namespace {
constexpr float kColumnGap = 40;
// The results keep to the left column; "Mes ressources" takes the rest of the screen.
struct EndLayout {
  engine::Rect listCard, list, pagedList, pageButton, listenButton;
  float buttonsY;
};
EndLayout endLayout(const engine::Rect& stage) {
  EndLayout l;
  l.listCard = {stage.x + 940, stage.y + 40, stage.w - 980, stage.h - 230};
  l.list = {l.listCard.x + 40, l.listCard.y + 120, l.listCard.w - 80, l.listCard.h - 150};
  // With pages, the list leaves room at the card's foot for the page button.
  l.pagedList = {l.list.x, l.list.y, l.list.w, l.list.h - 130};
  l.pageButton = {l.listCard.right() - 40 - 520, l.listCard.bottom() - 30 - 96, 520, 96};
  l.listenButton = {l.listCard.right() - 40 - 300, l.listCard.y + 14, 300, 96};
  l.buttonsY = stage.bottom() - 162;
  return l;
}
}  // namespace

void EndScreen::onStageChanged() {
  pagesSize_ = -1;  // the list flows again into its new room
  setButtons();
}

void EndScreen::setButtons() {
  // A kiosk writes nothing on its disk: the list leaves on the player's phone.
  const EndLayout l = endLayout(stage());
  // Under the list, at its two ends; wider where the list is (longer labels stay large at 200 %).
  const float w = std::min(700.f, (l.listCard.w - 60) / 2);
  std::vector<engine::Button> list{{"home", {l.listCard.right() - w, l.buttonsY, w, 112}, true}};
  const engine::Rect first{l.listCard.x + 20, l.buttonsY, w, 112};
  if (!ctx_.kiosk) list.insert(list.begin(), {"save", first, true});
  else if (!ctx_.printer.empty()) list.insert(list.begin(), {"print", first, true});
  if (pages_.size() > 1) list.insert(list.begin(), {"page", l.pageButton, true});
  // Last, so the keyboard's first stop stays the list's main action.
  if (ctx_.speak) list.push_back({"listen", l.listenButton, true});
  buttons_.setButtons(std::move(list));
}

// Flowed once per text size: the list itself no longer changes.
void EndScreen::flowList(engine::Renderer& r, const engine::TextStyle& item) {
  if (pagesSize_ == item.size) return;
  pagesSize_ = item.size;
  const std::size_t before = pages_.size();
  const EndLayout l = endLayout(stage());
  pages_ = engine::flowIntoColumns(r.fonts(), entries_, item, l.list.w, l.list.h, kColumnGap);
  if (pages_.size() > 1) pages_ = engine::flowIntoColumns(r.fonts(), entries_, item, l.pagedList.w, l.pagedList.h, kColumnGap);
  page_ = 0;
  if ((before > 1) != (pages_.size() > 1)) setButtons();
}

std::string EndScreen::resultText() const {
  const auto& s = session_->state();
  const auto r = rules::result(session_->pack(), s);
  const Language lang = settings_.language;
  if (s.config.mode == rules::Mode::Cooperative)
    return fill(tr(r.cooperativeWon ? "end.coop_won" : "end.coop_lost", lang), std::to_string(s.territoriesDiscovered.size()));
  if (s.config.solo) return fill(tr("end.solo", lang), std::to_string(r.bestScore));
  // Nobody scored, or everybody tied: no one to single out.
  if (r.bestScore <= 0) return tr("end.thanks", lang);
  if (r.winners.size() == s.players.size() && r.winners.size() > 1) return tr("end.all_tied", lang);
  std::string names;
  for (std::size_t i = 0; i < r.winners.size(); ++i)
    names += (i == 0 ? "" : (i + 1 == r.winners.size() ? (lang == Language::French ? " et " : " and ") : ", ")) +
             playerName(s.config.players[static_cast<std::size_t>(r.winners[i])].name,
                        static_cast<std::size_t>(r.winners[i]), s.config.solo, settings_.language);
  return fill(tr("end.winner", lang), names);
}

Sheet EndScreen::buildSheetNow() const {
  const auto& s = session_->state();
  // Alone: the player's own MRC; in a group, the group's.
  const int player = s.config.solo ? 0 : -1;
  return buildSheet(session_->pack(), rules::takeHome(session_->pack(), s, player),
                    player >= 0 ? rules::playerTerritory(s, 0) : s.config.territory, settings_.language,
                    formatDate(todayDate(), settings_.language));
}

void EndScreen::handle(const engine::Action& action) {
  auto id = buttons_.handle(action);
  if (!id) return;
  if (*id == "listen") ctx_.speak(spokenText());
  if (*id == "page" && !pages_.empty()) page_ = (page_ + 1) % pages_.size();
  if (*id == "save") exportList();
  if (*id == "print") printList();
  if (*id == "home" && hooks_.home) hooks_.home();
}

void EndScreen::exportList() {
  std::string pdf, error;
  // The player reads that it worked, never a file path: the log has it.
  if (ctx_.renderer && saveSheet(sheet_, fontFiles(), ctx_.saves.sheetFolder(), pdf, error)) {
    savedMessage_ = tr("end.saved", settings_.language);
    engine::logInfo("sheet", "wrote " + pdf);
  } else {
    savedMessage_ = tr("end.not_saved", settings_.language);
    engine::logWarning("sheet", "cannot save the resource list: " + (error.empty() ? "no renderer" : error));
  }
}

// The kiosk's paper copy: a PDF in a private temporary folder, sent to the
// printer, then deleted: nothing of the player stays on the kiosk's disk.
void EndScreen::printList() {
  std::string error, pdf;
  std::error_code ec;
  const std::filesystem::path folder = std::filesystem::temp_directory_path(ec) / ("declic-print-" + std::to_string(::getpid()));
  bool ok = ctx_.renderer && saveSheet(sheet_, fontFiles(), folder.string(), pdf, error) &&
            printPdf(ctx_.printer, sheet_.title, pdf, error);
  std::filesystem::remove_all(folder, ec);
  savedMessage_ = tr(ok ? "end.printing" : "end.not_printed", settings_.language);
  if (!ok) engine::logWarning("sheet", "cannot print the resource list: " + error);
}

FontFiles EndScreen::fontFiles() const {
  FontFiles fonts;
  if (ctx_.renderer)
    for (int w = 0; w < engine::kFontWeightCount; ++w)
      fonts[static_cast<std::size_t>(w)] = ctx_.renderer->fonts().resolvedPath(static_cast<engine::FontWeight>(w));
  return fonts;
}

void EndScreen::draw(engine::Renderer& r) {
  const Palette& p = theme_.palette;
  const auto& s = session_->state();
  const EndLayout l = endLayout(stage());
  const float left = stage().x + 60, top = stage().y;
  auto heading = textStyle(settings_, TypeScale::heading, engine::FontWeight::Bold);
  r.drawText(tr("end.title", settings_.language), heading, {left, top + 40, 820, 90}, p.accent);
  auto big = textStyle(settings_, 44, engine::FontWeight::SemiBold);
  const std::vector<rules::Placing> placings = rules::ranking(s);
  // A podium when a group played against each other and someone scored; otherwise a list.
  const bool podium = !s.config.solo && s.config.mode == rules::Mode::Competitive && placings.size() > 1 &&
                      placings.front().score > 0;
  // With a podium, the words keep to two lines at most, so the podium and the QR code below both fit.
  if (podium) big.overflow = engine::Overflow::Shrink;
  const engine::TextLayout& said = r.drawText(resultText(), big, {left, top + 140, 820, podium ? 120.f : 240.f}, p.ink);
  float y = top + 400;
  if (podium) {
    std::vector<PodiumPlayer> players;
    for (const auto& placing : placings) {
      const auto i = static_cast<std::size_t>(placing.player);
      const auto& cfg = s.config.players[i];
      players.push_back({placing.rank, playerName(cfg.name, i, false, settings_.language),
                         pointsText(placing.score, settings_.language, false), cfg.shape, cfg.colour});
    }
    // Just under the words: the podium and the QR code both fit at every text size.
    const engine::Rect area{left, top + 140 + std::min(120.f, said.height) + 24, 820, podiumHeight(players, settings_)};
    drawPodium(r, theme_, settings_, players, area, tr("end.then", settings_.language));
    y = area.bottom();
  } else {
    auto row = textStyle(settings_, TypeScale::body, engine::FontWeight::SemiBold);
    row.valign = engine::VAlign::Middle;
    // Ranked, the highest score first; ties keep the order of play.
    for (std::size_t k = 0; k < placings.size() && k < 8; ++k) {
      const auto i = static_cast<std::size_t>(placings[k].player);
      const auto& cfg = s.config.players[i];
      drawToken(r, theme_, cfg.shape, cfg.colour, {left + 40, y + 38}, 24);
      r.drawText(playerName(cfg.name, i, s.config.solo, settings_.language) + " — " +
                     pointsText(s.players[i].score, settings_.language, false),
                 row, {left + 90, y, 730, 76}, p.ink);
      y += 80;
    }
  }
  // The list on the player's phone: a QR code a camera reads as plain text.
  const float qrSide = std::min(420.f, stage().bottom() - 30 - (y + 20));
  if (qr_ && qrSide >= 260) {
    const engine::Rect qrBox{left, y + 20, qrSide, qrSide};
    drawQr(r, *qr_, qrBox, theme_);
    auto caption = textStyle(settings_, TypeScale::small, engine::FontWeight::SemiBold);
    r.drawText(tr("end.qr", settings_.language), caption, {qrBox.right() + 24, qrBox.y + 20, left + 820 - qrBox.right() - 24, qrSide - 40},
               p.ink);
  }

  // "Mes ressources", on a card to the right.
  const engine::Rect card = l.listCard;
  r.drawShadow(card, 28, 8, 20, p.shadow);
  r.fillRoundedRect(card, 28, p.surface);
  auto cardTitle = textStyle(settings_, 48, engine::FontWeight::Bold);
  r.drawText(tr("end.my_resources", settings_.language), cardTitle, {card.x + 40, card.y + 28, card.w - 80 - 320, 70}, p.primary);
  auto item = textStyle(settings_, TypeScale::small, engine::FontWeight::Regular);
  item.overflow = engine::Overflow::Shrink;
  if (entries_.empty()) {
    r.drawText(tr("end.none", settings_.language), item, l.list, p.ink);
  } else {
    flowList(r, item);
    const engine::ColumnPage& page = pages_[page_];
    const engine::Rect area = pages_.size() > 1 ? l.pagedList : l.list;
    r.drawText(engine::joinParagraphs(entries_, page.from, page.split), item,
               {area.x, area.y, page.columnWidth, area.h}, p.ink);
    if (page.twoColumns && page.split < page.to)
      r.drawText(engine::joinParagraphs(entries_, page.split, page.to), item,
                 {area.x + page.columnWidth + kColumnGap, area.y, page.columnWidth, area.h}, p.ink);
  }
  if (!savedMessage_.empty()) {
    auto note = textStyle(settings_, TypeScale::small, engine::FontWeight::Regular);
    note.frenchTypography = false;
    r.drawText(savedMessage_, note, {left, l.buttonsY, 860, 112}, p.inkMuted);
  }
  const auto& list = buttons_.buttons();
  auto labelOf = [&](const std::string& id) {
    return tr(id == "print" ? "end.print" : id == "save" ? "end.save" : "end.home", settings_.language);
  };
  // The row under the list (save or print, and home) shares one text size.
  const float rowSize = rowTextSize(
      r, buttons_, settings_, [](const std::string& id) { return id == "save" || id == "print" || id == "home"; },
      labelOf);
  for (std::size_t i = 0; i < list.size(); ++i) {
    const std::string& id = list[i].id;
    if (id == "page") {
      const std::string counter = " (" + std::to_string(page_ + 1) + "/" + std::to_string(pages_.size()) + ")";
      const bool last = page_ + 1 == pages_.size();
      drawButton(r, buttons_, i, tr(last ? "end.first_page" : "end.next_page", settings_.language) + counter, settings_,
                 theme_, ButtonKind::Secondary);
    } else if (id == "save" || id == "print") {
      drawButton(r, buttons_, i, labelOf(id), settings_, theme_, ButtonKind::Primary, 0, rowSize);
    } else if (id == "listen") {
      drawButton(r, buttons_, i, tr("card.listen", settings_.language), settings_, theme_, ButtonKind::Secondary);
    } else {
      drawButton(r, buttons_, i, labelOf(id), settings_, theme_, ButtonKind::Secondary, 0, rowSize);
    }
  }
}

std::vector<std::string> EndScreen::spokenText() const {
  std::vector<std::string> out = {tr("end.title", settings_.language), resultText(), tr("end.my_resources", settings_.language)};
  // Who, and how to reach them: a player who listens takes the number home too.
  for (const auto& e : sheet_.entries) out.push_back(e.name + ". " + (e.contact.empty() ? e.what : e.contact.front()));
  return out;
}

std::vector<engine::Scene::Target> EndScreen::labeledTargets() const {
  std::vector<Target> out;
  for (const auto& b : buttons_.buttons()) {
    const char* key = b.id == "save"     ? "end.save"
                      : b.id == "print"  ? "end.print"
                      : b.id == "home"   ? "end.home"
                      : b.id == "listen" ? "card.listen"
                                         : "end.next_page";
    out.push_back({tr(key, settings_.language), b.rect});
  }
  return out;
}

}  // namespace game
