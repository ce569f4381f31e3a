#include "game/content/writer.h"

#include <yaml-cpp/yaml.h>

#include <cstdio>
#include <filesystem>
#include <fstream>

#include <fcntl.h>
#include <unistd.h>

namespace fs = std::filesystem;

namespace game::content {

namespace {
void text(YAML::Emitter& out, const char* key, const Text& t) {
  if (t.empty()) return;
  out << YAML::Key << key << YAML::Value;
  if (t.isNeutral()) {
    out << t.byLanguage.at("");
    return;
  }
  out << YAML::BeginMap;
  for (const auto& [lang, value] : t.byLanguage) out << YAML::Key << lang << YAML::Value << value;
  out << YAML::EndMap;
}

void str(YAML::Emitter& out, const char* key, const std::string& v) {
  if (!v.empty()) out << YAML::Key << key << YAML::Value << v;
}

void list(YAML::Emitter& out, const char* key, const std::vector<std::string>& v) {
  if (v.empty()) return;
  out << YAML::Key << key << YAML::Value << YAML::Flow << v;
}

void provenance(YAML::Emitter& out, const Provenance& p) {
  str(out, "source", p.source);
  if (p.checkedOn) out << YAML::Key << "checked_on" << YAML::Value << p.checkedOn->iso();
}

void territories(YAML::Emitter& out, bool all, const std::vector<std::string>& ids) {
  if (all) out << YAML::Key << "territories" << YAML::Value << "all";
  else list(out, "territories", ids);
}

void outcome(YAML::Emitter& out, const Outcome& o) {
  if (o.points != 0) out << YAML::Key << "points" << YAML::Value << o.points;
  if (o.move != 0) out << YAML::Key << "move" << YAML::Value << o.move;
  if (o.everyone) out << YAML::Key << "everyone" << YAML::Value << true;
}

template <typename T, typename F>
void section(YAML::Emitter& out, const char* name, const std::vector<T>& items, F&& body) {
  out << YAML::Key << name << YAML::Value << YAML::BeginSeq;
  for (const auto& item : items) {
    out << YAML::BeginMap;
    out << YAML::Key << "id" << YAML::Value << item.id;
    body(item);
    out << YAML::EndMap;
  }
  out << YAML::EndSeq;
}
}  // namespace

std::string emitPackInfo(const PackInfo& info) {
  YAML::Emitter out;
  out << YAML::BeginMap;
  str(out, "id", info.id);
  text(out, "name", info.name);
  str(out, "version", info.version);
  str(out, "region", info.region);
  list(out, "languages", info.languages);
  list(out, "authors", info.authors);
  str(out, "licence", info.licence);
  if (info.checkedOn) out << YAML::Key << "checked_on" << YAML::Value << info.checkedOn->iso();
  str(out, "extends", info.extends);
  text(out, "description", info.description);
  list(out, "essentials", info.essentials);
  if (!info.pronunciations.empty()) {
    out << YAML::Key << "pronunciations" << YAML::Value << YAML::BeginSeq;
    for (const auto& p : info.pronunciations) {
      out << YAML::Flow << YAML::BeginMap;
      str(out, "written", p.written);
      text(out, "spoken", p.spoken);
      out << YAML::EndMap;
    }
    out << YAML::EndSeq;
  }
  out << YAML::EndMap;
  return std::string(out.c_str()) + "\n";
}

void board(YAML::Emitter& out, const Board& b, bool withId) {
  out << YAML::BeginMap;
  if (withId || b.id != "board") str(out, "id", b.id);
  text(out, "name", b.name);
  out << YAML::Key << "layout" << YAML::Value << (b.layout == BoardLayout::Path ? "path" : "loop");
  out << YAML::Key << "settings" << YAML::Value << YAML::BeginMap;
  out << YAML::Key << "rounds" << YAML::Value << b.settings.rounds;
  out << YAML::Key << "goal_points" << YAML::Value << b.settings.goalPoints;
  out << YAML::Key << "cooperative_goal" << YAML::Value << b.settings.cooperativeGoal;
  out << YAML::Key << "die_sides" << YAML::Value << b.settings.dieSides;
  out << YAML::EndMap;
  out << YAML::Key << "spaces" << YAML::Value << YAML::BeginSeq;
  for (const auto& s : b.spaces) {
    out << YAML::Flow << YAML::BeginMap;
    out << YAML::Key << "type" << YAML::Value << spaceKindName(s.kind);
    str(out, "territory", s.territory);
    if (s.playerMrc) out << YAML::Key << "mrc" << YAML::Value << "player";
    if (s.position)
      out << YAML::Key << "at" << YAML::Value << YAML::Flow << YAML::BeginSeq << s.position->first
          << s.position->second << YAML::EndSeq;
    if (s.jump) {
      static const char* by[] = {"bike", "bus", "walk", "setback"};
      out << YAML::Key << "jump" << YAML::Value << YAML::Flow << YAML::BeginMap << YAML::Key << "to" << YAML::Value
          << s.jump->to << YAML::Key << "by" << YAML::Value << by[static_cast<int>(s.jump->by)] << YAML::EndMap;
    }
    out << YAML::EndMap;
  }
  out << YAML::EndSeq << YAML::EndMap;
}

std::string emitSection(const Pack& pack, const std::string& name) {
  YAML::Emitter out;
  out << YAML::BeginMap;
  if (name == "territories") {
    section(out, "territories", pack.territories, [&](const Territory& t) {
      text(out, "name", t.name);
      out << YAML::Key << "kind" << YAML::Value << (t.kind == TerritoryKind::City ? "city" : "mrc");
      str(out, "seat", t.seat);
      str(out, "office", t.office);
      list(out, "essentials", t.essentials);
      text(out, "office_note", t.officeNote);
      if (t.mapCell)
        out << YAML::Key << "map" << YAML::Value << YAML::Flow << YAML::BeginSeq << t.mapCell->first << t.mapCell->second
            << YAML::EndSeq;
      provenance(out, t.provenance);
    });
  } else if (name == "themes") {
    section(out, "themes", pack.themes, [&](const Theme& t) {
      text(out, "name", t.name);
      if (!t.color.empty()) out << YAML::Key << "color" << YAML::Value << YAML::DoubleQuoted << t.color;
    });
  } else if (name == "discussions") {
    section(out, "discussions", pack.discussions, [&](const Discussion& d) {
      str(out, "theme", d.theme);
      text(out, "question", d.question);
      out << YAML::Key << "answers" << YAML::Value << YAML::BeginSeq;
      for (const auto& a : d.answers) {
        out << YAML::BeginMap;
        text(out, "text", a);
        out << YAML::EndMap;
      }
      out << YAML::EndSeq;
      out << YAML::Key << "points" << YAML::Value << d.outcome.points;
      if (!d.outcome.everyone) out << YAML::Key << "everyone" << YAML::Value << false;
    });
  } else if (name == "categories") {
    section(out, "categories", pack.categories, [&](const Category& c) {
      text(out, "name", c.name);
      str(out, "icon", c.icon);
      if (!c.color.empty()) out << YAML::Key << "color" << YAML::Value << YAML::DoubleQuoted << c.color;
    });
  } else if (name == "resources") {
    section(out, "resources", pack.resources, [&](const Resource& r) {
      text(out, "name", r.name);
      str(out, "category", r.category);
      str(out, "theme", r.theme);
      territories(out, r.allTerritories, r.territories);
      text(out, "what", r.what);
      text(out, "who", r.who);
      text(out, "call_script", r.callScript);
      str(out, "phone", r.contact.phone);
      str(out, "toll_free", r.contact.tollFree);
      str(out, "address", r.contact.address);
      str(out, "website", r.contact.website);
      str(out, "email", r.contact.email);
      text(out, "hours", r.contact.hours);
      str(out, "logo", r.logo);
      provenance(out, r.provenance);
    });
  } else if (name == "rights") {
    section(out, "rights", pack.rights, [&](const Right& r) {
      text(out, "statement", r.statement);
      out << YAML::Key << "answer" << YAML::Value << r.answer;
      text(out, "explanation", r.explanation);
      str(out, "legal_reference", r.legalReference);
      str(out, "theme", r.theme);
      list(out, "resources", r.resources);
      provenance(out, r.provenance);
    });
  } else if (name == "scenarios") {
    section(out, "scenarios", pack.scenarios, [&](const Scenario& s) {
      text(out, "title", s.title);
      text(out, "situation", s.situation);
      str(out, "theme", s.theme);
      out << YAML::Key << "choices" << YAML::Value << YAML::BeginSeq;
      for (const auto& c : s.choices) {
        out << YAML::BeginMap;
        text(out, "text", c.text);
        text(out, "feedback", c.feedback);
        outcome(out, c.outcome);
        out << YAML::EndMap;
      }
      out << YAML::EndSeq;
      list(out, "resources", s.resources);
      if (!s.allTerritories) territories(out, false, s.territories);
      provenance(out, s.provenance);
    });
  } else if (name == "events") {
    section(out, "events", pack.events, [&](const Event& e) {
      text(out, "title", e.title);
      text(out, "text", e.text);
      str(out, "theme", e.theme);
      out << YAML::Key << "effect" << YAML::Value << YAML::BeginMap;
      outcome(out, e.effect);
      out << YAML::EndMap;
      str(out, "image", e.image);
    });
  } else if (name == "board" && !pack.boards.empty()) {
    // One board keeps the short form; several go in a 'boards:' list.
    const bool several = pack.boards.size() > 1;
    out << YAML::Key << (several ? "boards" : "board") << YAML::Value;
    if (several) out << YAML::BeginSeq;
    for (const Board& b : pack.boards) board(out, b, several);
    if (several) out << YAML::EndSeq;
  }
  out << YAML::EndMap;
  return std::string(out.c_str()) + "\n";
}

bool writeFileAtomically(const std::string& path, const std::string& content, std::string& error) {
  const std::string temporary = path + ".tmp";
  int fd = ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  if (fd < 0) {
    error = "cannot write " + temporary;
    return false;
  }
  std::size_t written = 0;
  while (written < content.size()) {
    ssize_t n = ::write(fd, content.data() + written, content.size() - written);
    if (n <= 0) {
      ::close(fd);
      ::unlink(temporary.c_str());
      error = "cannot write " + temporary + " (disk full?)";
      return false;
    }
    written += static_cast<std::size_t>(n);
  }
  bool synced = ::fsync(fd) == 0;
  ::close(fd);
  if (!synced || std::rename(temporary.c_str(), path.c_str()) != 0) {
    ::unlink(temporary.c_str());
    error = "cannot replace " + path;
    return false;
  }
  return true;
}

bool savePack(const Pack& pack, const std::string& folder, std::string& error) {
  std::error_code ec;
  fs::create_directories(folder, ec);
  if (ec) {
    error = "cannot create " + folder + ": " + ec.message();
    return false;
  }
  if (!writeFileAtomically(folder + "/pack.yaml", emitPackInfo(pack.info), error)) return false;
  const std::pair<const char*, bool> sections[] = {
      {"territories", !pack.territories.empty()}, {"categories", !pack.categories.empty()},
      {"resources", !pack.resources.empty()},     {"rights", !pack.rights.empty()},
      {"scenarios", !pack.scenarios.empty()},     {"events", !pack.events.empty()},
      {"themes", !pack.themes.empty()},           {"discussions", !pack.discussions.empty()},
      {"board", !pack.boards.empty()}};
  for (const auto& [name, present] : sections) {
    if (!present) continue;
    if (!writeFileAtomically(folder + "/" + name + ".yaml", emitSection(pack, name), error)) return false;
  }
  return true;
}

}  // namespace game::content
