#include "game/screens/card_screen.h"

#include "engine/renderer.h"
#include "game/rules/rules.h"
#include "game/screens/pause_screen.h"
#include "game/ui/card_text.h"
#include "game/ui/theme.h"

namespace game {

namespace {
constexpr engine::Rect kCardArea{120, 40, 1680, 1000};
constexpr engine::Rect kRevealArea{120, 40, 1680, 840};  // leaves room below for Continue
}

CardScreen::CardScreen(Settings& settings, std::shared_ptr<GameSession> session, ScreenHooks hooks)
    : settings_(settings), session_(std::move(session)), hooks_(std::move(hooks)) {
  refreshButtons();
}

std::string_view CardScreen::name() const {
  return session_->state().phase == rules::Phase::Answering ? "card" : "reveal";
}

CardContent CardScreen::content() const {
  const auto& s = session_->state();
  const auto& pack = session_->pack();
  const Language lang = settings_.language;
  const std::string l(languageCode(lang));
  if (!s.table) return {};
  const rules::TableCard& t = *s.table;
  const bool reveal = s.phase == rules::Phase::Revealing;
  CardContent card;
  switch (t.card.kind) {
    case content::CardKind::Resource: {
      const content::Resource& res = pack.resources[t.card.index];
      if (!reveal) {
        card.kindLabel = tr("kind.resource", lang);
        card.title = tr("card.who_helps", lang);
        card.body = res.what.get(l);
        for (auto option : t.options) card.answers.push_back(pack.resources[option].name.get(l));
      } else {
        card = resourceCard(pack, res, lang);
        card.body = tr(s.reveal->correct ? "card.well_done" : "card.here_is", lang) + "\n" + card.body;
      }
      break;
    }
    case content::CardKind::Right: {
      const content::Right& right = pack.rights[t.card.index];
      card = rightCard(right, lang, reveal);
      if (reveal) card.body = tr(s.reveal->correct ? "card.well_done" : "card.not_quite", lang) + "\n" + card.body;
      break;
    }
    case content::CardKind::Scenario: {
      const content::Scenario& sc = pack.scenarios[t.card.index];
      card = scenarioCard(sc, lang);
      if (reveal) {
        const content::Choice& c = sc.choices[static_cast<std::size_t>(s.reveal->chosen)];
        card.answers.clear();
        card.body = scenarioRevealBody(c, rules::scenarioHelpers(pack, sc, s.config.territory), lang);
      }
      break;
    }
    case content::CardKind::Event: card = eventCard(pack.events[t.card.index], lang); break;
  }
  return card;
}

void CardScreen::refreshButtons() {
  shownPhase_ = session_->state().phase;
  std::vector<engine::Button> list;
  const CardContent card = content();
  if (shownPhase_ == rules::Phase::Answering) {
    const CardLayout l = layoutCard(card.answers.size(), settings_.textScale, kCardArea);
    for (std::size_t i = 0; i < l.answers.size(); ++i) list.push_back({"answer" + std::to_string(i), l.answers[i], true});
  } else {
    list.push_back({"continue", {kCardArea.right() - 560, 910, 560, 120}, true});
  }
  list.push_back({"menu", {kCardArea.right() - 300, kCardArea.y, 300, 96}, true});
  buttons_.reset();
  buttons_.setButtons(std::move(list));
}

void CardScreen::handle(const engine::Action& action) {
  if (action.type == engine::ActionType::Back) {
    stack().push(std::make_unique<PauseScreen>(settings_, session_, hooks_));
    return;
  }
  auto id = buttons_.handle(action);
  if (!id) return;
  if (*id == "menu") {
    stack().push(std::make_unique<PauseScreen>(settings_, session_, hooks_));
  } else if (*id == "continue") {
    session_->command({rules::Command::Kind::Continue, -1});
  } else if (id->starts_with("answer")) {
    session_->command({rules::Command::Kind::Answer, std::stoi(id->substr(6))});
  }
}

void CardScreen::update(double) {
  const auto phase = session_->state().phase;
  // Back to the board once the card is done (answered and read, skipped, or the game ended).
  if (phase == rules::Phase::Rolling || phase == rules::Phase::Over || !session_->state().table) {
    if (stack().top() == this) stack().pop();
    return;
  }
  if (phase != shownPhase_) refreshButtons();  // question -> reveal, or back after an undo
}

void CardScreen::draw(engine::Renderer& r) {
  const CardContent card = content();
  const bool answering = session_->state().phase == rules::Phase::Answering;
  drawCard(r, card, settings_, answering ? &buttons_ : nullptr, answering ? kCardArea : kRevealArea);
  const auto& list = buttons_.buttons();
  for (std::size_t i = 0; i < list.size(); ++i) {
    if (list[i].id == "continue") drawButton(r, buttons_, i, tr("card.continue", settings_.language), settings_);
    if (list[i].id == "menu") drawButton(r, buttons_, i, tr("board.menu", settings_.language), settings_, ButtonKind::Secondary);
  }
  if (!answering && session_->state().reveal && session_->state().reveal->points != 0) {
    auto points = textStyle(settings_, TypeScale::heading, engine::FontWeight::Bold);
    points.valign = engine::VAlign::Middle;
    r.drawText(fill(tr("card.points", settings_.language), (session_->state().reveal->points > 0 ? "+" : "") +
                                                               std::to_string(session_->state().reveal->points)),
               points, {kCardArea.x + 20, 910, 700, 120}, palette().primary);
  }
}

std::vector<std::string> CardScreen::spokenText() const {
  CardContent c = content();
  std::vector<std::string> out = {c.kindLabel, c.title, c.body};
  out.insert(out.end(), c.answers.begin(), c.answers.end());
  return out;
}

std::vector<engine::Rect> CardScreen::touchTargets() const { return buttons_.rects(); }

}  // namespace game
