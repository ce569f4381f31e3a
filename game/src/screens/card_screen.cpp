#include "game/screens/card_screen.h"

#include <algorithm>

#include "engine/renderer.h"
#include "engine/tween.h"
#include "game/rules/rules.h"
#include "game/screens/pause_screen.h"
#include "game/ui/card_presenter.h"
#include "game/ui/card_text.h"
#include "game/ui/theme.h"

namespace game {

CardScreen::CardScreen(Context& context, std::shared_ptr<GameSession> session, ScreenHooks hooks)
    : ctx_(context), settings_(context.settings), theme_(context.theme), session_(std::move(session)), hooks_(std::move(hooks)) {
  refreshButtons();
}

std::string_view CardScreen::name() const {
  return session_->state().phase == rules::Phase::Answering ? "card" : "reveal";
}

CardSlot CardScreen::slot() const {
  return session_->state().phase == rules::Phase::Answering ? CardSlot::Question : CardSlot::Reveal;
}

CardContent CardScreen::content() const {
  const auto& s = session_->state();
  if (!s.table) return {};
  return presentCard(session_->pack(), momentOf(s), faceOf(slot()), settings_.language);
}

void CardScreen::refreshButtons(bool startOver) {
  shownPhase_ = session_->state().phase;
  std::vector<engine::Button> list;
  const CardContent card = content();
  const engine::Rect area = cardRect(slot(), stage());
  if (shownPhase_ == rules::Phase::Answering) {
    const CardLayout l = layoutCard(card, settings_.textScale, area);
    for (std::size_t i = 0; i < l.answers.size(); ++i) list.push_back({"answer" + std::to_string(i), l.answers[i], true});
  } else {
    list.push_back({"continue", {area.right() - 560, area.bottom() + 20, 560, 120}, true});
  }
  // « Écouter » beside « Menu », in the header: the card read aloud on demand.
  if (ctx_.speak) list.push_back({"listen", {area.right() - 600, area.y, 300, 96}, true});
  list.push_back({"menu", {area.right() - 300, area.y, 300, 96}, true});
  if (startOver) buttons_.reset();  // a new phase starts with no answer focused
  buttons_.setButtons(std::move(list));
}

void CardScreen::handle(const engine::Action& action) {
  // A player who does not wait for the card to turn sees it at once; that tap answers nothing.
  if (arrival_ < kArrival && (action.type == engine::ActionType::Press || action.type == engine::ActionType::Confirm ||
                              action.type == engine::ActionType::Navigate)) {
    arrival_ = kArrival;
    return;
  }
  if (action.type == engine::ActionType::Back) {
    stack().push(std::make_unique<PauseScreen>(ctx_, session_, hooks_));
    return;
  }
  auto id = buttons_.handle(action);
  if (!id) return;
  if (*id == "listen") {
    ctx_.speak(spokenText());
  } else if (*id == "menu") {
    stack().push(std::make_unique<PauseScreen>(ctx_, session_, hooks_));
  } else if (*id == "continue") {
    session_->command({rules::Command::Kind::Continue, -1});
  } else if (id->starts_with("answer")) {
    session_->command({rules::Command::Kind::Answer, std::stoi(id->substr(6))});
    // A bright chime for a right answer, a gentle falling pair otherwise: never a buzzer.
    if (const auto& reveal = session_->state().reveal; reveal && ctx_.cue)
      ctx_.cue(reveal->correct ? Cue::Right : Cue::NotQuite);
  }
}

void CardScreen::update(double dt) {
  arrival_ = std::min(kArrival, arrival_ + dt);
  const auto phase = session_->state().phase;
  // Back to the board once the card is done (answered and read, skipped, or the game ended).
  if (phase == rules::Phase::Rolling || phase == rules::Phase::Over || !session_->state().table) {
    if (stack().top() == this) stack().pop();
    return;
  }
  if (phase != shownPhase_) refreshButtons();  // question -> reveal, or back after an undo
}

void CardScreen::draw(engine::Renderer& r) {
  CardContent card = content();
  card.headerButtonsWidth = ctx_.speak ? 600 : 300;  // the header buttons placed in refreshButtons
  if (arrival_ < kArrival) {
    drawArrival(r, card);
    return;
  }
  const bool answering = session_->state().phase == rules::Phase::Answering;
  drawCard(r, card, settings_, theme_, answering ? &buttons_ : nullptr, cardRect(slot(), stage()));
  const auto& list = buttons_.buttons();
  for (std::size_t i = 0; i < list.size(); ++i) {
    if (list[i].id == "continue") drawButton(r, buttons_, i, tr("card.continue", settings_.language), settings_, theme_);
    if (list[i].id == "menu") drawButton(r, buttons_, i, tr("board.menu", settings_.language), settings_, theme_, ButtonKind::OnHeader);
    if (list[i].id == "listen") drawButton(r, buttons_, i, tr("card.listen", settings_.language), settings_, theme_, ButtonKind::OnHeader);
  }
  if (!answering && session_->state().reveal && session_->state().reveal->points != 0) {
    auto points = textStyle(settings_, TypeScale::heading, engine::FontWeight::Bold);
    points.valign = engine::VAlign::Middle;
    const engine::Rect reveal = cardRect(CardSlot::Reveal, stage());
    r.drawText(pointsText(session_->state().reveal->points, settings_.language), points,
               {reveal.x + 20, reveal.bottom() + 20, 700, 120}, theme_.palette.primary);
  }
}

void CardScreen::drawArrival(engine::Renderer& r, const CardContent& card) {
  const engine::Rect full = layoutCard(card, settings_.textScale, cardRect(slot(), stage())).card;
  const engine::Vec2 c = full.center();
  if (arrival_ < kGrow) {  // the back comes forward from the deck's size
    const float k = 0.35f + 0.65f * engine::ease(engine::Ease::OutCubic, static_cast<float>(arrival_ / kGrow));
    drawCardBack(r, card, theme_, {c.x - full.w * k / 2, c.y - full.h * k / 2, full.w * k, full.h * k});
    return;
  }
  // Turning over: the back narrows to its edge, then the face opens out from the middle.
  const float u = engine::ease(engine::Ease::InOutCubic, static_cast<float>((arrival_ - kGrow) / kTurn));
  if (u < 0.5f) {
    const float w = full.w * (1 - 2 * u);
    drawCardBack(r, card, theme_, {c.x - w / 2, full.y, w, full.h});
    return;
  }
  const float w = full.w * (2 * u - 1);
  r.setClip(engine::Rect{c.x - w / 2, full.y - 40, w, full.h + 80});
  drawCard(r, card, settings_, theme_, nullptr, cardRect(slot(), stage()));
  r.setClip(std::nullopt);
}

std::vector<std::string> CardScreen::spokenText() const { return spokenLines(content()); }

std::vector<engine::Scene::Target> CardScreen::labeledTargets() const {
  const CardContent card = content();
  std::vector<Target> out;
  for (const auto& b : buttons_.buttons()) {
    std::string label = b.id;
    if (b.id.starts_with("answer")) {
      const std::size_t i = std::stoul(b.id.substr(6));
      label = i < card.answers.size() ? card.answers[i] : b.id;
    } else if (b.id == "continue") {
      label = tr("card.continue", settings_.language);
    } else if (b.id == "menu") {
      label = tr("board.menu", settings_.language);
    } else if (b.id == "listen") {
      label = tr("card.listen", settings_.language);
    }
    out.push_back({label, b.rect});
  }
  return out;
}

}  // namespace game
