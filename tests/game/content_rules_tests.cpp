// One failing and one passing fixture for every validator rule.
#include <algorithm>
#include <doctest/doctest.h>

#include "game/content/phone.h"
#include "game/content/word_budget.h"
#include "temp_pack.h"

using namespace game::content;

namespace {
// Every message of `r` as a facilitator reads it in French; each one must have a French wording.
std::vector<std::string> allInFrench(const LoadResult& r) {
  std::vector<std::string> french;
  for (const auto& d : r.report.items()) {
    bool all = false;
    french.push_back(inFrench(d, &all).formatIn(true));
    if (!all) MESSAGE("still in English: " << d.format());
    CHECK(all);
  }
  return french;
}

bool anySays(const std::vector<std::string>& lines, const std::string& words) {
  return std::any_of(lines.begin(), lines.end(), [&](const std::string& m) { return m.find(words) != std::string::npos; });
}
}  // namespace

TEST_CASE("the starter pack is clean: no error, no warning") {
  TempPack p("clean");
  auto r = p.starter().load();
  INFO(allMessages(r));
  CHECK(r.report.items().empty());
  CHECK(r.pack.resources.size() == 1);
  CHECK(r.pack.board()->spaces.size() == 6);
}

TEST_CASE("a pack folder typed with a trailing slash (as a shell completes it) loads clean") {
  TempPack p("slash");
  p.starter();
  LoadOptions options;
  options.today = kTestToday;
  for (const std::string& folder : {p.path() + "/", p.path() + "//"}) {
    auto r = loadPack(folder, options);
    INFO(allMessages(r));
    CHECK(r.report.items().empty());
    CHECK(r.pack.resources.size() == 1);
  }
}

TEST_CASE("a territory's map tile: two whole numbers from 0 to 9, one territory per tile") {
  TempPack good("map-good");
  auto ok = good.starter({{"    kind: city\n", "    kind: city\n    map: [2, 0]\n"}}).load();
  INFO(allMessages(ok));
  CHECK(ok.report.items().empty());
  REQUIRE(ok.pack.territories[0].mapCell);
  CHECK(*ok.pack.territories[0].mapCell == std::make_pair(2, 0));

  TempPack bad("map-bad");
  auto r = bad.starter({{"    kind: city\n", "    kind: city\n    map: [12, north]\n"}}).load();
  REQUIRE(r.report.errorCount() == 1);
  const auto& d = r.report.items().front();
  CHECK(d.message.find("'map' should be [column, row]") != std::string::npos);
  CHECK(d.origin.line > 0);

  TempPack twice("map-twice");
  auto w = twice
               .starter({{"    kind: city\n", "    kind: city\n    map: [1, 1]\n"},
                         {"\ncategories:", "  - id: bellechasse\n    name: Bellechasse\n    kind: mrc\n    map: [1, 1]\n"
                                           "    source: https://toponymie.gouv.qc.ca\n    checked_on: 2026-11-23\n\ncategories:"}})
               .load();
  INFO(allMessages(w));
  CHECK(w.report.errorCount() == 0);
  CHECK(allMessages(w).find("same map tile as 'levis'") != std::string::npos);
  for (const auto& d : w.report.items()) {
    bool all = false;
    CHECK(inFrench(d, &all).formatIn(true).find("même tuile de la carte que « levis »") != std::string::npos);
    CHECK(all);
  }
}

TEST_CASE("required fields: a resource without 'what' is an error at its line") {
  TempPack p("required");
  auto r = p.starter({{"    what:\n      fr: Vous dirige", "    wha:\n      fr: Vous dirige"}}).load();
  CHECK(reports(r, "the resource has no 'what'"));
  CHECK(reports(r, "unknown key 'wha' in a resource (id: ligne-211). did you mean 'what'?"));
  CHECK(reports(r, "contenu.yaml:15:5: error: the resource has no 'what'"));
}

