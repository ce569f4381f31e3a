#include "game/screens/kiosk_screens.h"

#include <cmath>

#include "engine/renderer.h"
#include "game/ui/theme.h"
#include "game/ui/tokens.h"

namespace game {

// ------------------------------------------------------------ attract

AttractScreen::AttractScreen(const Context& context, std::function<void()> start)
    : ctx_(context), start_(std::move(start)) {}

void AttractScreen::handle(const engine::Action& action) {
  // Any touch, click or key starts: nobody has to find a button.
  if (action.type == engine::ActionType::Release || action.type == engine::ActionType::Confirm) start_();
}

void AttractScreen::draw(engine::Renderer& r) {
  const Palette& p = ctx_.theme.palette;
  r.fillRect(r.stage(), p.surfaceSunken);
  // Eight tokens drift slowly round the middle: something moves, nothing hurries.
  // Their path stays clear of the words, and near the edges of a screen of any shape.
  const engine::Rect stage = r.stage();
  const engine::Vec2 c{stage.center().x, stage.center().y - 20};
  const double rx = stage.w / 2 - 100, ry = stage.h / 2 - 100;
  for (int i = 0; i < 8; ++i) {
    const double a = clock_ * 0.25 + i * 3.14159 / 4;
    const engine::Vec2 at{c.x + static_cast<float>(std::cos(a) * rx), c.y + static_cast<float>(std::sin(a) * ry)};
    drawToken(r, ctx_.theme, static_cast<rules::TokenShape>(i), i, at, 34);
  }
  Settings unscaled;
  auto title = textStyle(unscaled, TypeScale::title, engine::FontWeight::Bold, engine::Align::Center);
  title.valign = engine::VAlign::Middle;
  r.drawText("Dé-CLIC", title, {160, 300, 1600, 180}, p.primary);
  const float pulse = 0.5f + 0.5f * static_cast<float>(std::sin(clock_ * 1.6));
  const engine::Rect invite{360, 560, 1200, 150};
  r.fillRoundedRect(invite.inset(-6 * pulse), 40, p.primary);
  auto big = textStyle(unscaled, TypeScale::heading, engine::FontWeight::Bold, engine::Align::Center);
  big.valign = engine::VAlign::Middle;
  r.drawText(tr("attract.touch", Language::French), big, invite, p.onPrimary);
  Settings english;
  english.language = Language::English;
  auto small = textStyle(english, 44, engine::FontWeight::SemiBold, engine::Align::Center);
  r.drawText(tr("attract.touch", Language::English), small, {360, 740, 1200, 70}, p.ink);
  auto tagline = textStyle(unscaled, TypeScale::body, engine::FontWeight::Regular, engine::Align::Center);
  r.drawText(tr("title.tagline", Language::French), tagline, {160, stage.bottom() - 80, 1600, 60}, p.inkMuted);
}

std::vector<std::string> AttractScreen::spokenText() const {
  return {tr("attract.touch", Language::French), tr("attract.touch", Language::English)};
}

std::vector<engine::Scene::Target> AttractScreen::labeledTargets() const {
  return {{tr("attract.touch", ctx_.settings.language), stage()}};  // the whole screen, whatever its shape
}

// ------------------------------------------------------------ idle warning

namespace {
constexpr engine::Rect kWarningPanel{360, 180, 1200, 720};
}

IdleWarningScreen::IdleWarningScreen(const Context& context, std::function<double()> secondsLeft,
                                     std::function<void()> resume)
    : ctx_(context), secondsLeft_(std::move(secondsLeft)), resume_(std::move(resume)) {
  buttons_.setButtons({{"continue", {kWarningPanel.x + 200, kWarningPanel.bottom() - 240, 800, 180}, true}});
  buttons_.focus("continue");
}

void IdleWarningScreen::handle(const engine::Action& action) {
  // Any touch on this screen means someone is there.
  if (action.type == engine::ActionType::Release || action.type == engine::ActionType::Confirm ||
      action.type == engine::ActionType::Back)
    resume_();
  buttons_.handle(action);
}

void IdleWarningScreen::draw(engine::Renderer& r) {
  const Palette& p = ctx_.theme.palette;
  const Language lang = ctx_.settings.language;
  r.fillRect(r.stage(), ctx_.theme.scrim);
  r.drawShadow(kWarningPanel, 32, 10, 24, p.shadow);
  r.fillRoundedRect(kWarningPanel, 32, p.background);
  auto heading = textStyle(ctx_.settings, TypeScale::heading, engine::FontWeight::Bold, engine::Align::Center);
  heading.valign = engine::VAlign::Middle;
  r.drawText(tr("idle.title", lang), heading, {kWarningPanel.x, kWarningPanel.y + 40, kWarningPanel.w, 110}, p.ink);
  const int left = static_cast<int>(std::ceil(std::max(0.0, secondsLeft_())));
  auto count = textStyle(ctx_.settings, 120, engine::FontWeight::Bold, engine::Align::Center);
  count.size = 120;
  count.valign = engine::VAlign::Middle;
  r.drawText(std::to_string(left), count, {kWarningPanel.x, kWarningPanel.y + 160, kWarningPanel.w, 160}, p.accent);
  auto body = textStyle(ctx_.settings, TypeScale::body, engine::FontWeight::Regular, engine::Align::Center);
  r.drawText(fill(tr("idle.explain", lang), std::to_string(left)), body,
             {kWarningPanel.x + 60, kWarningPanel.y + 330, kWarningPanel.w - 120, 120}, p.ink);
  drawButton(r, buttons_, 0, tr("idle.continue", lang), ctx_.settings, ctx_.theme);
}

std::vector<std::string> IdleWarningScreen::spokenText() const {
  return {tr("idle.title", ctx_.settings.language), tr("idle.continue", ctx_.settings.language)};
}

std::vector<engine::Scene::Target> IdleWarningScreen::labeledTargets() const {
  return {{tr("idle.continue", ctx_.settings.language), buttons_.buttons()[0].rect}};
}

// ------------------------------------------------------------ unlock

UnlockScreen::UnlockScreen(const Context& context, Actions actions) : ctx_(context), actions_(std::move(actions)) {
  message_ = tr("unlock.enter_pin", ctx_.settings.language);
  layout();
}

void UnlockScreen::layout() {
  std::vector<engine::Button> list;
  if (!unlocked_) {
    // A phone-style pad: 1 2 3 / 4 5 6 / 7 8 9 / Effacer 0 OK, and Annuler.
    const float w = 200, h = 130, gap = 20, left = 960 - (3 * w + 2 * gap) / 2, top = 300;
    const char* keys[] = {"1", "2", "3", "4", "5", "6", "7", "8", "9", "erase", "0", "ok"};
    for (int i = 0; i < 12; ++i)
      list.push_back({keys[i], {left + static_cast<float>(i % 3) * (w + gap), top + static_cast<float>(i / 3) * (h + gap), w, h},
                      true, true});
    list.push_back({"cancel", {left, top + 4 * (h + gap), 3 * w + 2 * gap, 110}, true});
  } else {
    const char* ids[] = {"close", "reload", "exit"};
    for (int i = 0; i < 3; ++i) list.push_back({ids[i], {560, 360 + static_cast<float>(i) * 150, 800, 120}, true});
  }
  buttons_.setButtons(std::move(list));
  buttons_.setGuardSameButtonOnly(true);  // a PIN is typed quickly on different keys
}

std::string UnlockScreen::label(const std::string& id) const {
  if (id.size() == 1) return id;
  return tr("unlock." + id, ctx_.settings.language);
}

void UnlockScreen::handle(const engine::Action& action) {
  auto id = buttons_.handle(action);
  if (!id) return;
  const Language lang = ctx_.settings.language;
  if (*id == "cancel" || *id == "close") {
    stack().pop();
  } else if (*id == "erase") {
    if (!pin_.empty()) pin_.pop_back();
  } else if (*id == "ok") {
    if (actions_.check && actions_.check(pin_)) {
      unlocked_ = true;
      message_ = actions_.status ? actions_.status() : "";
      layout();
    } else {
      message_ = tr("unlock.wrong", lang);
      if (++wrongTries_ >= 3) {
        stack().pop();  // back to the game; guessing a PIN stays slow
        return;
      }
    }
    pin_.clear();
  } else if (*id == "reload") {
    if (actions_.reload) actions_.reload();
  } else if (*id == "exit") {
    if (actions_.exit) actions_.exit();
  } else if (id->size() == 1 && pin_.size() < 12) {
    pin_ += *id;
  }
}

void UnlockScreen::draw(engine::Renderer& r) {
  const Palette& p = ctx_.theme.palette;
  r.fillRect(r.stage(), p.background);
  auto heading = textStyle(ctx_.settings, TypeScale::heading, engine::FontWeight::Bold, engine::Align::Center);
  r.drawText(tr(unlocked_ ? "unlock.menu" : "unlock.title", ctx_.settings.language), heading, {160, 40, 1600, 90}, p.ink);
  auto body = textStyle(ctx_.settings, TypeScale::body, engine::FontWeight::Regular, engine::Align::Center);
  body.frenchTypography = false;
  std::string shown = message_;
  if (!unlocked_) {
    shown += "\n";
    for (std::size_t i = 0; i < pin_.size(); ++i) shown += "● ";
  }
  r.drawText(shown, body, {160, 140, 1600, 150}, p.inkMuted);
  for (std::size_t i = 0; i < buttons_.buttons().size(); ++i) {
    const auto& id = buttons_.buttons()[i].id;
    drawButton(r, buttons_, i, label(id), ctx_.settings, ctx_.theme,
               id == "ok" || id == "close" ? ButtonKind::Primary : ButtonKind::Secondary);
  }
}

std::vector<engine::Scene::Target> UnlockScreen::labeledTargets() const {
  std::vector<Target> out;
  for (const auto& b : buttons_.buttons()) out.push_back({label(b.id), b.rect});
  return out;
}

}  // namespace game
