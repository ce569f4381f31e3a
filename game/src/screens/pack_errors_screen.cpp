#include "game/screens/pack_errors_screen.h"

#include "engine/renderer.h"
#include "game/ui/theme.h"

namespace game {

namespace {
constexpr std::size_t kShown = 5;
}

PackErrorsScreen::PackErrorsScreen(const Context& context, const content::Report& report, std::function<void()> quit)
    : settings_(context.settings), theme_(context.theme), packPath_(context.packPath), quit_(std::move(quit)) {
  // Errors first (they are what stops the game), each cause once or a few times.
  for (const auto& d : report.forReading()) {
    messages_.push_back(d.formatIn(settings_.language == Language::French));
    isError_.push_back(d.severity == content::Severity::Error);
  }
  std::vector<engine::Button> list = {{"up", {120, 940, 420, 112}, true}, {"down", {580, 940, 420, 112}, true}};
  if (quit_) list.push_back({"quit", {1380, 940, 420, 112}, true});  // a kiosk shows no way out
  buttons_.setButtons(std::move(list));
}

void PackErrorsScreen::handle(const engine::Action& action) {
  if (action.type == engine::ActionType::Back) {
    if (quit_) quit_();
    return;
  }
  auto id = buttons_.handle(action);
  if (!id) return;
  // A screenful at a time: the causes come first, the rest is a page away.
  if (*id == "up") first_ = first_ > kShown ? first_ - kShown : 0;
  if (*id == "down" && first_ + kShown < messages_.size()) first_ += kShown;
  if (*id == "quit" && quit_) quit_();
}

void PackErrorsScreen::draw(engine::Renderer& r) {
  const Palette& p = theme_.palette;
  const Language lang = settings_.language;
  auto heading = textStyle(settings_, TypeScale::heading, engine::FontWeight::Bold);
  r.drawText(tr("errors.title", lang), heading, {120, 40, 1680, 90}, p.accent);
  auto body = textStyle(settings_, TypeScale::small, engine::FontWeight::Regular);
  r.drawText(tr("errors.explain", lang) + " " + packPath_, body, {120, 140, 1680, 90}, p.ink);

  float y = 250;
  auto message = textStyle(settings_, TypeScale::small, engine::FontWeight::Regular);
  message.frenchTypography = false;  // messages quote file names and YAML as written
  message.overflow = engine::Overflow::Ellipsis;
  for (std::size_t i = first_; i < messages_.size() && i < first_ + kShown; ++i) {
    engine::Rect box{120, y, 1680, 104};
    r.fillRoundedRect(box, 16, p.surface);
    r.fillRect({box.x, box.y, 10, box.h}, isError_[i] ? p.accent : p.inkMuted);
    r.drawText(messages_[i], message, box.inset(28, 10), p.ink);
    y += 114;
  }
  if (messages_.size() > first_ + kShown)
    r.drawText(fill(tr("errors.more", lang), std::to_string(messages_.size() - first_ - kShown)), body,
               {120, y, 1680, 40}, p.inkMuted);

  const char* labels[] = {"errors.up", "errors.down", "title.quit"};
  for (std::size_t i = 0; i < buttons_.buttons().size(); ++i)
    drawButton(r, buttons_, i, tr(labels[i], lang), settings_, theme_, i == 2 ? ButtonKind::Primary : ButtonKind::Secondary);
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
