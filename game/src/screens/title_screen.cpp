#include "game/screens/title_screen.h"

#include <algorithm>

#include "engine/renderer.h"
#include "game/ui/theme.h"

namespace game {

namespace {
constexpr float kMainWidth = 760;
constexpr float kMainHeight = 120;
constexpr float kGap = 26;
}  // namespace

TitleScreen::TitleScreen(Context& context, Callbacks callbacks)
    : settings_(context.settings), theme_(context.theme), pack_(context.pack), callbacks_(std::move(callbacks)) {
  if (!pack_->territory(settings_.territory) && !pack_->territories.empty()) settings_.territory = pack_->territories.front().id;
  layoutButtons();
}

void TitleScreen::layoutButtons() {
  std::vector<engine::Button> list;
  std::vector<const char*> main;
  if (callbacks_.resume) main.push_back("resume");
  if (callbacks_.group) main.push_back("group");  // a kiosk offers solo play only
  main.push_back("solo");
  // On a taller screen the header keeps to the top and the settings row to the
  // bottom; the main buttons stay in the middle (the stage is centred on the canvas).
  const float below = stage().bottom() - engine::kCanvasHeight;
  float y = callbacks_.resume ? 420 : 460;
  for (const char* id : main) {
    list.push_back({id, {(engine::kCanvasWidth - kMainWidth) / 2, y, kMainWidth, kMainHeight}, true});
    y += kMainHeight + kGap;
  }
  std::vector<const char*> bottom = {"browse", "territory", "language", "text_size", "contrast", "read_aloud"};
  if (callbacks_.quit) bottom.push_back("quit");  // never on a kiosk
  const float gap = 20, n = static_cast<float>(bottom.size());
  const float w = std::min(336.f, (1800 - (n - 1) * gap) / n);
  const float left = (engine::kCanvasWidth - (n * w + (n - 1) * gap)) / 2;
  for (std::size_t i = 0; i < bottom.size(); ++i)
    list.push_back({bottom[i], {left + static_cast<float>(i) * (w + gap), 880 + below, w, 104}, true,
                    std::string(bottom[i]) != "browse" && std::string(bottom[i]) != "quit"});
  const bool first = buttons_.buttons().empty();
  buttons_.setButtons(std::move(list));
  if (first) buttons_.focus(main.front());
}

std::string TitleScreen::label(const std::string& id) const {
  const Language lang = settings_.language;
  if (id == "text_size") return fill(tr("title.text_short", lang), std::to_string(static_cast<int>(settings_.textScale * 100 + 0.5f)));
  if (id == "read_aloud") return tr(settings_.readAloud ? "title.read_aloud_on" : "title.read_aloud_off", lang);
  if (id == "contrast") return tr(settings_.highContrast ? "title.contrast_on" : "title.contrast_off", lang);
  if (id == "territory") {
    const content::Territory* t = pack_->territory(settings_.territory);
    return fill(tr("title.territory", lang), t ? t->name.get(std::string(languageCode(lang))) : "");
  }
  return tr("title." + id, lang);
}

void TitleScreen::handle(const engine::Action& action) {
  if (action.type == engine::ActionType::Back) return;  // nothing behind the title
  auto activated = buttons_.handle(action);
  if (!activated) return;
  const std::string& id = *activated;
  if (id == "group" && callbacks_.group) callbacks_.group();
  else if (id == "solo" && callbacks_.solo) callbacks_.solo();
  else if (id == "resume" && callbacks_.resume) callbacks_.resume();
  else if (id == "browse" && callbacks_.browse) callbacks_.browse();
  else if (id == "quit" && callbacks_.quit) callbacks_.quit();
  else if (id == "language")
    settings_.language = settings_.language == Language::French ? Language::English : Language::French;
  else if (id == "read_aloud")
    settings_.readAloud = !settings_.readAloud;
  else if (id == "contrast")
    settings_.highContrast = !settings_.highContrast;
  else if (id == "text_size")
    settings_.textScale = settings_.textScale >= 1.99f ? 1.0f : settings_.textScale + 0.25f;
  else if (id == "territory" && !pack_->territories.empty()) {
    auto it = std::find_if(pack_->territories.begin(), pack_->territories.end(),
                           [&](const content::Territory& t) { return t.id == settings_.territory; });
    std::size_t next = it == pack_->territories.end() ? 0 : static_cast<std::size_t>(it - pack_->territories.begin()) + 1;
    settings_.territory = pack_->territories[next % pack_->territories.size()].id;
  }
}

void TitleScreen::update(double dt) { fadeIn_.update(dt); }

void TitleScreen::draw(engine::Renderer& r) {
  const Palette& p = theme_.palette;
  const float rise = (1 - fadeIn_.value()) * 40;
  // The header band and its rule reach the window's edges, whatever its shape.
  const engine::Rect stage = r.stage();
  const float top = stage.y;
  r.fillRect({stage.x, top, stage.w, 372}, p.surfaceSunken);
  r.fillRect({stage.x, top + 368, stage.w, 8}, p.primary);

  Settings unscaled = settings_;
  unscaled.textScale = 1;  // the name keeps its size; it is already huge
  auto titleStyle = textStyle(unscaled, TypeScale::title, engine::FontWeight::Bold, engine::Align::Center);
  r.drawText("Dé-CLIC", titleStyle, {160, top + 50 + rise, 1600, 180}, p.primary);
  auto tagline = textStyle(settings_, TypeScale::heading, engine::FontWeight::SemiBold, engine::Align::Center);
  r.drawText(tr("title.tagline", settings_.language), tagline, {160, top + 214 + rise, 1600, 96}, p.ink);
  auto packLine = textStyle(settings_, TypeScale::small, engine::FontWeight::Regular, engine::Align::Center);
  r.drawText(tr("title.pack", settings_.language) + pack_->info.name.get(std::string(languageCode(settings_.language))),
             packLine, {160, top + 312, 1600, 48}, p.inkMuted);

  // The bottom row shares one text size, so no label looks louder than its neighbours.
  const float rowSize = rowTextSize(
      r, buttons_, settings_, [](const std::string& id) { return id != "group" && id != "solo" && id != "resume"; },
      [this](const std::string& id) { return label(id); });
  for (std::size_t i = 0; i < buttons_.buttons().size(); ++i) {
    const auto& id = buttons_.buttons()[i].id;
    const bool main = id == "group" || id == "solo" || id == "resume";
    drawButton(r, buttons_, i, label(id), settings_, theme_, main ? ButtonKind::Primary : ButtonKind::Secondary, 0,
               main ? 0 : rowSize);
  }
  auto hint = textStyle(settings_, TypeScale::small, engine::FontWeight::Regular, engine::Align::Center);
  r.drawText(tr("title.hint", settings_.language), hint, {160, 1006 + stage.bottom() - engine::kCanvasHeight, 1600, 60}, p.inkMuted);
}

std::vector<std::string> TitleScreen::spokenText() const {
  std::vector<std::string> out = {"Dé-CLIC", tr("title.tagline", settings_.language)};
  for (const auto& b : buttons_.buttons()) out.push_back(label(b.id));
  return out;
}

std::vector<engine::Scene::Target> TitleScreen::labeledTargets() const {
  std::vector<Target> out;
  for (const auto& b : buttons_.buttons()) out.push_back({label(b.id), b.rect});
  return out;
}

}  // namespace game
