#include "game/screens/card_browser_screen.h"

#include "engine/renderer.h"
#include "game/ui/card_presenter.h"
#include "game/ui/theme.h"

namespace game {

CardBrowserScreen::CardBrowserScreen(Context& context)
    : settings_(context.settings), theme_(context.theme), pack_(context.pack), cards_(allCards(*pack_)) {
  buttons_.setButtons({{"previous", {120, 940, 480, 112}, true},
                       {"back", {720, 940, 480, 112}, true},
                       {"next", {1320, 940, 480, 112}, true}});
  buttons_.focus("next");
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
}

void CardBrowserScreen::draw(engine::Renderer& r) {
  const Language lang = settings_.language;
  const engine::Rect area = cardRect(CardSlot::Browser);
  if (!cards_.empty()) drawCard(r, current(), settings_, theme_, nullptr, area);
  auto position = textStyle(settings_, TypeScale::small, engine::FontWeight::SemiBold, engine::Align::Right);
  position.valign = engine::VAlign::Middle;
  position.size = TypeScale::small;
  r.drawText(fill(fill(tr("browser.position", lang), std::to_string(index_ + 1)), std::to_string(cards_.size())),
             position, {area.x, area.y, area.w - 56, 96}, theme_.palette.onPrimary);
  const char* labels[] = {"common.previous", "common.back", "common.next"};
  for (std::size_t i = 0; i < 3; ++i)
    drawButton(r, buttons_, i, tr(labels[i], lang), settings_, theme_, i == 1 ? ButtonKind::Secondary : ButtonKind::Primary);
}

std::vector<std::string> CardBrowserScreen::spokenText() const { return spokenLines(current()); }

std::vector<engine::Scene::Target> CardBrowserScreen::labeledTargets() const {
  const char* labels[] = {"common.previous", "common.back", "common.next"};
  std::vector<Target> out;
  for (std::size_t i = 0; i < 3; ++i) out.push_back({tr(labels[i], settings_.language), buttons_.buttons()[i].rect});
  return out;
}

}  // namespace game
