#include "game/ui/text_fit.h"

#include <algorithm>

#include "engine/text_layout.h"
#include "game/rules/rules.h"
#include "game/ui/card_text.h"
#include "game/ui/card_view.h"
#include "game/ui/theme.h"

namespace game {

namespace {
using content::Text;

struct Box {
  std::string what;  // where the text is shown, for the message
  float width, height;
  float size;        // the size the game starts from
  engine::FontWeight weight;
};

class FitChecker {
 public:
  FitChecker(const content::Pack& pack, const engine::TextMeasurer& m, content::Report& report)
      : pack_(pack), measurer_(m), report_(report) {
    const CardLayout question = layoutCard(4, 1.0f);
    const CardLayout reveal = layoutCard(1, 1.0f);
    title_ = {"a card's title", question.title.w, question.title.h, TypeScale::heading, engine::FontWeight::Bold};
    questionBody_ = {"a card with its answers", question.body.w, question.body.h, TypeScale::body, engine::FontWeight::Regular};
    revealBody_ = {"the answer's explanation", reveal.body.w, reveal.body.h, TypeScale::body, engine::FontWeight::Regular};
    const engine::Rect& a = question.answers[0];
    answer_ = {"an answer button", a.w - 140, a.h - 16, TypeScale::body, engine::FontWeight::SemiBold};
    // Every MRC a game can be set in; none ("") when the pack has no territories.
    for (const auto& t : pack_.territories) territories_.push_back(t.id);
    if (territories_.empty()) territories_.push_back("");
  }

  void run() {
    // Each text is checked in the smallest box the game shows it in.
    for (const auto& r : pack_.resources) {
      check(r.name, r.id, title_);           // the reveal's title
      check(r.name, r.id, answer_);          // an answer of "Qui peut vous aider ?"
      check(r.what, r.id, questionBody_);    // the question above the answers
    }
    for (const auto& r : pack_.rights) {
      check(r.statement, r.id, questionBody_);
      check(r.explanation, r.id, revealBody_);
    }
    for (const auto& s : pack_.scenarios) {
      check(s.title, s.id, title_);
      check(s.situation, s.id, questionBody_);
      for (const auto& c : s.choices) {
        check(c.text, s.id, answer_);
        // The whole reveal is measured only when its feedback fits alone: one message per cause.
        if (check(c.feedback, s.id, revealBody_)) checkScenarioReveal(s, c);
      }
    }
    for (const auto& e : pack_.events) {
      check(e.title, e.id, title_);
      check(e.text, e.id, revealBody_);
    }
  }

 private:
  // The reveal adds the choice, its effect and who can help in the players'
  // MRC: the whole of it must fit, for every territory a game can be set in.
  void checkScenarioReveal(const content::Scenario& s, const content::Choice& c) {
    for (const auto& territory : territories_) {
      const auto helpers = rules::scenarioHelpers(pack_, s, territory);
      content::Text composed;
      composed.origin = c.feedback.origin;
      for (const auto& entry : c.feedback.byLanguage) {
        const std::string& code = entry.first;
        const Language language = code == "en" ? Language::English : Language::French;
        composed.byLanguage[code] = scenarioRevealBody(c, helpers, language);
      }
      Box box = revealBody_;
      box.what = "the answer's explanation with who can help" + (territory.empty() ? "" : " in " + territory);
      if (!check(composed, s.id, box)) return;  // one message per choice is enough
    }
  }

  // Reports the text when it does not fit; true when it fits.
  bool check(const Text& text, const std::string& id, const Box& box) {
    bool fits = true;
    for (const auto& [lang, value] : text.byLanguage) {
      engine::TextStyle style;
      style.size = box.size;
      style.minSize = TypeScale::small;
      style.weight = box.weight;
      style.overflow = engine::Overflow::Shrink;
      style.frenchTypography = lang != "en";
      auto layout = engine::layoutText(measurer_, value, style, box.width, box.height);
      if (layout.fits) continue;
      // How much to cut: compare with what fits at the smallest size.
      style.overflow = engine::Overflow::Grow;
      style.size = style.minSize;
      auto full = engine::layoutText(measurer_, value, style, box.width, engine::kUnbounded);
      const std::size_t fitLines = static_cast<std::size_t>(box.height / full.lineHeight);
      const std::size_t words = static_cast<std::size_t>(std::count(value.begin(), value.end(), ' ') + 1);
      const std::size_t keepWords = full.lines.empty() ? words : words * fitLines / full.lines.size();
      report_.error(text.origin, id,
                    std::string("the ") + (lang.empty() ? "" : lang + " ") + "text is too long for " + box.what +
                        ", even at the smallest text size (" + std::to_string(full.lines.size()) + " lines, room for " +
                        std::to_string(fitLines) + ")",
                    "shorten it to about " + std::to_string(keepWords) + " words");
      fits = false;
    }
    return fits;
  }

  const content::Pack& pack_;
  const engine::TextMeasurer& measurer_;
  content::Report& report_;
  Box title_, questionBody_, revealBody_, answer_;
  std::vector<std::string> territories_;
};
}  // namespace

void checkTextFits(const content::Pack& pack, const engine::TextMeasurer& measurer, content::Report& report) {
  FitChecker(pack, measurer, report).run();
  report.sort();
}

}  // namespace game
