// Turns pack items into what a card shows: its kind, title, body and answers,
// in the player's language. Shared by the card browser and the game's cards.
#pragma once
#include <string>
#include <vector>

#include "game/content/model.h"
#include "game/ui/card_view.h"
#include "game/ui/strings.h"

namespace game {

// The full contact card of a resource (what it does, how to reach it, source).
CardContent resourceCard(const content::Pack& pack, const content::Resource& r, Language language);
// A right's question (statement with True/False answers) or its reveal.
CardContent rightCard(const content::Right& r, Language language, bool reveal);
CardContent scenarioCard(const content::Scenario& s, Language language);
CardContent eventCard(const content::Event& e, Language language);
// A scenario's reveal under the choice made: its feedback, its effect and who can help.
std::string scenarioRevealBody(const content::Choice& choice, const std::vector<const content::Resource*>& helpers,
                               Language language);
// "23 novembre 2026" / "November 23, 2026": dates as people write them.
std::string formatDate(const content::Date& date, Language language);
// A phone number whose spaces never break across lines.
std::string unbreakable(const std::string& phone);
// A player's or team's name in the game's language: the default names the rules give
// (« Vous », « Équipe 2 ») read « You », « Team 2 » in English; a typed name stays as typed.
std::string playerName(const std::string& name, std::size_t index, bool solo, Language language);
// A website as a person types it: « omhlevis.qc.ca », not « https://www.omhlevis.qc.ca/ ».
std::string displayWebsite(const std::string& url);
// "+2 points", "+1 point", "1 point" in French and English: one point is singular.
std::string pointsText(int points, Language language, bool signed_ = true);
// The sentence describing an outcome ("2 points. Move forward 1 space.").
std::string outcomeText(const content::Outcome& o, Language language);

}  // namespace game
