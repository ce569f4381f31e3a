#include "game/content/starter_pack.h"

#include <filesystem>

#include "game/content/writer.h"

namespace fs = std::filesystem;

namespace game::content {

std::string starterPackInfo(const std::string& id, const std::string& today) {
  return "# Votre pack Dé-CLIC. Voir docs/content-packs.md.\n"
         "id: " + id + "\n"
         "name:\n  fr: Mon pack\n  en: My pack\n"
         "version: 0.1.0\n"
         "region: Chaudière-Appalaches\n"
         "languages: [fr, en]\n"
         "authors: [À compléter]\n"
         "licence: CC-BY-4.0\n"
         "checked_on: " + today + "\n";
}

std::string starterPackContent(const std::string& today) {
  return "# Remplacez ces exemples par les ressources de votre MRC.\n"
         "# Chaque fait garde sa source et la date où il a été vérifié.\n"
         "territories:\n"
         "  - id: levis\n"
         "    name: Lévis\n"
         "    kind: city\n"
         "    source: https://toponymie.gouv.qc.ca\n"
         "    checked_on: " + today + "\n"
         "\n"
         "categories:\n"
         "  - id: entraide\n"
         "    name: {fr: Entraide, en: Mutual aid}\n"
         "\n"
         "resources:\n"
         "  - id: ligne-211\n"
         "    name: 211\n"
         "    category: entraide\n"
         "    territories: all\n"
         "    what:\n"
         "      fr: Vous dirige vers les organismes communautaires près de chez vous. Gratuit et confidentiel.\n"
         "      en: Refers you to community organisations near you. Free and confidential.\n"
         "    phone: \"211\"\n"
         "    website: https://www.211quebecregions.ca\n"
         "    source: https://www.211quebecregions.ca\n"
         "    checked_on: " + today + "\n"
         "\n"
         "rights:\n"
         "  - id: loyer-hlm\n"
         "    statement:\n"
         "      fr: En HLM, le loyer est d’environ 25 % du revenu du ménage.\n"
         "      en: In public housing, rent is about 25% of the household's income.\n"
         "    answer: true\n"
         "    explanation:\n"
         "      fr: Le loyer de base est 25 % du revenu de l’année précédente, chauffage compris.\n"
         "      en: Basic rent is 25% of the previous year's income, heating included.\n"
         "    legal_reference: Règlement sur les conditions de location des logements à loyer modique\n"
         "    source: https://www.habitation.gouv.qc.ca\n"
         "    checked_on: " + today + "\n"
         "\n"
         "scenarios:\n"
         "  - id: nouveau-voisin\n"
         "    title: {fr: Un nouveau voisin, en: A new neighbour}\n"
         "    situation:\n"
         "      fr: Une personne vient d’emménager à côté. Elle semble perdue.\n"
         "      en: Someone just moved in next door. They seem lost.\n"
         "    choices:\n"
         "      - text: {fr: Je me présente et je lui parle du 211., en: I introduce myself and tell them about 211.}\n"
         "        feedback: {fr: Un bon accueil aide beaucoup., en: A warm welcome helps a lot.}\n"
         "        points: 2\n"
         "      - text: {fr: J’attends qu’elle vienne me voir., en: I wait for them to come to me.}\n"
         "        feedback: {fr: C’est correct aussi. Un petit bonjour peut faire du bien., en: That's fine too. A small hello can help.}\n"
         "        points: 1\n"
         "    resources: [ligne-211]\n"
         "\n"
         "events:\n"
         "  - id: fete-voisins\n"
         "    title: {fr: Fête des voisins, en: Neighbours' party}\n"
         "    text: {fr: Tout le monde se rencontre dans la cour., en: Everyone meets in the yard.}\n"
         "    effect: {points: 1, everyone: true}\n"
         "\n"
         "board:\n"
         "  layout: loop\n"
         "  settings: {rounds: 5}\n"
         "  spaces:\n"
         "    - {type: start}\n"
         "    - {type: resource}\n"
         "    - {type: right}\n"
         "    - {type: scenario}\n"
         "    - {type: event}\n"
         "    - {type: rest}\n";
}

namespace {
bool prepareFolder(const std::string& folder, std::string& id, std::string& error) {
  std::error_code ec;
  if (fs::exists(folder, ec) && (!fs::is_directory(folder, ec) || !fs::is_empty(folder, ec))) {
    error = "'" + folder + "' already exists and is not an empty folder; choose a new folder name";
    return false;
  }
  fs::create_directories(folder, ec);
  if (ec) {
    error = "cannot create '" + folder + "': " + ec.message();
    return false;
  }
  const std::string name = fs::path(folder).filename().string();
  std::string clean;
  for (char c : name) clean.push_back((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ? c : (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : '-');
  while (!clean.empty() && clean.front() == '-') clean.erase(0, 1);
  id = clean.empty() ? "mon-pack" : clean;
  return true;
}
}  // namespace

bool writeStarterPack(const std::string& folder, const std::string& today, std::string& error) {
  std::string id;
  return prepareFolder(folder, id, error) &&
         writeFileAtomically(folder + "/pack.yaml", starterPackInfo(id, today), error) &&
         writeFileAtomically(folder + "/contenu.yaml", starterPackContent(today), error);
}

bool writeOverlayStarter(const std::string& folder, const OverlayBase& base, const std::string& today,
                         std::string& error) {
  std::string id;
  if (!prepareFolder(folder, id, error)) return false;
  const std::string info =
      "# Un pack qui ajoute vos ressources à un autre pack. Voir docs/content-packs.md.\n"
      "# 'extends' : le dossier du pack de base (../chaudiere-appalaches), ou l'identifiant\n"
      "# d'un pack installé (chaudiere-appalaches).\n"
      "id: " + id + "\n"
      "extends: " + base.extends + "\n"
      "name:\n  fr: Ressources de " + id + "\n  en: Resources of " + id + "\n"
      "version: 0.1.0\n"
      "region: Chaudière-Appalaches\n"
      "languages: [fr, en]\n"
      "authors: [À compléter]\n"
      "licence: CC-BY-4.0\n"
      "checked_on: " + today + "\n";
  std::string content =
      "# Vos ressources s'ajoutent à celles du pack de base. Leurs identifiants commencent\n"
      "# par '" + id + "-' pour ne jamais en remplacer une par erreur.\n"
      "# Pas de plateau ici : le jeu garde celui du pack de base.\n"
      "# Ne recopiez que des faits vérifiés : source et date pour chacun. Laissez de côté\n"
      "# un numéro ou une adresse que vous n'avez pas pu vérifier.\n"
      "resources:\n"
      "  - id: " + id + "-exemple\n";
  if (!base.themeId.empty()) content += "    theme: " + base.themeId + "\n";
  content += "    name:\n      fr: Nom de l'organisme\n      en: Name of the organisation\n";
  if (!base.categoryId.empty()) content += "    category: " + base.categoryId + "\n";
  content += "    territories: [" + (base.territoryId.empty() ? std::string("all") : base.territoryId) + "]\n"
             "    what:\n"
             "      fr: Ce que l'organisme fait pour un locataire, en une ou deux phrases simples.\n"
             "      en: What it does for a tenant, in one or two plain sentences.\n"
             "    source: https://www.exemple.org\n"
             "    checked_on: " + today + "\n";
  return writeFileAtomically(folder + "/pack.yaml", info, error) &&
         writeFileAtomically(folder + "/ressources.yaml", content, error);
}

}  // namespace game::content