TEST_CASE("types: a word where a number goes, a list where a text goes") {
  TempPack p("types");
  auto r = p.starter({{"        points: 2", "        points: two"}, {"    title: {fr: Un nouveau voisin, en: A new neighbour}", "    title: [a, b]"}}).load();
  CHECK(reports(r, "'points' should be a whole number, found 'two'"));
  CHECK(reports(r, "'title' should be a text, found a list"));
}

TEST_CASE("unknown keys and sections suggest the right spelling") {
  TempPack p("unknown");
  auto r = p.starter({{"events:", "evnets:"}}).load();
  CHECK(reports(r, "unknown section 'evnets'"));
  CHECK(reports(r, "did you mean 'events'?"));
}

TEST_CASE("duplicate ids point to both places") {
  TempPack p("duplicate");
  auto r = p.starter({{"  - id: fete-voisins", "  - id: nouveau-voisin"}}).load();
  CHECK_FALSE(reports(r, "a second"));  // scenarios and events are different kinds: no clash
  TempPack q("duplicate2");
  auto r2 = q.starter().write("more.yaml", "categories:\n  - id: entraide\n    name: Autre\n").load();
  CHECK(reports(r2, "a second category with the id 'entraide' (the first is at"));
}

TEST_CASE("dangling references name the missing id and suggest a close one") {
  TempPack p("dangling");
  auto r = p.starter({{"    resources: [ligne-211]", "    resources: [ligne-212]"}}).load();
  CHECK(reports(r, "no resource has the id 'ligne-212'"));
  CHECK(reports(r, "did you mean 'ligne-211'?"));
}

TEST_CASE("a missing translation for a declared language is a warning") {
  TempPack p("translation");
  auto r = p.starter({{"      en: Refers you to community organisations near you. Free and confidential.\n", ""}}).load();
  CHECK(reports(r, "no en text", Severity::Warning));
  CHECK_FALSE(r.report.hasErrors());
}

TEST_CASE("phone, web address, e-mail and date formats") {
  TempPack p("formats");
  auto r = p.starter({{"    phone: \"211\"", "    phone: 418-55\n    email: info-at-example.org"},
                      {"    website: https://www.211quebecregions.ca", "    website: www.211quebecregions.ca"}})
               .load();
  CHECK(reports(r, "'418-55' is not a valid phone"));
  CHECK(reports(r, "'info-at-example.org' is not a valid email"));
  CHECK(reports(r, "'www.211quebecregions.ca' is not a valid website"));
  TempPack q("dates");
  auto r2 = q.starter().write("t.yaml", "territories:\n  - id: x\n    name: X\n    kind: mrc\n    source: s\n    checked_on: 2026-02-30\n").load();
  CHECK(reports(r2, "'2026-02-30' is not a date"));
  CHECK(isValidPhone("1 800 683-2245"));
  CHECK(isValidPhone("418 833-1490 poste 2"));
  CHECK(isValidPhone("811"));
  CHECK_FALSE(isValidPhone("1 800 683-BAIL"));
}

TEST_CASE("facts checked more than 18 months ago get a warning; recent ones do not") {
  TempPack p("stale");
  std::string fresh = "checked_on: " + kTestToday.iso();
  auto r = p.starter({{"    source: https://www.211quebecregions.ca\n    " + fresh, "    source: https://www.211quebecregions.ca\n    checked_on: 2025-01-10"}}).load();
  CHECK(reports(r, "more than 18 months ago", Severity::Warning));
  TempPack q("recent");
  auto r2 = q.starter({{"    source: https://www.211quebecregions.ca\n    " + fresh, "    source: https://www.211quebecregions.ca\n    checked_on: 2025-11-10"}}).load();
  CHECK_FALSE(reports(r2, "months ago", Severity::Warning));
  TempPack f("future");
  auto r3 = f.starter({{"    source: https://www.211quebecregions.ca\n    " + fresh, "    source: https://www.211quebecregions.ca\n    checked_on: 2027-01-01"}}).load();
  CHECK(reports(r3, "is in the future"));
  // One day ahead is another time zone, not a mistake.
  TempPack t("tomorrow");
  auto r4 = t.starter({{"    source: https://www.211quebecregions.ca\n    " + fresh, "    source: https://www.211quebecregions.ca\n    checked_on: 2026-11-24"}}).load();
  CHECK_FALSE(reports(r4, "is in the future"));
}

