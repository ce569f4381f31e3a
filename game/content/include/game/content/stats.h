// Counts a facilitator wants to see: cards by kind and by territory,
// language coverage, and the oldest fact.
#pragma once
#include <map>
#include <optional>
#include <string>

#include "game/content/model.h"

namespace game::content {

struct PackStats {
  std::size_t territories = 0, categories = 0, resources = 0, rights = 0, scenarios = 0, events = 0, spaces = 0;
  std::size_t discussions = 0, themes = 0;
  std::map<std::string, std::size_t> byTheme;  // cards per theme id
  // Per territory id: resources that serve it only or among others ("local"), and all that serve it.
  struct TerritoryCounts {
    std::string name;
    std::size_t localResources = 0;
    std::size_t servingResources = 0;
    std::size_t scenarios = 0;
    // Nearby services a tenant can phone or visit: serving at most kNearbyTerritories
    // territories, with a phone number or a street address, the housing office apart.
    std::size_t reachableNearby = 0;
    bool officeReachable = false;  // its office is known and has a phone or an address
  };
  static constexpr std::size_t kNearbyTerritories = 3;
  std::map<std::string, TerritoryCounts> byTerritory;
  std::map<std::string, double> languageCoverage;  // share of texts available in each language, 0..1
  std::optional<Date> oldestCheck;
  std::string oldestCheckId;
};

PackStats computeStats(const Pack& pack);

}  // namespace game::content
