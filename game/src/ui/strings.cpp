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
      {"common.next", {"Suivante", "Next"}},
      {"common.previous", {"Précédente", "Previous"}},
  };
  return table;
}
}  // namespace

std::string_view languageCode(Language language) { return language == Language::French ? "fr" : "en"; }

std::string tr(std::string_view key, Language language) {
  auto it = labels().find(key);
  if (it == labels().end()) return std::string(key);
  return language == Language::French ? it->second.fr : it->second.en;
}

}  // namespace game
