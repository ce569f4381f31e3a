#include "game/ui/text_fit.h"

#include <algorithm>
#include <set>

#include "engine/text_layout.h"
#include "game/rules/rules.h"
#include "game/ui/card_text.h"
#include "game/ui/card_presenter.h"
#include "game/ui/card_view.h"
#include "game/ui/theme.h"

namespace game {

namespace {

std::size_t wordCount(const std::string& text) {
  std::size_t words = 0;
  bool inWord = false;
  for (char c : text) {
    const bool space = c == ' ' || c == '\n';
    if (!space && !inWord) ++words;
    inWord = !space;
  }
  return words;
}

// Every card is presented in every slot a player sees it in, in every
// language of the pack, and each part is laid out in the box drawCard gives
// it, at the smallest size the game may shrink to. One message per text.
class FitChecker {
 public:
  FitChecker(const content::Pack& pack, const engine::TextMeasurer& m, content::Report& report, TextFitCache& cache)
      : pack_(pack), measurer_(m), report_(report), cache_(cache), styles_(cardStyles(Settings{})) {
    // Every MRC a game can be set in; none ("") when the pack has no territories.
    for (const auto& t : pack_.territories) territories_.push_back(t.id);
    if (territories_.empty()) territories_.push_back("");
    languages_ = pack_.info.languages;
    if (languages_.empty()) languages_.push_back("fr");
  }

  void run() {
    for (const auto& row : cardKinds()) {
      for (std::uint32_t i = 0; i < row.count(pack_); ++i) {
        std::vector<CardMoment> moments;
        row.moments(pack_, i, territories_, moments);
        for (CardSlot slot : {CardSlot::Question, CardSlot::Reveal, CardSlot::Browser}) {
          if (slot == CardSlot::Question && !row.asked) continue;
          // The question and the reference do not depend on the moment: one is enough.
          const std::size_t count = slot == CardSlot::Reveal ? moments.size() : std::min<std::size_t>(1, moments.size());
          for (std::size_t m = 0; m < count; ++m)
            for (const auto& lang : languages_) checkCard(moments[m], slot, lang, cardItemId(pack_, {row.kind, i}));
        }
      }
    }
  }

 private:
  void checkCard(const CardMoment& moment, CardSlot slot, const std::string& lang, const std::string& id) {
    const Language language = lang == "en" ? Language::English : Language::French;
    const CardContent card = presentCard(pack_, moment, faceOf(slot), language);
    const CardLayout l = layoutCard(card, 1.0f, cardRect(slot));
    engine::Rect title = l.title;
    if (card.verdict != Verdict::None) title.w -= 96;  // the verdict's icon
    check(card.title, card.titleOrigin, id, lang, title, styles_.title, "a card's title", card.title);
    std::string where = slot == CardSlot::Question ? "a card with its answers"
                        : slot == CardSlot::Browser ? "the card browser"
                                                    : "the answer's explanation";
    if (slot == CardSlot::Reveal && moment.card.kind == content::CardKind::Scenario && !moment.territory.empty() &&
        card.body.find(tr("card.can_help", language)) != std::string::npos)
      where += " with who can help in " + moment.territory;
    const std::string field = fieldText(moment, slot, lang);
    engine::TextStyle body = styles_.body;
    body.frenchTypography = lang != "en";
    if (bodyColumns(measurer_, card, body, l.body) == 2) {
      auto [first, second] = splitParagraphs(card.body);
      auto [left, right] = columnBoxes(l.body);
      check(first, card.bodyOrigin, id, lang, left, styles_.body, where, field);
      check(second, card.bodyOrigin, id, lang, right, styles_.body, where, field);
    } else {
      check(card.body, card.bodyOrigin, id, lang, l.body, styles_.body, where, field);
    }
    for (std::size_t a = 0; a < card.answers.size() && a < l.answers.size(); ++a) {
      const content::Origin origin = a < card.answerOrigins.size() ? card.answerOrigins[a] : content::Origin{};
      check(card.answers[a], origin, id, lang, answerTextBox(l.answers[a]), styles_.answer, "an answer button",
            card.answers[a]);
    }
    for (std::size_t a = 0; a < card.revealed.size() && a < l.revealed.size(); ++a)
      check(card.revealed[a].text, card.revealed[a].origin, id, lang, revealedTextBox(l.revealed[a]), styles_.revealed,
            "an answer shown again on the reveal", card.revealed[a].text);
  }

