// Draws a game card: a coloured header naming its kind, a title, the body
// text, and up to four answer buttons told apart by colour, shape and letter.
// Used by the card screen and the card browser, and measured by tools/bench.
#pragma once
#include <string>
#include <vector>

#include "engine/focus.h"
#include "engine/renderer.h"
#include "game/ui/strings.h"

namespace game {

struct CardContent {
  std::string kindLabel;  // "Ressource", "Droit", "Situation"...
  std::string title;
  std::string body;
  std::vector<std::string> answers;  // 0 to 4
  engine::Color headerColor = engine::Color::rgb(0x0B5D6B);
  int columns = 1;  // 2 for long reading cards: paragraphs flow into a second column
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
AnswerMark answerMark(std::size_t index);

struct CardLayout {
  engine::Rect card;
  engine::Rect header;
  engine::Rect title;
  engine::Rect body;
  std::vector<engine::Rect> answers;
};

inline constexpr engine::Rect kFullCard{120, 48, 1680, 984};
// Where each part of a card goes; `card` is the card's own rectangle.
CardLayout layoutCard(std::size_t answerCount, float textScale, engine::Rect card = kFullCard);
void drawCard(engine::Renderer& r, const CardContent& card, const Settings& settings,
              const engine::ButtonGroup* answerButtons = nullptr, engine::Rect cardRect = kFullCard);
void drawAnswerMark(engine::Renderer& r, const AnswerMark& mark, engine::Rect box);

}  // namespace game
