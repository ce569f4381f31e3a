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
      {"kind.scenario", {"Situation", "Situation"}},
      {"kind.event", {"Vie de quartier", "Community life"}},
      {"card.true", {"Vrai", "True"}},
      {"card.false", {"Faux", "False"}},
      {"card.answer_true", {"Réponse : Vrai.", "Answer: True."}},
      {"card.answer_false", {"Réponse : Faux.", "Answer: False."}},
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
      {"card.move", {"Avancez de {} cases.", "Move forward {} spaces."}},
      {"card.move_one", {"Avancez d’une case.", "Move forward 1 space."}},
      {"card.move_back_one", {"Reculez d’une case.", "Move back 1 space."}},
      {"card.move_back", {"Reculez de {} cases.", "Move back {} spaces."}},
      {"card.everyone", {"Pour tout le monde : ", "For everyone: "}},
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