TEST_CASE("images: missing, not a PNG, too large, outside the pack; a real PNG passes") {
  // A valid 1x1 PNG.
  const unsigned char pngBytes[] = {
      0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0,
      0, 0x1f, 0x15, 0xc4, 0x89, 0, 0, 0, 13, 'I', 'D', 'A', 'T', 'x', 0x9c, 'c', 0xf8, 0x0f, 0, 0, 1, 1, 0, 5, 0x18,
      0xd8, 'N', 0, 0, 0, 0, 'I', 'E', 'N', 'D', 0xae, 'B', '`', 0x82};
  const std::string png(reinterpret_cast<const char*>(pngBytes), sizeof pngBytes);
  std::string huge = png;
  huge[18] = '\x10';  // 1 048 577 pixels wide in the header
  auto withLogo = [](const std::string& logo) {
    return std::map<std::string, std::string>{{"    phone: \"211\"", "    phone: \"211\"\n    logo: " + logo}};
  };
  TempPack ok("png-ok");
  auto r = ok.starter(withLogo("logos/211.png")).write("logos/211.png", png).load();
  INFO(allMessages(r));
  CHECK_FALSE(r.report.hasErrors());

  TempPack missing("png-missing");
  CHECK(reports(missing.starter(withLogo("logos/nope.png")).load(), "the image 'logos/nope.png' is missing"));
  TempPack text("png-text");
  CHECK(reports(text.starter(withLogo("logo.png")).write("logo.png", "hello").load(), "'logo.png' is not a readable PNG"));
  TempPack big("png-big");
  CHECK(reports(big.starter(withLogo("logo.png")).write("logo.png", huge).load(), "pixels"));
  TempPack outside("png-outside");
  CHECK(reports(outside.starter(withLogo("../outside.png")).load(), "must be a .png path inside the pack folder"));
  TempPack absolute("png-absolute");
  CHECK(reports(absolute.starter(withLogo("/etc/logo.png")).load(), "must be a .png path inside the pack folder"));
}

TEST_CASE("board: one start, a reachable finish, and no space drawing from an empty deck") {
  TempPack p("board-empty-deck");
  auto r = p.starter({{"events:\n  - id: fete-voisins\n", "events: []\nunused:\n  - id: fete-voisins\n"}}).load();
  CHECK(reports(r, "this space draws from the event deck, but the pack has no event cards"));

  TempPack q("board-finish");
  auto r2 = q.starter({{"  layout: loop", "  layout: path"}, {"    - {type: start}", "    - {type: finish}\n    - {type: start}"}}).load();
  CHECK(reports(r2, "the finish comes before the start"));

  TempPack t("board-territory");
  auto r3 = t.starter({{"    - {type: rest}", "    - {type: resource, territory: levis}"}}).load();
  CHECK_FALSE(reports(r3, "serves"));  // 211 serves every territory
  TempPack u("board-territory-empty");
  auto r4 = u.starter({{"    territories: all", "    territories: [levis]"}})
                .write("t.yaml", "territories:\n  - id: bellechasse\n    name: Bellechasse\n    kind: mrc\n    source: s\n    checked_on: 2026-11-01\n")
                .load();
  CHECK_FALSE(r4.report.hasErrors());
  TempPack v("board-territory-none");
  auto r5 = v.starter({{"    territories: all", "    territories: [levis]"}, {"    - {type: rest}", "    - {type: resource, territory: bellechasse}"}})
                .write("t.yaml", "territories:\n  - id: bellechasse\n    name: Bellechasse\n    kind: mrc\n    source: s\n    checked_on: 2026-11-01\n")
                .load();
  CHECK(reports(r5, "no resource card serves 'bellechasse'"));
}

