#include "game/ui/card_presenter.h"

#include <algorithm>

#include "game/rules/rules.h"
#include "game/ui/card_text.h"

namespace game {

namespace {
using content::CardKind;
using content::Pack;

std::string code(Language language) { return std::string(languageCode(language)); }

// The answers given, shown again on a reveal: the one chosen, then the good one.
std::vector<RevealedAnswer> revealedAnswers(const CardContent& question, int chosen, int correct, Language language) {
  const auto& answers = question.answers;
  std::vector<RevealedAnswer> out;
  auto add = [&](int index, bool isChosen, bool isCorrect) {
    if (index < 0 || static_cast<std::size_t>(index) >= answers.size()) return;
    std::string tag = tr(isChosen ? "card.your_answer" : "card.good_answer", language);
    const auto i = static_cast<std::size_t>(index);
    out.push_back({i, answers[i], isChosen, isCorrect, tag,
                   i < question.answerOrigins.size() ? question.answerOrigins[i] : content::Origin{}});
  };
  if (chosen != correct) add(chosen, true, false);
  add(correct, chosen == correct, true);
  return out;
}

Verdict verdictOf(const CardMoment& m) { return m.chosen == m.correct ? Verdict::Right : Verdict::Wrong; }

void setVerdict(CardContent& card, const CardMoment& m, Language language) {
  card.verdict = verdictOf(m);
  card.title = tr(card.verdict == Verdict::Right ? "card.right" : "card.wrong", language);
  card.titleOrigin = {};
}

// ------------------------------------------------------------ resources
CardContent resourceFace(const Pack& pack, const CardMoment& m, CardFace face, Language language) {
  const content::Resource& res = pack.resources[m.card.index];
  if (face == CardFace::Reference) return resourceCard(pack, res, language);
  CardContent question;
  question.kind = CardKind::Resource;
  question.kindLabel = tr("kind.resource", language);
  question.title = tr("card.who_helps", language);
  question.body = res.what.get(code(language));
  question.bodyOrigin = res.what.origin;
  for (auto option : m.options) {
    question.answers.push_back(pack.resources[option].name.get(code(language)));
    question.answerOrigins.push_back(pack.resources[option].name.origin);
  }
  if (face == CardFace::Question) return question;
  CardContent reveal = resourceCard(pack, res, language);
  reveal.revealed = revealedAnswers(question, m.chosen, m.correct, language);
  setVerdict(reveal, m, language);
  return reveal;
}

void resourceMoments(const Pack&, std::uint32_t index, const std::vector<std::string>&, std::vector<CardMoment>& out) {
  // Three names, as in play; the narrowest answer box is measured.
  CardMoment m;
  m.card = {CardKind::Resource, index};
  m.options = {index, index, index};
  m.correct = 0;
  m.chosen = 1;  // a wrong answer shows two rows: the longest reveal
  out.push_back(m);
}

// ------------------------------------------------------------ rights
CardContent rightFace(const Pack& pack, const CardMoment& m, CardFace face, Language language) {
  const content::Right& right = pack.rights[m.card.index];
  if (face != CardFace::Reveal) return rightCard(right, language, face == CardFace::Reference);
  const CardContent question = rightCard(right, language, false);
  CardContent card = rightCard(right, language, true);
  // The rows say which answer was right: the body keeps the explanation and the law.
  const std::string l = code(language);
  card.body = right.statement.get(l) + "\n\n" + right.explanation.get(l) + "\n\n" + tr("card.law", language) +
              right.legalReference;
  card.revealed = revealedAnswers(question, m.chosen, m.correct, language);
  setVerdict(card, m, language);
  return card;
}

void rightMoments(const Pack& pack, std::uint32_t index, const std::vector<std::string>&, std::vector<CardMoment>& out) {
  CardMoment m;
  m.card = {CardKind::Right, index};
  m.correct = pack.rights[index].answer ? 0 : 1;
  m.chosen = 1 - m.correct;
  out.push_back(m);
}

// ------------------------------------------------------------ scenarios
CardContent scenarioFace(const Pack& pack, const CardMoment& m, CardFace face, Language language) {
  const content::Scenario& sc = pack.scenarios[m.card.index];
  CardContent card = scenarioCard(sc, language);
  if (face != CardFace::Reveal) return card;
  const content::Choice& choice = sc.choices[static_cast<std::size_t>(m.chosen)];
  const std::string l = code(language);
  card.revealed = {{static_cast<std::size_t>(m.chosen), choice.text.get(l), true, false, tr("card.your_choice", language),
                    choice.text.origin}};
  card.answers.clear();
  card.answerOrigins.clear();
  card.body = scenarioRevealBody(choice, rules::scenarioHelpers(pack, sc, m.territory), language);
  card.bodyOrigin = choice.feedback.origin;
  return card;
}

void scenarioMoments(const Pack& pack, std::uint32_t index, const std::vector<std::string>& territories,
                     std::vector<CardMoment>& out) {
  const content::Scenario& sc = pack.scenarios[index];
  for (std::size_t c = 0; c < sc.choices.size(); ++c)
    for (const auto& territory : territories) {
      CardMoment m;
      m.card = {CardKind::Scenario, index};
      m.chosen = static_cast<int>(c);
      m.territory = territory;
      out.push_back(m);
    }
}

// ------------------------------------------------------------ discussions
CardContent discussionFace(const Pack& pack, const CardMoment& m, CardFace face, Language language) {
  const content::Discussion& d = pack.discussions[m.card.index];
  const std::string l = code(language);
  CardContent card;
  card.kind = CardKind::Discussion;
  card.kindLabel = tr("kind.discussion", language);
  card.title = tr("card.what_do_you_think", language);
  card.body = d.question.get(l);
  card.bodyOrigin = d.question.origin;
  std::vector<std::string> answers;
  for (const auto& a : d.answers) answers.push_back(a.get(l));
  if (face == CardFace::Reference) {
    // The browser and print show what other tenants said.
    card.body += "\n";
    for (const auto& a : answers) card.body += "\n« " + a + " »";
    return card;
  }
  if (face == CardFace::Question) {
    if (m.solo) {
      card.body += "\n\n" + tr("card.closest", language);
      card.answers = answers;
      for (const auto& a : d.answers) card.answerOrigins.push_back(a.origin);
    } else {
      card.body += "\n\n" + tr("card.no_wrong", language);
      card.answers = {tr("card.talked", language)};
    }
    return card;
  }
  if (m.solo && m.chosen >= 0 && static_cast<std::size_t>(m.chosen) < answers.size())
    card.revealed = {{static_cast<std::size_t>(m.chosen), answers[static_cast<std::size_t>(m.chosen)], true, false,
                      tr("card.your_choice", language), d.answers[static_cast<std::size_t>(m.chosen)].origin}};
  card.body += "\n\n" + tr(m.solo ? "card.no_wrong" : "card.thanks_talk", language);
  if (d.outcome.points > 0) {
    card.body += "\n\n" + (!m.solo && d.outcome.everyone
                                ? fill(tr("card.everyone_gets", language), pointsText(d.outcome.points, language, false))
                                : pointsText(d.outcome.points, language));
  }
  return card;
}

void discussionMoments(const Pack& pack, std::uint32_t index, const std::vector<std::string>&,
                       std::vector<CardMoment>& out) {
  for (bool solo : {false, true}) {
    const std::size_t choices = solo ? pack.discussions[index].answers.size() : 1;
    for (std::size_t c = 0; c < choices; ++c) {
      CardMoment m;
      m.card = {CardKind::Discussion, index};
      m.solo = solo;
      m.chosen = static_cast<int>(c);
      out.push_back(m);
    }
  }
}

// ------------------------------------------------------------ events
CardContent eventFace(const Pack& pack, const CardMoment& m, CardFace, Language language) {
  return eventCard(pack.events[m.card.index], language);
}

void eventMoments(const Pack&, std::uint32_t index, const std::vector<std::string>&, std::vector<CardMoment>& out) {
  CardMoment m;
  m.card = {CardKind::Event, index};
  out.push_back(m);
}

using Face = CardContent (*)(const Pack&, const CardMoment&, CardFace, Language);
Face faceFunction(CardKind kind) {
  switch (kind) {
    case CardKind::Resource: return resourceFace;
    case CardKind::Right: return rightFace;
    case CardKind::Scenario: return scenarioFace;
    case CardKind::Event: return eventFace;
    case CardKind::Discussion: return discussionFace;
  }
  return eventFace;
}
}  // namespace

CardFace faceOf(CardSlot slot) {
  switch (slot) {
    case CardSlot::Question:
    case CardSlot::PrintFront: return CardFace::Question;
    case CardSlot::Reveal:
    case CardSlot::PrintBack: return CardFace::Reveal;
    case CardSlot::Browser:
    case CardSlot::EditorPreview: return CardFace::Reference;
  }
  return CardFace::Reference;
}

engine::Rect cardRect(CardSlot slot) {
  switch (slot) {
    case CardSlot::Question: return {120, 40, 1680, 1000};
    // Reading faces leave room below the card for the buttons (Continue; Previous, Back, Next).
    case CardSlot::Reveal:
    case CardSlot::Browser:
    case CardSlot::EditorPreview:
    case CardSlot::PrintFront:
    case CardSlot::PrintBack: return {120, 40, 1680, 850};
  }
  return {120, 40, 1680, 850};
}

engine::Rect cardRect(CardSlot slot, const engine::Rect& stage) {
  const engine::Rect design = cardRect(slot);
  const float marginX = design.x, marginTop = design.y;
  return {stage.x + marginX, stage.y + marginTop, std::max(design.w, stage.w - 2 * marginX),
          design.h + std::max(0.f, stage.h - 1080)};
}

CardMoment momentOf(const rules::GameState& s) {
  CardMoment m;
  if (!s.table) return m;
  m.card = s.table->card;
  m.options = s.table->options;
  m.correct = s.table->correct;
  m.territory = rules::playerTerritory(s, s.current);
  m.solo = s.config.solo;
  if (s.reveal) {
    m.chosen = s.reveal->chosen;
    m.points = s.reveal->points;
  }
  return m;
}

CardContent presentCard(const Pack& pack, const CardMoment& moment, CardFace face, Language language) {
  // An event has nothing to ask: its question is its reveal. A reveal needs an answer.
  if (face == CardFace::Reveal && moment.chosen < 0 && moment.card.kind != CardKind::Event) face = CardFace::Question;
  CardContent card = faceFunction(moment.card.kind)(pack, moment, face, language);
  // The card's theme (one of the tenants' four families) names and colours it the same on every face.
  if (const content::Theme* theme = pack.theme(cardTheme(pack, moment.card))) {
    if (card.kind != CardKind::Resource) card.kindLabel += " · " + theme->name.get(code(language));
    if (theme->color.size() == 7)
      card.accent = engine::Color::rgb(static_cast<std::uint32_t>(std::stoul(theme->color.substr(1), nullptr, 16)));
  }
  return card;
}

namespace {
// `field` of the pack item a card shows, whatever its kind.
template <class Field>
std::string itemField(const Pack& pack, const rules::CardRef& card, Field field) {
  switch (card.kind) {
    case CardKind::Resource: return field(pack.resources[card.index]);
    case CardKind::Right: return field(pack.rights[card.index]);
    case CardKind::Scenario: return field(pack.scenarios[card.index]);
    case CardKind::Event: return field(pack.events[card.index]);
    case CardKind::Discussion: return field(pack.discussions[card.index]);
  }
  return {};
}
}  // namespace

std::string cardTheme(const Pack& pack, const rules::CardRef& card) {
  return itemField(pack, card, [](const auto& item) { return item.theme; });
}

std::vector<std::string> spokenLines(const CardContent& card) {
  std::vector<std::string> out = {card.kindLabel, card.title};
  for (const auto& r : card.revealed) out.push_back(r.tag + " : " + r.text);
  out.push_back(card.body);
  out.insert(out.end(), card.answers.begin(), card.answers.end());
  return out;
}

const std::vector<CardKindRow>& cardKinds() {
  static const std::vector<CardKindRow> rows = {
      {CardKind::Resource, [](const Pack& p) { return p.resources.size(); }, resourceMoments, true},
      {CardKind::Right, [](const Pack& p) { return p.rights.size(); }, rightMoments, true},
      {CardKind::Scenario, [](const Pack& p) { return p.scenarios.size(); }, scenarioMoments, true},
      {CardKind::Event, [](const Pack& p) { return p.events.size(); }, eventMoments, false},
      {CardKind::Discussion, [](const Pack& p) { return p.discussions.size(); }, discussionMoments, true},
  };
  return rows;
}

CardMoment sampleMoment(const Pack& pack, const rules::CardRef& card) {
  CardMoment m;
  m.card = card;
  if (card.kind == CardKind::Resource && card.index < pack.resources.size()) {
    m.options = {card.index};
    const auto& category = pack.resources[card.index].category;
    for (int pass = 0; pass < 2; ++pass)
      for (std::uint32_t i = 0; i < pack.resources.size() && m.options.size() < 3; ++i)
        if (i != card.index && (pass == 1 || pack.resources[i].category == category) &&
            std::find(m.options.begin(), m.options.end(), i) == m.options.end())
          m.options.push_back(i);
    m.correct = 0;
  } else if (card.kind == CardKind::Right && card.index < pack.rights.size()) {
    m.correct = pack.rights[card.index].answer ? 0 : 1;
  } else if (card.kind == CardKind::Scenario && card.index < pack.scenarios.size()) {
    const auto& choices = pack.scenarios[card.index].choices;
    int best = 0;
    for (std::size_t i = 0; i < choices.size(); ++i)
      if (choices[i].outcome.points > choices[static_cast<std::size_t>(best)].outcome.points) best = static_cast<int>(i);
    m.correct = best;
  }
  return m;
}

std::string cardItemId(const Pack& pack, const rules::CardRef& card) {
  return itemField(pack, card, [](const auto& item) { return item.id; });
}

std::vector<rules::CardRef> allCards(const Pack& pack) {
  std::vector<rules::CardRef> out;
  for (const auto& row : cardKinds())
    for (std::size_t i = 0; i < row.count(pack); ++i) out.push_back({row.kind, static_cast<std::uint32_t>(i)});
  return out;
}

}  // namespace game
