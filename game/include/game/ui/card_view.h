// Draws a game card: a coloured header naming its kind, a title, the body
// text, and up to four answer buttons told apart by colour, shape and letter;
// on a reveal, the verdict and the answers given. What goes on a card is the
// card presenter's job (card_presenter.h); this only lays out and draws.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "engine/focus.h"
#include "engine/renderer.h"
#include "game/content/model.h"
#include "game/ui/settings.h"
#include "game/ui/theme.h"

namespace game {

// Right or not, said with a word, an icon and a colour together.
enum class Verdict { None, Right, Wrong };

// An answer shown again on the reveal: the one chosen stays marked, the good one is lit.
struct RevealedAnswer {
  std::size_t index;  // A, B, C, D
  std::string text;
  bool chosen = false;
  bool correct = false;
  std::string tag;  // « Votre réponse », « Bonne réponse »
  content::Origin origin;  // where the answer's words are written
};

struct CardContent {
  content::CardKind kind = content::CardKind::Resource;
  std::string kindLabel;  // "Ressource", "Droit", "Situation"...
  std::string title;
  std::string body;
  std::vector<std::string> answers;  // 0 to 4
  std::optional<engine::Color> accent;  // the header's colour when not the kind's (a pack category)
  // Room at the header's right that a screen keeps for its buttons (« Écouter », « Menu »).
  float headerButtonsWidth = 0;
  // 2 for long reading cards: paragraphs flow into a second column; 0: two
  // only when one column would have to shrink its text (bodyColumns()).
  int columns = 1;
  Verdict verdict = Verdict::None;   // on a reveal: the title says it
  std::vector<RevealedAnswer> revealed;
  // Where the texts come from in the pack, for the text-fit rule's messages.
  content::Origin titleOrigin, bodyOrigin;
  std::vector<content::Origin> answerOrigins;
};

// Splits text at the paragraph break nearest its middle (for two columns).
std::pair<std::string, std::string> splitParagraphs(const std::string& text);

enum class AnswerShape { Circle, Square, Triangle, Diamond };

struct AnswerMark {
  char letter;
  AnswerShape shape;
  engine::Color color;
};
// The mark of answer `index` (A, B, C, D): never colour alone.
AnswerMark answerMark(const Theme& theme, std::size_t index);

struct CardLayout {
  engine::Rect card;
  engine::Rect header;
  engine::Rect title;
  engine::Rect body;
  std::vector<engine::Rect> answers;
  std::vector<engine::Rect> revealed;  // rows of the answers shown again on a reveal
};

// The text styles of a card's parts, shared by drawing and the text-fit rule.
struct CardStyles {
  engine::TextStyle title, body, answer, revealed;
};
CardStyles cardStyles(const Settings& settings);
// The box an answer's words go in, inside its button.
engine::Rect answerTextBox(engine::Rect button);
// On a reveal, the answer's words and, at the row's right, its tag (« Votre réponse »).
engine::Rect revealedTextBox(engine::Rect row);
engine::Rect revealedTagBox(engine::Rect row);
// How many columns the body takes in `box`: drawing and the text-fit rule agree.
int bodyColumns(const engine::TextMeasurer& measurer, const CardContent& card, engine::TextStyle body, engine::Rect box);
// The body's two halves' boxes when it has two columns.
std::pair<engine::Rect, engine::Rect> columnBoxes(engine::Rect body);

// Where each part of a card goes; `card` is the card's own rectangle.
CardLayout layoutCard(const CardContent& content, float textScale, engine::Rect card);
// The back of a card, as it comes off the deck: the kind's colour and picture,
// drawn in `back` (narrower than the card while it turns over).
void drawCardBack(engine::Renderer& r, const CardContent& card, const Theme& theme, engine::Rect back);

void drawCard(engine::Renderer& r, const CardContent& card, const Settings& settings, const Theme& theme,
              const engine::ButtonGroup* answerButtons, engine::Rect cardRect);
void drawAnswerMark(engine::Renderer& r, const AnswerMark& mark, engine::Rect box);

}  // namespace game
