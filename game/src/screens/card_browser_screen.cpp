#include "game/screens/card_browser_screen.h"

#include "engine/renderer.h"
#include "game/ui/card_text.h"
#include "game/ui/theme.h"

namespace game {

namespace {
constexpr engine::Rect kCardArea{120, 40, 1680, 860};
}

CardBrowserScreen::CardBrowserScreen(const Settings& settings, const content::Pack& pack)
    : settings_(settings), pack_(pack) {
  buttons_.setButtons({{"previous", {120, 940, 480, 112}, true},
                       {"back", {720, 940, 480, 112}, true},
                       {"next", {1320, 940, 480, 112}, true}});
  buttons_.focus("next");
}

CardContent CardBrowserScreen::current() const {
  std::size_t i = index_;
  const Language lang = settings_.language;
  if (i < pack_.resources.size()) return resourceCard(pack_, pack_.resources[i], lang);
  i -= pack_.resources.size();
  if (i < pack_.rights.size()) return rightCard(pack_.rights[i], lang, true);
  i -= pack_.rights.size();
  if (i < pack_.scenarios.size()) return scenarioCard(pack_.scenarios[i], lang);
  i -= pack_.scenarios.size();
  if (i < pack_.events.size()) return eventCard(pack_.events[i], lang);
  return {};
}

void CardBrowserScreen::step(int delta) {
  const std::size_t count = pack_.cardCount();
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
  if (pack_.cardCount() > 0) drawCard(r, current(), settings_, nullptr, kCardArea);
  auto position = textStyle(settings_, TypeScale::small, engine::FontWeight::SemiBold, engine::Align::Right);
  position.valign = engine::VAlign::Middle;
  position.size = TypeScale::small;
  r.drawText(fill(fill(tr("browser.position", lang), std::to_string(index_ + 1)), std::to_string(pack_.cardCount())),
             position, {kCardArea.x, kCardArea.y, kCardArea.w - 56, 96}, palette().onPrimary);
  const char* labels[] = {"common.previous", "common.back", "common.next"};
  for (std::size_t i = 0; i < 3; ++i)
    drawButton(r, buttons_, i, tr(labels[i], lang), settings_, i == 1 ? ButtonKind::Secondary : ButtonKind::Primary);
}

std::vector<std::string> CardBrowserScreen::spokenText() const {
  CardContent c = current();
  std::vector<std::string> out = {c.kindLabel, c.title, c.body};
  out.insert(out.end(), c.answers.begin(), c.answers.end());
  return out;
}

std::vector<engine::Rect> CardBrowserScreen::touchTargets() const { return buttons_.rects(); }

}  // namespace game
