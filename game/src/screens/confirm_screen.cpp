#include "game/screens/confirm_screen.h"

#include "engine/renderer.h"
#include "game/ui/strings.h"
#include "game/ui/theme.h"

namespace game {
namespace {
constexpr engine::Rect kPanel{360, 300, 1200, 480};
}

ConfirmScreen::ConfirmScreen(const Context& context, std::string question, std::string yes, std::string no,
                             std::function<void()> onYes)
    : settings_(context.settings),
      theme_(context.theme),
      question_(std::move(question)),
      yes_(std::move(yes)),
      no_(std::move(no)),
      onYes_(std::move(onYes)) {
  buttons_.setButtons({{"no", {kPanel.x + 60, kPanel.bottom() - 170, 510, 120}, true},
                       {"yes", {kPanel.x + 630, kPanel.bottom() - 170, 510, 120}, true}});
  buttons_.focus("no");  // Enter on arrival keeps things as they were
}

void ConfirmScreen::handle(const engine::Action& action) {
  if (action.type == engine::ActionType::Back) {
    stack().pop();
    return;
  }
  auto id = buttons_.handle(action);
  if (!id) return;
  auto onYes = onYes_;
  stack().pop();
  if (*id == "yes" && onYes) onYes();
}

void ConfirmScreen::draw(engine::Renderer& r) {
  const Palette& p = theme_.palette;
  r.fillRect(r.stage(), theme_.scrim);
  r.drawShadow(kPanel, 32, 10, 24, p.shadow);
  r.fillRoundedRect(kPanel, 32, p.background);
  auto heading = textStyle(settings_, TypeScale::heading, engine::FontWeight::Bold, engine::Align::Center);
  heading.valign = engine::VAlign::Middle;
  r.drawText(tr(question_, settings_.language), heading, {kPanel.x + 60, kPanel.y + 40, kPanel.w - 120, 220}, p.ink);
  drawButton(r, buttons_, 0, tr(no_, settings_.language), settings_, theme_, ButtonKind::Primary);
  drawButton(r, buttons_, 1, tr(yes_, settings_.language), settings_, theme_, ButtonKind::Secondary);
}

std::vector<std::string> ConfirmScreen::spokenText() const {
  return {tr(question_, settings_.language), tr(no_, settings_.language), tr(yes_, settings_.language)};
}

std::vector<engine::Scene::Target> ConfirmScreen::labeledTargets() const {
  return {{tr(no_, settings_.language), buttons_.buttons()[0].rect}, {tr(yes_, settings_.language), buttons_.buttons()[1].rect}};
}

}  // namespace game
