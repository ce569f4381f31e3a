#include "game/ui/strings.h"

#include <map>

namespace game {

namespace {
struct Label {
  const char* fr;
  const char* en;
};

const std::map<std::string_view, Label>& labels() {
  static const std::map<std::string_view, Label> table = {
      {"title.tagline", {"Découvrir les ressources de ma région, en jouant.",
                         "Discover the resources of my region, by playing."}},
      {"title.browse", {"Voir les cartes", "Browse the cards"}},
      {"title.language", {"English", "Français"}},
      {"title.text_size", {"Taille du texte : {} %", "Text size: {}%"}},
      {"title.quit", {"Quitter", "Quit"}},
      {"title.text_short", {"Texte : {} %", "Text: {}%"}},
      {"title.territory", {"Ma MRC : {}", "My MRC: {}"}},
      {"title.pack", {"Jeu de cartes : ", "Card pack: "}},
      {"title.hint", {"Touchez un bouton, ou utilisez les flèches et Entrée.",
                      "Touch a button, or use the arrow keys and Enter."}},
      {"common.back", {"Retour", "Back"}},
      {"errors.title", {"Ce jeu de cartes a des erreurs", "This card pack has errors"}},
      {"errors.explain", {"Le jeu ne peut pas commencer avec ce jeu de cartes. Voici ce qu’il faut corriger. Vous pouvez aussi lancer : declic-pack validate",
                          "The game cannot start with this pack. Here is what to fix. You can also run: declic-pack validate"}},
      {"errors.up", {"Plus haut", "Scroll up"}},
      {"errors.down", {"Plus bas", "Scroll down"}},
      {"errors.more", {"… et {} autres messages", "… and {} more messages"}},
      {"kind.resource", {"Ressource", "Resource"}},
      {"kind.right", {"Vrai ou faux ?", "True or false?"}},
      {"kind.right_label", {"Droit", "Rights"}},
      {"kind.scenario", {"Situation", "Situation"}},
      {"kind.event", {"Vie de quartier", "Community life"}},
      {"kind.discussion", {"On en parle", "Let’s talk"}},
      {"space.my_mrc", {"Ma MRC", "My RCM"}},
      {"jump.bike", {"Piste cyclable", "Bike path"}},
      {"jump.bus", {"Autobus", "Bus"}},
      {"jump.walk", {"Raccourci", "Shortcut"}},
      {"jump.setback", {"Détour", "Detour"}},
      {"card.talked", {"On en a parlé", "We talked about it"}},
      {"card.what_do_you_think", {"Qu’en pensez-vous ?", "What do you think?"}},
      {"card.closest", {"Quelle réponse ressemble le plus à la vôtre ?", "Which answer is closest to yours?"}},
      {"card.no_wrong", {"Il n’y a pas de mauvaise réponse : chacun vit les choses à sa façon.",
                         "There is no wrong answer: everyone lives things their own way."}},
      {"card.thanks_talk", {"Merci d’avoir partagé. Parler ensemble, c’est déjà briser les préjugés.",
                            "Thank you for sharing. Talking together already breaks prejudice."}},
      {"card.everyone_gets", {"{} pour tout le monde", "{} for everyone"}},
      {"card.true", {"Vrai", "True"}},
      {"card.false", {"Faux", "False"}},
      {"card.answer_true", {"Réponse : Vrai.", "Answer: True."}},
      {"card.answer_false", {"Réponse : Faux.", "Answer: False."}},
      {"card.who", {"Pour qui : ", "For: "}},
      {"card.area", {"Territoire : ", "Area: "}},
      {"card.phone", {"Téléphone : ", "Phone: "}},
      {"card.toll_free", {"Sans frais : ", "Toll-free: "}},
      {"card.address", {"Adresse : ", "Address: "}},
      {"card.website", {"Site web : ", "Website: "}},
      {"card.email", {"Courriel : ", "E-mail: "}},
      {"card.hours", {"Heures : ", "Hours: "}},
      {"card.source", {"Source : ", "Source: "}},
      {"card.ask_211", {"Pour les joindre, faites le 211 : on vous donnera leurs coordonnées.",
                        "To reach them, dial 211: they will give you the contact details."}},
      {"card.checked", {"vérifié le ", "checked on "}},
      {"card.law", {"Référence : ", "Reference: "}},
      {"card.points", {"{} points", "{} points"}},
      {"card.point", {"{} point", "{} point"}},
      {"card.move", {"Avancez de {} cases.", "Move forward {} spaces."}},
      {"card.move_one", {"Avancez d’une case.", "Move forward 1 space."}},
      {"card.move_back_one", {"Reculez d’une case.", "Move back 1 space."}},
      {"card.move_back", {"Reculez de {} cases.", "Move back {} spaces."}},
      {"card.everyone", {"Pour tout le monde : ", "For everyone: "}},
      {"sheet.title", {"Mes ressources", "My resources"}},
      {"sheet.essentials", {"À garder sous la main :", "Keep these close:"}},
      {"sheet.met", {"Rencontrées en jouant :", "Met while playing:"}},
      {"card.call_script", {"Quoi dire : ", "What to say: "}},
      {"sheet.subtitle", {"Rencontrées en jouant à Dé-CLIC le {}. Pour tout autre besoin : faites le 211.",
                          "Met while playing Dé-CLIC on {}. For anything else: dial 211."}},
      {"title.group", {"Jouer en groupe", "Play as a group"}},
      {"title.solo", {"Jouer seul", "Play alone"}},
      {"title.resume", {"Reprendre la partie", "Resume the game"}},
      {"space.start", {"Départ", "Start"}},
      {"space.finish", {"Arrivée", "Finish"}},
      {"space.right", {"Vrai ou faux", "True or false"}},
      {"space.event", {"Vie de quartier", "Community"}},
      {"space.rest", {"Pause", "Rest"}},
      {"board.roll", {"Lancer le dé", "Roll the die"}},
      {"board.menu", {"Menu", "Menu"}},
      {"board.here", {"Case : {}", "Space: {}"}},
      {"board.turn_of", {"Au tour de : {}", "{}’s turn"}},
      {"board.your_turn", {"À vous de jouer", "Your turn"}},
      {"board.round", {"Tour {} sur {}", "Round {} of {}"}},
      {"board.coop_goal", {"MRC découvertes ensemble : {} sur {}", "MRCs discovered together: {} of {}"}},
      {"card.who_helps", {"Qui peut vous aider ?", "Who can help you?"}},
      {"card.right", {"Bonne réponse !", "Right answer!"}},
      {"card.wrong", {"Pas tout à fait", "Not quite"}},
      {"card.your_answer", {"Votre réponse", "Your answer"}},
      {"card.good_answer", {"La bonne réponse", "The right answer"}},
      {"card.your_choice", {"Votre choix", "Your choice"}},
      {"card.can_help", {"Peuvent vous aider : ", "Who can help: "}},
      {"card.continue", {"Continuer", "Continue"}},
      {"pause.title", {"Pause", "Paused"}},
      {"pause.resume", {"Reprendre", "Resume"}},
      {"pause.undo", {"Annuler la dernière réponse", "Undo the last answer"}},
      {"pause.skip", {"Passer cette carte", "Skip this card"}},
      {"pause.end", {"Terminer la partie", "End the game"}},
      {"pause.home", {"Retour à l’accueil", "Back to the start"}},
      {"end.title", {"Partie terminée", "Game over"}},
      {"end.winner", {"Bravo à {} !", "Well done, {}!"}},
      {"end.solo", {"Vous avez {} points. Merci d’avoir joué !", "You have {} points. Thank you for playing!"}},
      {"end.coop_won", {"Objectif atteint ! Ensemble, vous connaissez des ressources dans {} MRC.", "Goal reached! Together, you know resources in {} MRCs."}},
      {"end.coop_lost", {"Ensemble, vous avez découvert {} MRC. Chaque ressource trouvée compte.", "Together, you discovered {} MRCs. Every resource found counts."}},
      {"end.my_resources", {"Mes ressources", "My resources"}},
      {"end.none", {"Aucune ressource de votre MRC n’est sortie cette fois. Le 211 peut vous les faire connaître.", "No resource of your MRC came up this time. 211 can tell you about them."}},
      {"end.save", {"Enregistrer ma liste", "Save my list"}},
      {"end.next_page", {"Voir la suite", "See more"}},
      {"end.first_page", {"Revenir au début", "Back to the start"}},
      {"end.saved", {"Liste enregistrée : {}", "List saved: {}"}},
      {"end.home", {"Accueil", "Start screen"}},
      {"setup.title", {"Nouvelle partie en groupe", "New group game"}},
      {"setup.players", {"Joueurs ou équipes : {}", "Players or teams: {}"}},
      {"setup.fewer", {"Moins", "Fewer"}},
      {"setup.more", {"Plus", "More"}},
      {"setup.competitive", {"Mode : chacun pour soi", "Mode: each for their own"}},
      {"setup.cooperative", {"Mode : tous ensemble", "Mode: all together"}},
      {"setup.territory", {"Notre MRC : {}", "Our MRC: {}"}},
      {"setup.start", {"Commencer", "Start"}},
      {"setup.board", {"Plateau : {}", "Board: {}"}},
      {"setup.rename", {"Touchez une équipe pour changer son nom ou sa MRC.", "Touch a team to change its name or RCM."}},
      {"keyboard.title", {"Nom : ", "Name: "}},
      {"keyboard.space", {"Espace", "Space"}},
      {"keyboard.erase", {"Effacer", "Erase"}},
      {"keyboard.done", {"OK", "OK"}},
      {"keyboard.territory", {"MRC de l’équipe : {}", "The team’s MRC: {}"}},
      {"browser.position", {"Carte {} sur {}", "Card {} of {}"}},
      {"common.next", {"Suivante", "Next"}},
      {"common.previous", {"Précédente", "Previous"}},
  };
  return table;
}
}  // namespace

std::string fill(std::string label, const std::string& value) {
  auto at = label.find("{}");
  if (at != std::string::npos) label.replace(at, 2, value);
  return label;
}

std::string_view languageCode(Language language) { return language == Language::French ? "fr" : "en"; }

std::string tr(std::string_view key, Language language) {
  auto it = labels().find(key);
  if (it == labels().end()) return std::string(key);
  return language == Language::French ? it->second.fr : it->second.en;
}

}  // namespace game
