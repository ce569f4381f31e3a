#include "game/ui/card_presenter.h"

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

CardMoment momentOf(const rules::GameState& s) {
  CardMoment m;
  if (!s.table) return m;
  m.card = s.table->card;
  m.options = s.table->options;
  m.correct = s.table->correct;
  m.territory = s.config.territory;
  if (s.reveal) {
    m.chosen = s.reveal->chosen;
    m.points = s.reveal->points;
  }
  return m;
}

CardContent presentCard(const Pack& pack, const CardMoment& moment, CardFace face, Language language) {
  // An event has nothing to ask: its question is its reveal. A reveal needs an answer.
  if (face == CardFace::Reveal && moment.chosen < 0 && moment.card.kind != CardKind::Event) face = CardFace::Question;
  return faceFunction(moment.card.kind)(pack, moment, face, language);
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
  };
  return rows;
}

std::vector<rules::CardRef> allCards(const Pack& pack) {
  std::vector<rules::CardRef> out;
  for (const auto& row : cardKinds())
    for (std::size_t i = 0; i < row.count(pack); ++i) out.push_back({row.kind, static_cast<std::uint32_t>(i)});
  return out;
}

}  // namespace game