TEST_CASE("scenarios need 2 to 4 choices") {
  TempPack p("choices");
  auto r = p.starter({{"      - text: {fr: J’attends", "      - txt: {fr: J’attends"}}).load();
  CHECK(reports(r, "unknown key 'txt' in a choice"));
  TempPack q("one-choice");
  const std::string second = "      - text: {fr: J’attends qu’elle vienne me voir., en: I wait for them to come to me.}\n"
                             "        feedback: {fr: C’est correct aussi. Un petit bonjour peut faire du bien., en: That's fine too. A small hello can help.}\n"
                             "        points: 1\n";
  auto r2 = q.starter({{second, ""}}).load();
  CHECK(reports(r2, "this scenario has 1 choice(s); it needs 2 to 4"));
}

// ------------------------------------------------------------ YAML traps (the real cause first)
TEST_CASE("a French colon in an unquoted text: one message per line, with the fix, and no knock-on errors") {
  TempPack p("trap-colon");
  auto r = p.starter({{"      fr: Vous dirige vers les organismes communautaires près de chez vous. Gratuit et confidentiel.",
                       "      fr: Vous dirige vers les organismes : gratuit et confidentiel."},
                      {"      fr: Une personne vient d’emménager à côté. Elle semble perdue.",
                       "      fr: Une personne arrive : elle semble perdue."}})
               .load();
  CHECK(reports(r, "contenu.yaml:20:43: error: this text has « : » in it"));
  CHECK(reports(r, "mettez ce texte entre guillemets"));
  CHECK(r.report.errorCount() == 2);  // both lines, and nothing about a missing board or resource
  CHECK_FALSE(reports(r, "not valid YAML"));
  CHECK_FALSE(reports(r, "has no board"));
}

TEST_CASE("the fix the message names makes the pack valid") {
  TempPack p("trap-fixed");
  auto r = p.starter({{"      fr: Vous dirige vers les organismes communautaires près de chez vous. Gratuit et confidentiel.",
                       "      fr: \"Vous dirige vers les organismes : gratuit et confidentiel.\""}})
               .load();
  CHECK_FALSE(r.report.hasErrors());
}

TEST_CASE("a comma in the short {fr: …, en: …} form, and a typo in a language key") {
  TempPack p("trap-comma");
  auto r = p.starter({{"{fr: Je me présente et je lui parle du 211.", "{fr: Je me présente, et je lui parle du 211."},
                      {"feedback: {fr: Un bon accueil", "feedback: {fř: Un bon accueil"}})
               .load();
  CHECK(reports(r, "a comma inside {fr: …, en: …} cuts this text in two"));
  CHECK_FALSE(reports(r, "'et je lui parle du 211.' is not one of the pack's languages"));
  CHECK(reports(r, "'fř' is not one of the pack's languages (id: nouveau-voisin). did you mean 'fr'?"));
}

TEST_CASE("a comma cutting off a word in brackets gives only the comma message") {
  // « en: Mutual aid (help, Lévis) » leaves « Lévis) » as a key: not a language to declare.
  TempPack p("trap-comma-bracket");
  auto r = p.starter({{"name: {fr: Entraide, en: Mutual aid}", "name: {fr: Entraide, en: Mutual aid (help, Lévis)}"}}).load();
  CHECK(reports(r, "a comma inside {fr: …, en: …} cuts this text in two"));
  CHECK_FALSE(reports(r, "is not one of the pack's languages"));
}

TEST_CASE("languages: fr, en asks for brackets and reads on with both languages") {
  TempPack p("trap-languages");
  p.starter();
  std::string info = game::content::starterPackInfo("test", kTestToday.iso());
  info.replace(info.find("languages: [fr, en]"), 19, "languages: fr, en");
  p.write("pack.yaml", info);
  auto r = p.load();
  CHECK(reports(r, "'languages' must be a list, in brackets (id: pack). write languages: [fr, en]"));
  CHECK(r.report.errorCount() == 1);  // not a cascade of "'fr' is not one of the pack's languages"
}

