#include <doctest/doctest.h>

#include "game/ui/card_text.h"
#include "temp_pack.h"

using namespace game;

namespace {
content::Pack starterPack() {
  TempPack folder("card-text");
  auto r = folder.starter().load();
  REQUIRE_FALSE(r.report.hasErrors());
  return std::move(r.pack);
}
}  // namespace

TEST_CASE("a resource card says whom it serves: its people and, when local, its territories") {
  content::Pack pack = starterPack();
  content::Resource local = pack.resources[0];
  local.allTerritories = false;
  local.territories = {"levis"};
  local.who.byLanguage = {{"fr", "Les locataires de HLM."}, {"en", "Public housing tenants."}};

  const std::string fr = resourceCard(pack, local, Language::French).body;
  CHECK(fr.find("Pour qui : Les locataires de HLM.") != std::string::npos);
  CHECK(fr.find("Territoire : Lévis") != std::string::npos);
  const std::string en = resourceCard(pack, local, Language::English).body;
  CHECK(en.find("For: Public housing tenants.") != std::string::npos);
  CHECK(en.find("Area: Lévis") != std::string::npos);

  // The 211 serves the whole region: no list of territories to read through.
  const std::string regionWide = resourceCard(pack, pack.resources[0], Language::French).body;
  CHECK(regionWide.find("Territoire") == std::string::npos);
}

TEST_CASE("a website is shown as a person types it, so it never breaks mid-word on the list") {
  CHECK(displayWebsite("https://www.omhappalaches.ca") == "omhappalaches.ca");
  CHECK(displayWebsite("http://la-passerelle.ca/") == "la-passerelle.ca");
  CHECK(displayWebsite("https://www.opc.gouv.qc.ca/locataires") == "opc.gouv.qc.ca/locataires");
  content::Pack pack = starterPack();
  content::Resource r = pack.resources[0];
  r.contact.website = "https://www.omhlevis.qc.ca/";
  CHECK(resourceCard(pack, r, Language::French).body.find("Site web : omhlevis.qc.ca\n") != std::string::npos);
}

TEST_CASE("default player names follow the language; typed names stay as typed") {
  CHECK(playerName("Équipe 2", 1, false, Language::English) == "Team 2");
  CHECK(playerName("Équipe 2", 1, false, Language::French) == "Équipe 2");
  CHECK(playerName("Vous", 0, true, Language::English) == "You");
  CHECK(playerName("marie et paul", 0, false, Language::English) == "marie et paul");
  CHECK(playerName("Équipe 2", 0, false, Language::English) == "Équipe 2");  // a name someone typed
}
