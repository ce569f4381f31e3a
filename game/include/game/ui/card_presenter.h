// The one card presenter: what each card kind shows, and in which box, for
// every place a card appears — the question on the table, its reveal, the
// card browser, printed fronts and backs, the spoken text and the editor's
// preview. The card screen, the browser, the text-fit rule and read-aloud all
// ask here, so a card is measured exactly as it is drawn.
//
// A new card kind is one row of cardKinds() (plus its model, loader and rules).
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "engine/geometry.h"
#include "game/content/model.h"
#include "game/rules/game_state.h"
#include "game/ui/card_view.h"
#include "game/ui/strings.h"

namespace game {

// Where a card is shown. Each slot has its own rectangle and face.
enum class CardSlot { Question, Reveal, Browser, PrintFront, PrintBack, EditorPreview };
// Which side of the card a slot shows.
enum class CardFace { Question, Reveal, Reference };

CardFace faceOf(CardSlot slot);
// The card's rectangle in its slot, on the 1920x1080 canvas (print: on a
// card-sized page of the same proportions).
engine::Rect cardRect(CardSlot slot);
// The same slot on a screen of another shape (`stage`, see engine::Scene::stage):
// the card grows with the window, never shrinks, so text that fits the 16:9
// slot (what `declic-pack validate` checks) fits here too.
engine::Rect cardRect(CardSlot slot, const engine::Rect& stage);

// A card of the pack and, at the table, the moment of play.
struct CardMoment {
  rules::CardRef card;
  std::vector<std::uint32_t> options;  // a resource quiz's answers (resource indices)
  int correct = -1;                    // which answer is right (-1: none)
  int chosen = -1;                     // the answer given, on the reveal
  int points = 0;                      // points the answer earned
  std::string territory;               // whose helpers a scenario's reveal names
  bool solo = false;                   // a discussion card: alone, the player picks an answer
};

// The moment on the table of a game in progress.
CardMoment momentOf(const rules::GameState& state);

// What the card shows in `face`, in `language`.
CardContent presentCard(const content::Pack& pack, const CardMoment& moment, CardFace face, Language language);

// The theme id of a card ("" when it has none).
std::string cardTheme(const content::Pack& pack, const rules::CardRef& card);

// The lines read aloud for a card, in reading order.
std::vector<std::string> spokenLines(const CardContent& card);

// One row per card kind: how many cards the pack holds of it, and every
// moment of a card that a player may see (a scenario: each choice in each MRC).
struct CardKindRow {
  content::CardKind kind;
  std::size_t (*count)(const content::Pack&);
  void (*moments)(const content::Pack&, std::uint32_t index, const std::vector<std::string>& territories,
                  std::vector<CardMoment>& out);
  bool asked;  // has a question face (false: shown straight away, like an event)
};
const std::vector<CardKindRow>& cardKinds();

// A card as it would come up at the table, away from a game: a resource quiz
// gets two other services as its wrong answers (of the same category first).
// The editor's preview and the printed deck show this moment.
CardMoment sampleMoment(const content::Pack& pack, const rules::CardRef& card);

// Every card of the pack in the browser's order: kind by kind, as in the table.
std::vector<rules::CardRef> allCards(const content::Pack& pack);
// The id of the pack item a card is made from, for messages.
std::string cardItemId(const content::Pack& pack, const rules::CardRef& card);

}  // namespace game