TEST_CASE("one idea per card: a 150-word description and a 22-word title, counted the same way every run") {
  auto words = [](std::size_t n) {
    std::string text;
    for (std::size_t i = 0; i < n; ++i) text += (i ? " " : "") + std::string(i % 2 ? "loyer" : "voisin");
    return text;
  };
  const std::string what = "      fr: Vous dirige vers les organismes communautaires près de chez vous. Gratuit et confidentiel.";
  const std::string title = "    title: {fr: Un nouveau voisin, en: A new neighbour}";
  TempPack p("word-budget");
  auto r = p.starter({{what, "      fr: " + words(150)}, {title, "    title: {fr: " + words(22) + ", en: A new neighbour}"}})
               .load();
  INFO(allMessages(r));
  CHECK(r.report.errorCount() == 2);  // one per text, whatever the text size
  CHECK(reports(r, "contenu.yaml:20:7: error: 'what' (fr) has 150 words; a card says one idea in 35 words or fewer"));
  CHECK(reports(r, "shorten it to 35 words, or put the rest on another card"));
  CHECK(reports(r, "'title' (fr) has 22 words; a card says one idea in 8 words or fewer"));
  // Punctuation alone is not a word, and French no-break spaces split words.
  CHECK(game::content::countWords("Bonjour : ça va ? « Oui » — merci !") == 5);
  CHECK(game::content::countWords("loyer\u00A0:\u00A0payé") == 2);

  // The fix it names makes the pack valid.
  TempPack fixed("word-budget-fixed");
  CHECK_FALSE(fixed.starter({{what, "      fr: " + words(35)}, {title, "    title: {fr: " + words(8) + ", en: A new neighbour}"}})
                  .load()
                  .report.hasErrors());
}

TEST_CASE("phone numbers show one way, whatever way they were typed") {
  using game::content::displayPhone;
  CHECK(displayPhone("(418)555.0199 poste 2", true) == "418 555-0199, poste 2");
  CHECK(displayPhone("418-555-0199", true) == "418 555-0199");
  CHECK(displayPhone("1-800-555-0199", false) == "1 800 555-0199");
  CHECK(displayPhone("4185550199 ext. 12", false) == "418 555-0199, ext. 12");
  CHECK(displayPhone("211", true) == "211");
  CHECK(displayPhone("pas un numéro", true) == "pas un numéro");
}

TEST_CASE("a sentence written once in a two-language pack is a warning naming who reads it wrong") {
  TempPack p("neutral");
  auto r = p.starter({{"    what:\n      fr: Vous dirige vers les organismes communautaires près de chez vous. Gratuit et "
                       "confidentiel.\n      en: Refers you to community organisations near you. Free and confidential.\n",
                       "    what: Vous dirige vers les organismes communautaires près de chez vous.\n"}})
               .load();
  CHECK(reports(r, "warning: 'what' is written once, so en players read it in fr", Severity::Warning));
  CHECK(reports(r, "write it as {fr: …, en: …}", Severity::Warning));
  CHECK_FALSE(r.report.hasErrors());
}

TEST_CASE("a cause repeated thirty times is read three times and « and 27 more like this »") {
  Report report;
  for (int i = 0; i < 30; ++i)
    report.error({"ressources.yaml", 10 + i, 5}, "r" + std::to_string(i), "no category has the id 'sant" + std::to_string(i) + "'",
                 "check the spelling");
  report.warning({"a.yaml", 1, 1}, "x", "checked long ago");
  report.error({"b.yaml", 2, 1}, "y", "the resource has no 'what'");
  const auto read = report.forReading();
  REQUIRE(read.size() == 6);
  CHECK(read[3].message == "… and 27 more like this");
  CHECK(read[4].message == "the resource has no 'what'");  // another cause, before any warning
  CHECK(read[5].severity == Severity::Warning);
}

