#include "game/content/stats.h"

#include <algorithm>

namespace game::content {
namespace {
bool reachable(const Resource& r) {
  return !r.contact.phone.empty() || !r.contact.tollFree.empty() || !r.contact.address.empty();
}
}  // namespace

PackStats computeStats(const Pack& pack) {
  PackStats s;
  s.territories = pack.territories.size();
  s.categories = pack.categories.size();
  s.resources = pack.resources.size();
  s.rights = pack.rights.size();
  s.scenarios = pack.scenarios.size();
  s.events = pack.events.size();
  s.spaces = pack.boards.empty() ? 0 : pack.boards.front().spaces.size();
  s.discussions = pack.discussions.size();
  s.themes = pack.themes.size();
  for (const auto& t : pack.themes) s.byTheme[t.id] = 0;
  auto themed = [&](const std::string& theme) {
    if (!theme.empty()) ++s.byTheme[theme];
  };
  for (const auto& r : pack.resources) themed(r.theme);
  for (const auto& r : pack.rights) themed(r.theme);
  for (const auto& sc : pack.scenarios) themed(sc.theme);
  for (const auto& e : pack.events) themed(e.theme);
  for (const auto& d : pack.discussions) themed(d.theme);

  for (const auto& t : pack.territories) {
    auto& counts = s.byTerritory[t.id];
    counts.name = t.name.get(pack.info.languages.empty() ? "fr" : pack.info.languages.front());
    for (const auto& r : pack.resources) {
      if (!r.serves(t.id)) continue;
      ++counts.servingResources;
      if (!r.allTerritories) ++counts.localResources;
      if (r.id == t.office) {
        continue;  // the office is counted apart, below
      } else if (!r.allTerritories && r.territories.size() <= PackStats::kNearbyTerritories && reachable(r)) {
        ++counts.reachableNearby;
      }
    }
    if (const Resource* office = pack.resource(t.office)) counts.officeReachable = reachable(*office);
    for (const auto& sc : pack.scenarios)
      if (sc.allTerritories || std::find(sc.territories.begin(), sc.territories.end(), t.id) != sc.territories.end())
        ++counts.scenarios;
  }

  std::map<std::string, std::size_t> have;
  std::size_t texts = 0;
  auto count = [&](const Text& t) {
    if (t.empty()) return;
    ++texts;
    for (const auto& lang : pack.info.languages)
      if (t.has(lang)) ++have[lang];
  };
  for (const auto& r : pack.resources) {
    for (const Text* t : {&r.name, &r.what, &r.who, &r.contact.hours}) count(*t);
  }
  for (const auto& r : pack.rights) {
    count(r.statement);
    count(r.explanation);
  }
  for (const auto& sc : pack.scenarios) {
    count(sc.title);
    count(sc.situation);
    for (const auto& c : sc.choices) {
      count(c.text);
      count(c.feedback);
    }
  }
  for (const auto& e : pack.events) {
    count(e.title);
    count(e.text);
  }
  for (const auto& d : pack.discussions) {
    count(d.question);
    for (const auto& a : d.answers) count(a);
  }
  for (const auto& lang : pack.info.languages)
    s.languageCoverage[lang] = texts == 0 ? 1.0 : static_cast<double>(have[lang]) / static_cast<double>(texts);

  auto consider = [&](const Provenance& p, const std::string& id) {
    if (p.checkedOn && (!s.oldestCheck || *p.checkedOn < *s.oldestCheck)) {
      s.oldestCheck = p.checkedOn;
      s.oldestCheckId = id;
    }
  };
  for (const auto& t : pack.territories) consider(t.provenance, t.id);
  for (const auto& r : pack.resources) consider(r.provenance, r.id);
  for (const auto& r : pack.rights) consider(r.provenance, r.id);
  for (const auto& sc : pack.scenarios) consider(sc.provenance, sc.id);
  return s;
}

}  // namespace game::content
