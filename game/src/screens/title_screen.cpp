#include "game/screens/title_screen.h"

#include "engine/renderer.h"
#include "game/ui/theme.h"

namespace game {

namespace {
constexpr float kButtonWidth = 720;
constexpr float kButtonHeight = 112;
constexpr float kButtonGap = 28;
constexpr float kFirstButtonY = 500;
}  // namespace

TitleScreen::TitleScreen(Settings& settings, std::string packName, Callbacks callbacks)
    : settings_(settings), packName_(std::move(packName)), callbacks_(std::move(callbacks)) {
  layoutButtons();
}

void TitleScreen::layoutButtons() {
  std::vector<const char*> ids = {"language", "text_size", "quit"};
  if (callbacks_.browse) ids.insert(ids.begin(), "browse");
  std::vector<engine::Button> list;
  float y = kFirstButtonY - (ids.size() > 3 ? 70 : 0);
  for (const char* id : ids) {
    list.push_back({id, {(engine::kCanvasWidth - kButtonWidth) / 2, y, kButtonWidth, kButtonHeight}, true});
    y += kButtonHeight + kButtonGap;
  }
  buttons_.setButtons(std::move(list));
}

std::string TitleScreen::label(const std::string& id) const {
  if (id == "text_size") {
    std::string text = tr("title.text_size", settings_.language);
    text.replace(text.find("{}"), 2, std::to_string(static_cast<int>(settings_.textScale * 100 + 0.5f)));
    return text;
  }
  return tr("title." + id, settings_.language);
}

void TitleScreen::handle(const engine::Action& action) {
  if (action.type == engine::ActionType::Back) return;  // nothing behind the title
  auto activated = buttons_.handle(action);
  if (!activated) return;
  if (*activated == "browse") {
    callbacks_.browse();
  } else if (*activated == "language") {
    settings_.language = settings_.language == Language::French ? Language::English : Language::French;
  } else if (*activated == "text_size") {
    // 100 % -> 125 % -> 150 % -> 175 % -> 200 % -> 100 %
    settings_.textScale = settings_.textScale >= 1.99f ? 1.0f : settings_.textScale + 0.25f;
  } else if (*activated == "quit" && callbacks_.quit) {
    callbacks_.quit();
  }
}

void TitleScreen::update(double dt) { fadeIn_.update(dt); }

void TitleScreen::draw(engine::Renderer& r) {
  const Palette& p = palette();
  const float t = fadeIn_.value();
  const float rise = (1 - t) * 40;

  // A band of colour behind the title, echoing the board's paths.
  r.fillRect({0, 0, engine::kCanvasWidth, 384}, p.surfaceSunken);
  r.fillRect({0, 380, engine::kCanvasWidth, 8}, p.primary);

  Settings unscaled = settings_;
  unscaled.textScale = 1;  // the name keeps its size; it is already huge
  auto titleStyle = textStyle(unscaled, TypeScale::title, engine::FontWeight::Bold, engine::Align::Center);
  r.drawText("Dé-CLIC", titleStyle, {160, 60 + rise, 1600, 180}, p.primary);
  auto tagline = textStyle(settings_, TypeScale::heading, engine::FontWeight::SemiBold, engine::Align::Center);
  r.drawText(tr("title.tagline", settings_.language), tagline, {160, 224 + rise, 1600, 96}, p.ink);

  for (std::size_t i = 0; i < buttons_.buttons().size(); ++i) {
    const auto& id = buttons_.buttons()[i].id;
    drawButton(r, buttons_, i, label(id), settings_,
               id == "quit" ? ButtonKind::Secondary : ButtonKind::Primary);
  }

  if (!packName_.empty()) {
    auto pack = textStyle(settings_, TypeScale::small, engine::FontWeight::Regular, engine::Align::Center);
    r.drawText(tr("title.pack", settings_.language) + packName_, pack, {160, 322, 1600, 48}, p.inkMuted);
  }
  auto hint = textStyle(settings_, TypeScale::small, engine::FontWeight::Regular, engine::Align::Center);
  r.drawText(tr("title.hint", settings_.language), hint, {160, 994, 1600, 60}, p.inkMuted);
}

std::vector<std::string> TitleScreen::spokenText() const {
  std::vector<std::string> out = {"Dé-CLIC", tr("title.tagline", settings_.language)};
  if (!packName_.empty()) out.push_back(tr("title.pack", settings_.language) + packName_);
  for (const auto& b : buttons_.buttons()) out.push_back(label(b.id));
  return out;
}

}  // namespace game
