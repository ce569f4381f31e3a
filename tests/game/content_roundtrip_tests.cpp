#include <doctest/doctest.h>

#include <fstream>
#include <sstream>

#include "game/content/schema.h"
#include "game/content/stats.h"
#include "game/content/writer.h"
#include "temp_pack.h"

using namespace game::content;

namespace {
std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}
}  // namespace

TEST_CASE("load, save, load again: the same pack, and the same files") {
  TempPack source("roundtrip-a");
  auto first = source.starter().load();
  REQUIRE_FALSE(first.report.hasErrors());

  TempPack copy("roundtrip-b");
  std::string error;
  REQUIRE(savePack(first.pack, copy.path(), error));
  auto second = copy.load();
  INFO(allMessages(second));
  CHECK(second.report.items().empty());
  // The model that comes back is the model that went out, field by field.
  CHECK(second.pack == first.pack);
  // And a change anywhere shows: the comparison is not blind.
  Pack changed = second.pack;
  changed.resources[0].contact.phone = "418 555-0000";
  CHECK_FALSE(changed == first.pack);
  changed = second.pack;
  changed.scenarios[0].choices[1].outcome.points += 1;
  CHECK_FALSE(changed == first.pack);
}

TEST_CASE("texts with quotes, colons and accents survive a round trip") {
  TempPack source("roundtrip-tricky");
  auto first = source.starter({{"      fr: Vous dirige vers les organismes communautaires près de chez vous. Gratuit et confidentiel.",
                                "      fr: \"« Attention : ça marche ! » dit-elle # pas un commentaire\""}})
                   .load();
  REQUIRE_FALSE(first.report.hasErrors());
  TempPack copy("roundtrip-tricky-b");
  std::string error;
  REQUIRE(savePack(first.pack, copy.path(), error));
  auto second = copy.load();
  CHECK(second.pack.resources[0].what.get("fr") == "« Attention : ça marche ! » dit-elle # pas un commentaire");
}

TEST_CASE("saving is atomic: no temporary file is left behind") {
  TempPack t("atomic");
  std::string error;
  REQUIRE(writeFileAtomically(t.file("x.yaml"), "a: 1\n", error));
  CHECK(slurp(t.file("x.yaml")) == "a: 1\n");
  CHECK_FALSE(std::filesystem::exists(t.file("x.yaml.tmp")));
  CHECK_FALSE(writeFileAtomically(t.file("no/such/folder/x.yaml"), "a", error));
}

TEST_CASE("the JSON Schema names every key the loader accepts, and nothing else") {
  const std::string schema = jsonSchema();
  for (const auto& spec : packSchema()) {
    if (spec.name != "pack") CHECK(schema.find("\"" + spec.name + "\": {") != std::string::npos);
    for (const auto& field : spec.fields) {
      INFO(spec.name << "." << field.key);
      CHECK(schema.find("\"" + field.key + "\": {\"description\": ") != std::string::npos);
    }
  }
  for (const auto& section : contentSections()) CHECK(schema.find("\"" + section + "\": {") != std::string::npos);
  // Every key of the starter pack is in the schema, so editors never flag a valid file.
  TempPack p("schema");
  auto r = p.starter().load();
  CHECK_FALSE(reports(r, "unknown key"));
  CHECK(schema.find("\"additionalProperties\": false") != std::string::npos);
}

TEST_CASE("stats count by kind and territory, coverage and the oldest check") {
  TempPack p("stats");
  auto r = p.starter().load();
  PackStats s = computeStats(r.pack);
  CHECK(s.resources == 1);
  CHECK(s.rights == 1);
  CHECK(s.scenarios == 1);
  CHECK(s.events == 1);
  CHECK(s.byTerritory.at("levis").servingResources == 1);
  CHECK(s.byTerritory.at("levis").localResources == 0);
  CHECK(s.languageCoverage.at("en") == doctest::Approx(1.0));
  REQUIRE(s.oldestCheck);
  CHECK(*s.oldestCheck == kTestToday);
}

TEST_CASE("docs/content-packs.md mentions every key of the format") {
  const std::string docs = slurp(std::string(DECLIC_SOURCE_DIR) + "/docs/content-packs.md");
  REQUIRE_FALSE(docs.empty());
  for (const auto& spec : packSchema())
    for (const auto& field : spec.fields) {
      INFO(spec.name << "." << field.key);
      CHECK(docs.find("`" + field.key) != std::string::npos);
    }
}

TEST_CASE("the complete example in docs/content-packs.md is a valid pack, in one pack.yaml") {
  const std::string docs = slurp(std::string(DECLIC_SOURCE_DIR) + "/docs/content-packs.md");
  const auto start = docs.find("# pack.yaml\nid: exemple");
  REQUIRE(start != std::string::npos);
  const auto end = docs.find("```", start);
  TempPack p("docs-example");
  p.write("pack.yaml", docs.substr(start, end - start));
  auto r = p.load();
  INFO(allMessages(r));
  CHECK(r.report.items().empty());
  CHECK(r.pack.cardCount() == 4);
}

TEST_CASE("the bundled Chaudière-Appalaches pack: its size, its MRCs and both languages") {
  LoadOptions options;
  options.today = kBundledPackDay;
  auto r = loadPack(std::string(DECLIC_SOURCE_DIR) + "/content/chaudiere-appalaches", options);
  INFO(allMessages(r));
  REQUIRE(r.report.items().empty());
  const PackStats s = computeStats(r.pack);
  CHECK(s.resources >= 60);
  CHECK(s.rights >= 30);
  CHECK(s.scenarios >= 30);
  CHECK(s.events >= 15);
  // The nine MRCs and Lévis, with the current name of the former MRC Robert-Cliche.
  CHECK(s.territories == 10);
  REQUIRE(r.pack.territory("beauce-centre"));
  CHECK(r.pack.territory("beauce-centre")->name.get("fr") == "Beauce-Centre");
  CHECK(r.pack.territory("levis")->kind == TerritoryKind::City);
  for (const auto& [id, counts] : s.byTerritory) {
    INFO(id);
    CHECK(counts.localResources >= 3u);  // every MRC, and Lévis, has its own
  }
  CHECK(s.languageCoverage.at("fr") == doctest::Approx(1.0));
  CHECK(s.languageCoverage.at("en") == doctest::Approx(1.0));
  for (const auto& res : r.pack.resources) {
    INFO(res.id);
    CHECK_FALSE(res.provenance.source.empty());
    CHECK(res.provenance.checkedOn.has_value());
  }
}
