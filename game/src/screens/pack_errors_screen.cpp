#include "game/screens/pack_errors_screen.h"

#include <algorithm>

#include "engine/renderer.h"
#include "game/ui/theme.h"

namespace game {

namespace {
constexpr std::size_t kShown = 5;  // on a 16:9 screen; a taller one shows more
constexpr float kRowStep = 114;
}

PackErrorsScreen::PackErrorsScreen(const Context& context, const content::Report& report, std::function<void()> quit)
    : settings_(context.settings), theme_(context.theme), packPath_(context.packPath), quit_(std::move(quit)) {
  // Errors first (they are what stops the game), each cause once or a few times.
  for (const auto& d : report.forReading()) {
    messages_.push_back(d.formatIn(settings_.language == Language::French));
    isError_.push_back(d.severity == content::Severity::Error);
  }
  onStageChanged();
}

void PackErrorsScreen::onStageChanged() {
  const engine::Rect& s = stage();
  const float y = s.bottom() - 140;
  std::vector<engine::Button> list = {{"up", {s.x + 120, y, 420, 112}, true}, {"down", {s.x + 580, y, 420, 112}, true}};
  if (quit_) list.push_back({"quit", {s.right() - 540, y, 420, 112}, true});  // a kiosk shows no way out
  buttons_.setButtons(std::move(list));
}

std::size_t PackErrorsScreen::shown() const {
  return kShown + static_cast<std::size_t>(std::max(0.f, stage().h - engine::kCanvasHeight) / kRowStep);
}

void PackErrorsScreen::handle(const engine::Action& action) {
  if (action.type == engine::ActionType::Back) {
    if (quit_) quit_();
    return;
  }
  auto id = buttons_.handle(action);
  if (!id) return;
  // A screenful at a time: the causes come first, the rest is a page away.
  if (*id == "up") first_ = first_ > shown() ? first_ - shown() : 0;
  if (*id == "down" && first_ + shown() < messages_.size()) first_ += shown();
  if (*id == "quit" && quit_) quit_();
}

void PackErrorsScreen::draw(engine::Renderer& r) {
  const Palette& p = theme_.palette;
  const Language lang = settings_.language;
  auto heading = textStyle(settings_, TypeScale::heading, engine::FontWeight::Bold);
  const engine::Rect& s = stage();
  const float left = s.x + 120, width = s.w - 240;
  r.drawText(tr("errors.title", lang), heading, {left, s.y + 40, width, 90}, p.accent);
  auto body = textStyle(settings_, TypeScale::small, engine::FontWeight::Regular);
  r.drawText(tr("errors.explain", lang) + " " + packPath_, body, {left, s.y + 140, width, 90}, p.ink);

  float y = s.y + 250;
  auto message = textStyle(settings_, TypeScale::small, engine::FontWeight::Regular);
  message.frenchTypography = false;  // messages quote file names and YAML as written
  message.overflow = engine::Overflow::Ellipsis;
  for (std::size_t i = first_; i < messages_.size() && i < first_ + shown(); ++i) {
    engine::Rect box{left, y, width, 104};
    r.fillRoundedRect(box, 16, p.surface);
    r.fillRect({box.x, box.y, 10, box.h}, isError_[i] ? p.accent : p.inkMuted);
    r.drawText(messages_[i], message, box.inset(28, 10), p.ink);
    y += kRowStep;
  }
  if (messages_.size() > first_ + shown())
    r.drawText(fill(tr("errors.more", lang), std::to_string(messages_.size() - first_ - shown())), body,
               {left, y, width, 40}, p.inkMuted);

  const char* labels[] = {"errors.up", "errors.down", "title.quit"};
  auto labelOf = [&](const std::string& id) { return tr(id == "up" ? labels[0] : id == "down" ? labels[1] : labels[2], lang); };
  // The row of buttons shares one text size.
  const float rowSize = rowTextSize(r, buttons_, settings_, [](const std::string&) { return true; }, labelOf);
  for (std::size_t i = 0; i < buttons_.buttons().size(); ++i)
    drawButton(r, buttons_, i, labelOf(buttons_.buttons()[i].id), settings_, theme_,
               i == 2 ? ButtonKind::Primary : ButtonKind::Secondary, 0, rowSize);
}

std::vector<std::string> PackErrorsScreen::spokenText() const {
  std::vector<std::string> out = {tr("errors.title", settings_.language), tr("errors.explain", settings_.language)};
  out.insert(out.end(), messages_.begin(), messages_.end());
  return out;
}

std::vector<engine::Scene::Target> PackErrorsScreen::labeledTargets() const {
  const char* labels[] = {"errors.up", "errors.down", "title.quit"};
  std::vector<Target> out;
  for (std::size_t i = 0; i < buttons_.buttons().size(); ++i)
    out.push_back({tr(labels[i], settings_.language), buttons_.buttons()[i].rect});
  return out;
}

}  // namespace game