TEST_CASE("French words for keys get the key they mean: « téléphone » is phone, « courriel » is email") {
  TempPack p("french-keys");
  auto r = p.starter({{"    phone: \"211\"", "    téléphone: \"211\""}}).load();
  CHECK(reports(r, "unknown key 'téléphone' in a resource (id: ligne-211). did you mean 'phone'?"));
}

TEST_CASE("a facilitator reads the broken fixtures' messages in French") {
  LoadOptions options;
  options.today = kTestToday;
  auto r = loadPack(std::string(DECLIC_SOURCE_DIR) + "/tests/fixtures/packs/broken", options);
  REQUIRE(r.report.items().size() >= 5);
  std::size_t complete = 0;
  for (const auto& d : r.report.items()) {
    bool all = false;
    inFrench(d, &all);
    if (all) ++complete;
    else MESSAGE("still in English: " << d.format());
  }
  CHECK(complete == r.report.items().size());
  CHECK(r.report.forReading().front().formatIn(true).find(" : erreur : ") != std::string::npos);
}

TEST_CASE("list-shape mistakes read in French: choices not a list, a bare value for a space, mrc on a rest space") {
  TempPack p("french-lists");
  auto r = p.starter({{"    choices:\n", "    choices: deux\n    old_choices:\n"},
                      {"    - {type: resource}\n", "    - 3\n    - {type: rest, mrc: player}\n"}})
               .load();
  INFO(allMessages(r));
  const std::vector<std::string> french = allInFrench(r);
  auto says = [&](const std::string& words) { return anySays(french, words); };
  CHECK(says("« choices » doit être une liste de 2 à 4 choix"));
  CHECK(says("un élément (case) est attendu"));
  CHECK(says("commencez chaque élément (case) par « - type: ... »"));
  CHECK(says("« mrc: player » ne va que sur une case ressource"));
}

// The mistakes a facilitator makes writing a pack by hand: each one's first
// message names the real cause in French, at its line, and is the only error;
// the fix it names makes the pack valid.
TEST_CASE("typical mistakes: the cause first, in French, and a fix that works") {
  struct Mistake {
    const char* name;
    std::string from, to, firstMessage, fixed;
  };
  const std::string situation = "      fr: Une personne vient d’emménager à côté. Elle semble perdue.";
  const std::vector<Mistake> mistakes = {
      {"a French colon", situation, "      fr: Une personne arrive : elle semble perdue.",
       "contenu.yaml:44:31 : erreur : ce texte contient « : »", "      fr: \"Une personne arrive : elle semble perdue.\""},
      {"a comma in the short form", "{fr: Je me présente et je lui parle du 211.", "{fr: Je me présente, et je lui parle du 211.",
       "contenu.yaml:47:37 : erreur : une virgule dans {fr: …, en: …} coupe ce texte en deux",
       "{fr: \"Je me présente, et je lui parle du 211.\""},
      {"a text opening with a quote", situation, "      fr: \"Une personne\" vient d’emménager.",
       "contenu.yaml:44:26 : erreur : ce texte commence par un guillemet",
       "      fr: \"« Une personne » vient d’emménager.\""},
      {"a tab", "    name: 211\n", "\tname: 211\n", "contenu.yaml:16:1 : erreur : une tabulation décale cette ligne",
       "    name: 211\n"},
      {"a line indented by three", "    what:\n      fr: Vous dirige", "   what:\n      fr: Vous dirige",
       "contenu.yaml:19:4 : erreur : cette ligne commence après 3 espaces, les clés au-dessus après 4",
       "    what:\n      fr: Vous dirige"},
      {"a typo in a language key", "feedback: {fr: Un bon accueil", "feedback: {fř: Un bon accueil",
       "contenu.yaml:48:20 : erreur : « fř » n’est pas une des langues du pack (id : nouveau-voisin). vouliez-vous dire « fr » ?",
       "feedback: {fr: Un bon accueil"},
      {"a French key", "    phone: \"211\"", "    téléphone: \"211\"", "vouliez-vous dire « phone » ?", "    phone: \"211\""},
      {"a short phone", "    phone: \"211\"", "    phone: 418 555 01",
       "« 418 555 01 » n’est pas un numéro de téléphone valide", "    phone: 418 555-0199 poste 2"},
      {"a date the French way", "    checked_on: " + kTestToday.iso() + "\n\ncategories", "    checked_on: 25/11/2026\n\ncategories",
       "« 25/11/2026 » n’est pas une date", "    checked_on: " + kTestToday.iso() + "\n\ncategories"},
      {"an id with a typo", "    resources: [ligne-211]", "    resources: [ligne-221]", "vouliez-vous dire « ligne-211 » ?",
       "    resources: [ligne-211]"},
      {"true in quotes", "answer: true", "answer: \"vrai\"", "« answer » doit être true ou false", "answer: vrai"},
  };
  for (const auto& m : mistakes) {
    INFO(m.name);
    TempPack broken("mistake");
    auto r = broken.starter({{m.from, m.to}}).load();
    INFO(allMessages(r));
    CHECK(r.report.errorCount() == 1);
    REQUIRE_FALSE(r.report.items().empty());
    const Diagnostic first = r.report.forReading().front();
    bool french = false;
    inFrench(first, &french);
    CHECK(french);
    CHECK(first.formatIn(true).find(m.firstMessage) != std::string::npos);
    TempPack fixed("mistake-fixed");
    auto f = fixed.starter({{m.from, m.fixed}}).load();
    INFO(allMessages(f));
    CHECK_FALSE(f.report.hasErrors());
  }
}

