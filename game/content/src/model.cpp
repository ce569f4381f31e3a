#include "game/content/model.h"

#include <algorithm>
#include <charconv>
#include <cstdio>

namespace game::content {

const std::string& Text::get(const std::string& language, const std::string& fallback) const {
  static const std::string empty;
  if (byLanguage.empty()) return empty;
  if (auto it = byLanguage.find(language); it != byLanguage.end()) return it->second;
  if (auto it = byLanguage.find(""); it != byLanguage.end()) return it->second;
  if (auto it = byLanguage.find(fallback); it != byLanguage.end()) return it->second;
  return byLanguage.begin()->second;
}

std::string Date::iso() const {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
  return buf;
}

long Date::daysSinceEpoch() const {
  // Howard Hinnant's days_from_civil.
  int y = year - (month <= 2 ? 1 : 0);
  const long era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned m = static_cast<unsigned>(month), d = static_cast<unsigned>(day);
  const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<long>(doe) - 719468;
}

std::optional<Date> Date::parse(const std::string& iso) {
  if (iso.size() != 10 || iso[4] != '-' || iso[7] != '-') return std::nullopt;
  Date d;
  auto num = [&](int from, int len, int& out) {
    auto [p, ec] = std::from_chars(iso.data() + from, iso.data() + from + len, out);
    return ec == std::errc() && p == iso.data() + from + len;
  };
  if (!num(0, 4, d.year) || !num(5, 2, d.month) || !num(8, 2, d.day)) return std::nullopt;
  static const int daysIn[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (d.year < 1900 || d.year > 2200 || d.month < 1 || d.month > 12 || d.day < 1 || d.day > daysIn[d.month - 1])
    return std::nullopt;
  bool leap = (d.year % 4 == 0 && d.year % 100 != 0) || d.year % 400 == 0;
  if (d.month == 2 && d.day == 29 && !leap) return std::nullopt;
  return d;
}

const char* cardKindName(CardKind kind) {
  switch (kind) {
    case CardKind::Resource: return "resource";
    case CardKind::Right: return "right";
    case CardKind::Scenario: return "scenario";
    case CardKind::Event: return "event";
    case CardKind::Discussion: return "discussion";
  }
  return "?";
}

const char* spaceKindName(SpaceKind k) {
  switch (k) {
    case SpaceKind::Start: return "start";
    case SpaceKind::Finish: return "finish";
    case SpaceKind::Resource: return "resource";
    case SpaceKind::Right: return "right";
    case SpaceKind::Scenario: return "scenario";
    case SpaceKind::Event: return "event";
    case SpaceKind::Discussion: return "discussion";
    case SpaceKind::Rest: return "rest";
  }
  return "rest";
}

std::optional<SpaceKind> spaceKindNamed(std::string_view name) {
  for (SpaceKind k : {SpaceKind::Start, SpaceKind::Finish, SpaceKind::Resource, SpaceKind::Right, SpaceKind::Scenario,
                      SpaceKind::Event, SpaceKind::Discussion, SpaceKind::Rest})
    if (name == spaceKindName(k)) return k;
  return std::nullopt;
}

std::optional<CardKind> Space::deck() const {
  switch (kind) {
    case SpaceKind::Resource: return CardKind::Resource;
    case SpaceKind::Right: return CardKind::Right;
    case SpaceKind::Scenario: return CardKind::Scenario;
    case SpaceKind::Event: return CardKind::Event;
    case SpaceKind::Discussion: return CardKind::Discussion;
    default: return std::nullopt;
  }
}

bool Resource::serves(const std::string& t) const {
  return allTerritories || std::find(territories.begin(), territories.end(), t) != territories.end();
}

namespace {
template <typename T>
const T* findById(const std::vector<T>& items, const std::string& id) {
  for (const auto& item : items)
    if (item.id == id) return &item;
  return nullptr;
}
}  // namespace

const Territory* Pack::territory(const std::string& id) const { return findById(territories, id); }
const Category* Pack::category(const std::string& id) const { return findById(categories, id); }
const Theme* Pack::theme(const std::string& id) const { return findById(themes, id); }
const Board* Pack::board(const std::string& id) const {
  if (id.empty()) return boards.empty() ? nullptr : &boards.front();
  return findById(boards, id);
}
const Resource* Pack::resource(const std::string& id) const { return findById(resources, id); }

Origin Pack::fieldOrigin(const std::string& kind, const std::string& id, const std::string& field,
                         const Origin& fallback) const {
  auto it = fieldOrigins.find(kind + "/" + id + "/" + field);
  return it == fieldOrigins.end() ? fallback : it->second;
}

std::string Pack::imagePath(const std::string& kind, const std::string& id, const std::string& relative) const {
  auto it = itemFolders.find(kind + "/" + id);
  const std::string& base = it == itemFolders.end() ? folder : it->second;
  return base.empty() ? relative : base + "/" + relative;
}

}  // namespace game::content
