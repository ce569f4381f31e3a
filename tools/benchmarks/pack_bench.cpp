#include "pack_bench.h"

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/yaml.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "game/content/loader.h"

namespace fs = std::filesystem;

namespace {
struct NullHandler : YAML::EventHandler {
  void OnDocumentStart(const YAML::Mark&) override {}
  void OnDocumentEnd() override {}
  void OnNull(const YAML::Mark&, YAML::anchor_t) override {}
  void OnAlias(const YAML::Mark&, YAML::anchor_t) override {}
  void OnScalar(const YAML::Mark&, const std::string&, YAML::anchor_t, const std::string&) override {}
  void OnSequenceStart(const YAML::Mark&, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override {}
  void OnSequenceEnd() override {}
  void OnMapStart(const YAML::Mark&, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override {}
  void OnMapEnd() override {}
};

std::string territoryId(int i) { return "territoire-" + std::to_string(i % 10); }
}  // namespace

void generatePack(const std::string& folder, int cards) {
  fs::remove_all(folder);
  fs::create_directories(folder);
  std::ofstream(folder + "/pack.yaml") << "id: bench\nname: {fr: Banc d’essai, en: Benchmark}\nversion: 1.0.0\n"
                                          "region: Chaudière-Appalaches\nlanguages: [fr, en]\nauthors: [bench]\n"
                                          "licence: CC0\nchecked_on: 2026-11-01\n";
  std::ofstream base(folder + "/base.yaml");
  base << "territories:\n";
  for (int t = 0; t < 10; ++t)
    base << "  - id: " << territoryId(t) << "\n    name: Territoire " << t
         << "\n    kind: mrc\n    source: https://example.org/t\n    checked_on: 2026-11-01\n";
  base << "categories:\n  - id: logement\n    name: {fr: Logement, en: Housing}\n";
  base << "board:\n  spaces:\n    - {type: start}\n    - {type: resource}\n    - {type: right}\n"
          "    - {type: scenario}\n    - {type: event}\n";

  // Ten files, as a real pack would split its cards.
  const int files = 10;
  for (int f = 0; f < files; ++f) {
    std::ostringstream out;
    const int from = cards * f / files, to = cards * (f + 1) / files;
    out << "resources:\n";
    for (int i = from; i < to; ++i) {
      if (i % 10 >= 4) continue;
      out << "  - id: ressource-" << i << "\n    name:\n      fr: Organisme d’entraide numéro " << i
          << "\n      en: Mutual aid group number " << i << "\n    category: logement\n    territories: ["
          << territoryId(i) << ", " << territoryId(i + 3) << "]\n    what:\n"
          << "      fr: Aide les locataires à connaître leurs droits et à trouver un logement qui leur convient, "
             "avec une écoute attentive et des rencontres en petits groupes chaque semaine.\n"
          << "      en: Helps tenants learn their rights and find a home that suits them, with careful listening "
             "and small group meetings every week.\n"
          << "    phone: 418 555-" << 1000 + i % 9000 << "\n    website: https://example.org/r" << i
          << "\n    source: https://example.org/source/" << i << "\n    checked_on: 2026-10-0" << 1 + i % 9 << "\n";
    }
    out << "rights:\n";
    for (int i = from; i < to; ++i) {
      if (i % 10 < 4 || i % 10 >= 6) continue;
      out << "  - id: droit-" << i << "\n    statement:\n      fr: Le locataire numéro " << i
          << " peut demander une réparation par écrit à son office.\n      en: Tenant number " << i
          << " can ask the office in writing for a repair.\n    answer: true\n    explanation:\n"
          << "      fr: Le propriétaire fait les réparations nécessaires. Gardez une copie de votre demande.\n"
          << "      en: The landlord makes the needed repairs. Keep a copy of your request.\n"
          << "    legal_reference: Code civil du Québec, art. 1864\n    source: https://example.org/droit\n"
          << "    checked_on: 2026-10-15\n";
    }
    out << "scenarios:\n";
    for (int i = from; i < to; ++i) {
      if (i % 10 < 6 || i % 10 >= 9) continue;
      out << "  - id: situation-" << i << "\n    title: {fr: Situation " << i << ", en: Situation " << i
          << "}\n    situation:\n      fr: Le voisin fait du bruit tard le soir et vous dormez mal depuis une semaine.\n"
          << "      en: The neighbour is noisy late at night and you have slept badly for a week.\n    choices:\n"
          << "      - text: {fr: J’en parle au voisin, en: I talk with the neighbour}\n"
          << "        feedback: {fr: Souvent ça suffit., en: Often that is enough.}\n        points: 2\n"
          << "      - text: {fr: J’écris à l’office, en: I write to the office}\n"
          << "        feedback: {fr: C’est votre droit., en: That is your right.}\n        points: 1\n"
          << "    resources: [ressource-" << (i / 10) * 10 << "]\n";
    }
    out << "events:\n";
    for (int i = from; i < to; ++i) {
      if (i % 10 != 9) continue;
      out << "  - id: evenement-" << i << "\n    title: {fr: Fête " << i << ", en: Party " << i
          << "}\n    text: {fr: Tout le monde se rencontre dans la cour., en: Everyone meets in the yard.}\n"
          << "    effect: {points: 1, everyone: true}\n";
    }
    std::ofstream(folder + "/cartes-" + std::to_string(f) + ".yaml") << out.str();
  }
}

double yamlEventFloorSeconds(const std::string& folder) {
  auto start = std::chrono::steady_clock::now();
  for (const auto& entry : fs::directory_iterator(folder)) {
    if (entry.path().extension() != ".yaml") continue;
    std::ifstream in(entry.path(), std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    std::istringstream stream(text.str());
    NullHandler handler;
    YAML::Parser parser(stream);
    while (parser.HandleNextDocument(handler)) {
    }
  }
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

bool loadSeconds(const std::string& folder, double& seconds, std::string& firstError) {
  game::content::LoadOptions options;
  options.today = game::content::Date{2026, 11, 23};
  auto start = std::chrono::steady_clock::now();
  auto result = game::content::loadPack(folder, options);
  seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  if (result.report.hasErrors()) {
    for (const auto& d : result.report.items())
      if (d.severity == game::content::Severity::Error) {
        firstError = d.format();
        break;
      }
    return false;
  }
  return true;
}