TEST_CASE("a source players cannot look up (an internal note) is a warning") {
  TempPack p("internal-source");
  auto r = p.starter({{"    source: https://www.211quebecregions.ca\n", "    source: semence 003 du projet (notes internes)\n"}}).load();
  CHECK(reports(r, "is a note of the pack's authors, which players cannot look up", Severity::Warning));
}

TEST_CASE("a scenario choice worth 0 points is a warning: honest answers are never punished") {
  TempPack p("zero-points");
  auto r = p.starter({{"        points: 1\n", "        points: 0\n"}}).load();
  CHECK(reports(r, "this choice is worth 0 points", Severity::Warning));
  CHECK_FALSE(r.report.hasErrors());
  TempPack fine("one-point");
  CHECK_FALSE(reports(fine.starter().load(), "this choice is worth 0 points", Severity::Warning));
}

TEST_CASE("board, number and map mistakes read in French, hints included") {
  TempPack p("french-board");
  auto r = p.starter({{"  settings: {rounds: 5}\n", "  settings: {rounds: 5, die_sides: -5}\n"},
                      {"    - {type: right}\n", "    - {type: rigth}\n"},
                      {"    - {type: rest}\n", "    - {type: rest, jump: {to: 1, by: bike}}\n    - {type: finish}\n"},
                      {"    kind: city\n", "    kind: city\n    map: [12, 0]\n"}})
               .load();
  INFO(allMessages(r));
  REQUIRE(r.report.items().size() >= 4);
  const std::vector<std::string> french = allInFrench(r);
  auto says = [&](const std::string& words) { return anySays(french, words); };
  CHECK(says("« die_sides » vaut -5 ; il doit être entre 2 et 12"));
  CHECK(says("« rigth » n’est pas un genre de case valide"));
  CHECK(says("ce raccourci ramène en arrière"));
  CHECK(says("« map » doit être [colonne, rangée]"));
  CHECK(says("un plateau en boucle n’a pas d’arrivée"));

  // A YAML syntax mistake is named in French too, with its fix.
  TempPack y("french-yaml");
  y.starter({{"    name: Lévis\n", "    name: Lévis: la ville\n"}});
  auto broken = y.load();
  REQUIRE(broken.report.hasErrors());
  bool all = false;
  const std::string first = inFrench(broken.report.forReading().front(), &all).formatIn(true);
  CAPTURE(first);
  CHECK(all);
  CHECK(first.find("YAML") != std::string::npos);
}