  // The words of the pack's own field behind a card's body, for the word budget.
  std::string fieldText(const CardMoment& m, CardSlot slot, const std::string& lang) const {
    const std::size_t i = m.card.index;
    switch (m.card.kind) {
      case content::CardKind::Resource: return pack_.resources[i].what.get(lang);
      case content::CardKind::Right:
        return slot == CardSlot::Question ? pack_.rights[i].statement.get(lang) : pack_.rights[i].explanation.get(lang);
      case content::CardKind::Scenario:
        if (slot == CardSlot::Reveal && m.chosen >= 0)
          return pack_.scenarios[i].choices[static_cast<std::size_t>(m.chosen)].feedback.get(lang);
        return pack_.scenarios[i].situation.get(lang);
      case content::CardKind::Event: return pack_.events[i].text.get(lang);
      case content::CardKind::Discussion: return pack_.discussions[i].question.get(lang);
    }
    return {};
  }

  void check(const std::string& value, const content::Origin& origin, const std::string& id, const std::string& lang,
             engine::Rect box, engine::TextStyle style, const std::string& what, const std::string& field) {
    if (value.empty()) return;
    const std::string key = origin.file + ":" + std::to_string(origin.line) + ":" + std::to_string(origin.column) +
                            "/" + (origin.known() ? "" : id + what) + "/" + lang;
    if (reported_.count(key)) return;
    style.minSize = TypeScale::small;
    style.overflow = engine::Overflow::Shrink;
    style.frenchTypography = lang != "en";
    // The same text in the same box fits the same way: a scenario's reveal is
    // checked once per MRC, and the editor checks after every keystroke.
    const std::string fitKey = value + '\x1f' + std::to_string(box.w) + 'x' + std::to_string(box.h) + '/' +
                               std::to_string(style.size) + '/' + std::to_string(static_cast<int>(style.weight)) +
                               (style.frenchTypography ? "fr" : "en");
    if (cache_.fitting.count(fitKey)) return;
    auto layout = engine::layoutText(measurer_, value, style, box.w, box.h);
    if (layout.fits) {
      cache_.fitting.insert(fitKey);
      return;
    }
    reported_.insert(key);
    // How much to cut: compare with what fits at the smallest size.
    style.overflow = engine::Overflow::Grow;
    style.size = style.minSize;
    auto full = engine::layoutText(measurer_, value, style, box.w, engine::kUnbounded);
    const std::size_t fitLines = static_cast<std::size_t>(box.h / full.lineHeight);
    const std::size_t lines = std::max<std::size_t>(1, full.lines.size());
    const std::size_t total = wordCount(value), own = std::max<std::size_t>(1, wordCount(field));
    const std::size_t excess = total - total * std::min(fitLines, lines) / lines;
    const std::size_t keepWords = own > excess ? own - excess : 1;
    report_.error(origin, id,
                  "the " + lang + " text is too long for " + what + ", even at the smallest text size (" +
                      std::to_string(full.lines.size()) + " lines, room for " + std::to_string(fitLines) + ")",
                  "shorten it to about " + std::to_string(keepWords) + " words");
  }

  const content::Pack& pack_;
  const engine::TextMeasurer& measurer_;
  content::Report& report_;
  TextFitCache& cache_;
  CardStyles styles_;
  std::vector<std::string> territories_, languages_;
  std::set<std::string> reported_;
};
}  // namespace

void checkTextFits(const content::Pack& pack, const engine::TextMeasurer& measurer, content::Report& report) {
  TextFitCache cache;
  checkTextFits(pack, measurer, report, cache);
}

void checkTextFits(const content::Pack& pack, const engine::TextMeasurer& measurer, content::Report& report,
                   TextFitCache& cache) {
  if (cache.fitting.size() > 200'000) cache.fitting.clear();  // a long session: start again rather than grow
  FitChecker(pack, measurer, report, cache).run();
  report.sort();
}

}  // namespace game
