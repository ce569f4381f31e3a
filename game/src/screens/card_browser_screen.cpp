#include "game/screens/card_browser_screen.h"

#include "engine/renderer.h"
#include "game/ui/card_presenter.h"
#include "game/ui/theme.h"

namespace game {

CardBrowserScreen::CardBrowserScreen(Context& context)
    : ctx_(context), settings_(context.settings), theme_(context.theme), pack_(context.pack), cards_(allCards(*pack_)) {
  onStageChanged();
  buttons_.focus("next");
}

void CardBrowserScreen::onStageChanged() {
  // Previous, Back and Next under the card: at its two ends and in the middle.
  const engine::Rect area = cardRect(CardSlot::Browser, stage());
  const float y = area.bottom() + 50;
  std::vector<engine::Button> list = {{"previous", {area.x, y, 480, 112}, true},
                                      {"back", {area.center().x - 240, y, 480, 112}, true},
                                      {"next", {area.right() - 480, y, 480, 112}, true}};
  // « Écouter » in the card's header, as on a card in play.
  if (ctx_.speak) list.push_back({"listen", {area.right() - 300, area.y, 300, 96}, true});
  buttons_.setButtons(std::move(list));
}

const char* CardBrowserScreen::labelOf(const std::string& id) const {
  return id == "previous" ? "common.previous" : id == "back" ? "common.back" : id == "next" ? "common.next" : "card.listen";
}

CardContent CardBrowserScreen::current() const {
  if (index_ >= cards_.size()) return {};
  CardMoment moment;
  moment.card = cards_[index_];
  return presentCard(*pack_, moment, faceOf(CardSlot::Browser), settings_.language);
}

void CardBrowserScreen::step(int delta) {
  const std::size_t count = cards_.size();
  if (count == 0) return;
  index_ = delta > 0 ? (index_ + 1) % count : (index_ + count - 1) % count;
}

void CardBrowserScreen::handle(const engine::Action& action) {
  if (action.type == engine::ActionType::Back) {
    stack().pop();
    return;
  }
  auto id = buttons_.handle(action);
  if (!id) return;
  if (*id == "previous") step(-1);
  if (*id == "next") step(1);
  if (*id == "back") stack().pop();
  if (*id == "listen" && ctx_.speak) ctx_.speak(spokenText());
}

void CardBrowserScreen::draw(engine::Renderer& r) {
  const Language lang = settings_.language;
  const engine::Rect area = cardRect(CardSlot::Browser, stage());
  auto position = textStyle(settings_, TypeScale::small, engine::FontWeight::SemiBold, engine::Align::Right);
  position.valign = engine::VAlign::Middle;
  position.size = TypeScale::small;
  const float listenWidth = buttons_.buttons().size() > 3 ? 320 : 0;
  const std::string counter =
      fill(fill(tr("browser.position", lang), std::to_string(index_ + 1)), std::to_string(cards_.size()));
  if (!cards_.empty()) {
    CardContent card = current();
    // The header's right holds « Carte 3 sur 49 » and « Écouter »: the kind's name keeps clear of them.
    card.headerButtonsWidth = 56 + listenWidth + r.layout(counter, position, area.w).width;
    drawCard(r, card, settings_, theme_, nullptr, area);
  }
  r.drawText(counter, position, {area.x, area.y, area.w - 56 - listenWidth, 96}, theme_.palette.onPrimary);
  const auto& list = buttons_.buttons();
  // Previous, Back and Next share one text size.
  const float rowSize = rowTextSize(
      r, buttons_, settings_, [](const std::string& id) { return id != "listen"; },
      [&](const std::string& id) { return tr(labelOf(id), lang); });
  for (std::size_t i = 0; i < list.size(); ++i) {
    const ButtonKind kind = list[i].id == "listen" ? ButtonKind::OnHeader
                            : list[i].id == "back" ? ButtonKind::Secondary
                                                   : ButtonKind::Primary;
    drawButton(r, buttons_, i, tr(labelOf(list[i].id), lang), settings_, theme_, kind, 0,
               kind == ButtonKind::OnHeader ? 0 : rowSize);
  }
}

std::vector<std::string> CardBrowserScreen::spokenText() const { return spokenLines(current()); }

std::vector<engine::Scene::Target> CardBrowserScreen::labeledTargets() const {
  std::vector<Target> out;
  for (const auto& b : buttons_.buttons()) out.push_back({tr(labelOf(b.id), settings_.language), b.rect});
  return out;
}

}  // namespace game
