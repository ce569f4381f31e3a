#include "game/screens/pause_screen.h"

#include "game/screens/confirm_screen.h"

#include <algorithm>

#include "engine/renderer.h"
#include "game/ui/theme.h"

namespace game {

namespace {
constexpr engine::Rect kPanel{460, 60, 1000, 960};
}

PauseScreen::PauseScreen(Context& context, std::shared_ptr<GameSession> session, ScreenHooks hooks)
    : ctx_(context), settings_(context.settings), theme_(context.theme), session_(std::move(session)), hooks_(std::move(hooks)) {
  layout();
}

void PauseScreen::layout() {
  const auto& s = session_->state();
  std::vector<std::string> ids = {"resume", "text_size", "contrast", "language"};  // « sound » goes with contrast
  if (!s.config.solo) {
    const bool hasAnswer = std::any_of(s.log.begin(), s.log.end(), [](const rules::Command& c) {
      return c.kind == rules::Command::Kind::Answer;
    });
    if (hasAnswer) ids.push_back("undo");
    if (s.phase == rules::Phase::Answering || s.phase == rules::Phase::Revealing) ids.push_back("skip");
  }
  ids.push_back("end");
  ids.push_back("home");
  std::vector<engine::Button> list;
  const float h = 96, gap = 8;  // 96 px: a finger's target, eight buttons in the panel
  float y = kPanel.y + 116;
  // Contrast and sounds get a row each when the panel has room (eight rows), else share one.
  const bool pairToggles = ids.size() + 1 > 8;  // ids + the sound row
  for (const auto& id : ids) {
    if (id == "contrast" && !pairToggles) {
      list.push_back({"contrast", {kPanel.x + 100, y, kPanel.w - 200, h}, true});
      y += h + gap;
      list.push_back({"sound", {kPanel.x + 100, y, kPanel.w - 200, h}, true});
    } else if (id == "contrast") {  // two short toggles side by side
      const float half = (kPanel.w - 200 - gap) / 2;
      list.push_back({"contrast", {kPanel.x + 100, y, half, h}, true});
      list.push_back({"sound", {kPanel.x + 100 + half + gap, y, half, h}, true});
    } else {
      list.push_back({id, {kPanel.x + 100, y, kPanel.w - 200, h}, true});
    }
    y += h + gap;
  }
  buttons_.setButtons(std::move(list));
}

std::string PauseScreen::label(const std::string& id) const {
  if (id == "text_size")
    return fill(tr("title.text_size", settings_.language), std::to_string(static_cast<int>(settings_.textScale * 100 + 0.5f)));
  if (id == "language") return tr("title.language", settings_.language);
  if (id == "contrast") return tr(settings_.highContrast ? "title.contrast_on" : "title.contrast_off", settings_.language);
  if (id == "sound") return tr(settings_.sound ? "pause.sound_on" : "pause.sound_off", settings_.language);
  return tr("pause." + id, settings_.language);
}

void PauseScreen::handle(const engine::Action& action) {
  if (action.type == engine::ActionType::Back) {
    stack().pop();
    return;
  }
  auto id = buttons_.handle(action);
  if (!id) return;
  if (*id == "resume") {
    stack().pop();
  } else if (*id == "text_size") {
    settings_.textScale = settings_.textScale >= 1.99f ? 1.0f : settings_.textScale + 0.25f;
  } else if (*id == "contrast") {
    settings_.highContrast = !settings_.highContrast;
  } else if (*id == "sound") {
    settings_.sound = !settings_.sound;
  } else if (*id == "language") {
    settings_.language = settings_.language == Language::French ? Language::English : Language::French;
  } else if (*id == "undo") {
    session_->undoLastAnswer();
    stack().pop();
  } else if (*id == "skip") {
    session_->command({rules::Command::Kind::Skip, -1});
    stack().pop();
  } else if (*id == "end") {
    // Ending early cannot be undone: ask first; the pause menu closes with it.
    auto session = session_;
    auto* stack = &this->stack();
    stack->push(std::make_unique<ConfirmScreen>(ctx_, "confirm.end", "confirm.end_yes", "confirm.end_no", [session, stack] {
      session->command({rules::Command::Kind::EndEarly, -1});
      stack->pop();
    }));
  } else if (*id == "home" && hooks_.home) {
    hooks_.home();  // the game stays saved: the title offers to resume it
  }
}

void PauseScreen::draw(engine::Renderer& r) {
  const Palette& p = theme_.palette;
  r.fillRect(r.stage(), theme_.scrim);
  r.drawShadow(kPanel, 32, 10, 24, p.shadow);
  r.fillRoundedRect(kPanel, 32, p.background);
  auto heading = textStyle(settings_, TypeScale::heading, engine::FontWeight::Bold, engine::Align::Center);
  heading.valign = engine::VAlign::Middle;
  r.drawText(tr("pause.title", settings_.language), heading, {kPanel.x, kPanel.y + 20, kPanel.w, 96}, p.ink);
  // The two toggles that share a row share one text size.
  const float pairSize = rowTextSize(
      r, buttons_, settings_, [](const std::string& id) { return id == "contrast" || id == "sound"; },
      [this](const std::string& id) { return label(id); });
  for (std::size_t i = 0; i < buttons_.buttons().size(); ++i) {
    const auto& id = buttons_.buttons()[i].id;
    const bool inPair = id == "contrast" || id == "sound";
    drawButton(r, buttons_, i, label(id), settings_, theme_, id == "resume" ? ButtonKind::Primary : ButtonKind::Secondary,
               0, inPair ? pairSize : 0);
  }
}

std::vector<std::string> PauseScreen::spokenText() const {
  std::vector<std::string> out = {tr("pause.title", settings_.language)};
  for (const auto& b : buttons_.buttons()) out.push_back(label(b.id));
  return out;
}

std::vector<engine::Scene::Target> PauseScreen::labeledTargets() const {
  std::vector<Target> out;
  for (const auto& b : buttons_.buttons()) out.push_back({label(b.id), b.rect});
  return out;
}

}  // namespace game
