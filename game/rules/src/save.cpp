#include "game/rules/save.h"

#include <charconv>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "game/content/writer.h"
#include "game/rules/rules.h"

namespace game::rules {

namespace {
constexpr const char* kMagic = "declic-save 1";

char commandLetter(Command::Kind k) {
  switch (k) {
    case Command::Kind::Roll: return 'R';
    case Command::Kind::Answer: return 'A';
    case Command::Kind::Continue: return 'C';
    case Command::Kind::Skip: return 'S';
    case Command::Kind::EndEarly: return 'E';
  }
  return '?';
}

// FNV-1a over what decides which card comes up: the cards of each kind in
// order, where the resources serve, and the board. A save replays its moves,
// so after a pack update the same moves would deal other cards.
class Fingerprint {
 public:
  void add(std::string_view text) {
    for (unsigned char c : text) {
      hash_ ^= c;
      hash_ *= 1099511628211ull;
    }
    hash_ ^= 0xFF;  // a separator, so "ab"+"c" differs from "a"+"bc"
    hash_ *= 1099511628211ull;
  }
  std::string hex() const {
    char out[17];
    std::snprintf(out, sizeof out, "%016llx", static_cast<unsigned long long>(hash_));
    return out;
  }

 private:
  std::uint64_t hash_ = 14695981039346656037ull;
};

std::string cardsFingerprint(const content::Pack& pack) {
  Fingerprint f;
  for (const auto& r : pack.resources) {
    f.add(r.id);
    f.add(r.allTerritories ? "*" : "");
    for (const auto& t : r.territories) f.add(t);
  }
  for (const auto& r : pack.rights) f.add(r.id);
  for (const auto& sc : pack.scenarios) {
    f.add(sc.id);
    f.add(std::to_string(sc.choices.size()));
  }
  for (const auto& e : pack.events) f.add(e.id);
  for (const auto& d : pack.discussions) {
    f.add(d.id);
    f.add(std::to_string(d.answers.size()));
  }
  for (const auto& board : pack.boards) {
    f.add(board.id);
    for (const auto& space : board.spaces) {
      f.add(std::to_string(static_cast<int>(space.kind)));
      f.add(space.territory);
      f.add(space.playerMrc ? "player" : "");
      f.add(space.jump ? std::to_string(space.jump->to) : "");
    }
    f.add(std::to_string(board.settings.rounds) + "/" + std::to_string(board.settings.dieSides));
  }
  return f.hex();
}

template <typename T>
bool number(const std::string& s, T& out) {
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
  return ec == std::errc() && p == s.data() + s.size();
}
}  // namespace

std::string serialize(const GameState& state, const content::Pack& pack) {
  std::ostringstream out;
  const GameConfig& c = state.config;
  out << kMagic << "\n";
  out << "pack " << pack.info.id << "\n";
  out << "cards " << cardsFingerprint(pack) << "\n";
  out << "seed " << c.seed << "\n";
  out << "mode " << (c.mode == Mode::Cooperative ? "cooperative" : "competitive") << "\n";
  out << "solo " << (c.solo ? 1 : 0) << "\n";
  out << "rounds " << c.rounds << "\n";
  out << "territory " << c.territory << "\n";
  if (!c.board.empty()) out << "board " << c.board << "\n";
  for (const auto& p : c.players) {
    out << "player " << p.colour << " " << static_cast<int>(p.shape) << " " << p.name << "\n";
    if (!p.territory.empty()) out << "player-mrc " << p.territory << "\n";
  }
  out << "log";
  for (const auto& cmd : state.log) {
    out << " " << commandLetter(cmd.kind);
    if (cmd.kind == Command::Kind::Answer) out << cmd.choice;
  }
  out << "\nend\n";
  return out.str();
}

LoadedGame deserialize(const content::Pack& pack, const std::string& text) {
  LoadedGame loaded;
  std::istringstream in(text);
  std::string line;
  if (!std::getline(in, line) || line != kMagic) {
    loaded.error = "not a Dé-CLIC save file";
    return loaded;
  }
  GameConfig config;
  std::vector<Command> log;
  bool ended = false;
  int lineNumber = 1;
  while (std::getline(in, line)) {
    ++lineNumber;
    auto space = line.find(' ');
    std::string key = line.substr(0, space);
    std::string value = space == std::string::npos ? "" : line.substr(space + 1);
    auto fail = [&](const std::string& why) {
      loaded.error = "line " + std::to_string(lineNumber) + ": " + why;
      return loaded;
    };
    if (key == "pack") {
      if (value != pack.info.id) return fail("this game was played with the pack '" + value + "'");
    } else if (key == "cards") {
      if (value != cardsFingerprint(pack))
        return fail("the pack's cards have changed since this game was saved: start a new game");
    } else if (key == "seed") {
      if (!number(value, config.seed)) return fail("bad seed");
    } else if (key == "mode") {
      config.mode = value == "cooperative" ? Mode::Cooperative : Mode::Competitive;
    } else if (key == "solo") {
      config.solo = value == "1";
    } else if (key == "rounds") {
      if (!number(value, config.rounds) || config.rounds < 0 || config.rounds > 100) return fail("bad rounds");
    } else if (key == "territory") {
      config.territory = value;
      if (!value.empty() && !pack.territory(value)) return fail("unknown territory '" + value + "'");
    } else if (key == "player") {
      std::istringstream p(value);
      PlayerConfig player;
      int shape = 0;
      if (!(p >> player.colour >> shape) || shape < 0 || shape > 7 || player.colour < 0 || player.colour > 7)
        return fail("bad player");
      player.shape = static_cast<TokenShape>(shape);
      std::getline(p >> std::ws, player.name);
      config.players.push_back(player);
    } else if (key == "board") {
      if (!pack.board(value)) return fail("this game was played on the board '" + value + "', which the pack no longer has");
      config.board = value;
    } else if (key == "player-mrc") {
      if (config.players.empty()) return fail("an MRC before any player");
      if (!pack.territory(value)) return fail("unknown territory '" + value + "'");
      config.players.back().territory = value;
    } else if (key == "log") {
      std::istringstream words(value);
      std::string w;
      while (words >> w) {
        Command c;
        switch (w[0]) {
          case 'R': c.kind = Command::Kind::Roll; break;
          case 'A':
            c.kind = Command::Kind::Answer;
            if (!number(w.substr(1), c.choice)) return fail("bad answer '" + w + "'");
            break;
          case 'C': c.kind = Command::Kind::Continue; break;
          case 'S': c.kind = Command::Kind::Skip; break;
          case 'E': c.kind = Command::Kind::EndEarly; break;
          default: return fail("unknown move '" + w + "'");
        }
        log.push_back(c);
      }
    } else if (key == "end") {
      ended = true;
      break;
    } else if (!key.empty()) {
      return fail("unknown line '" + key + "'");
    }
  }
  // A save cut short (power cut mid-write) is refused: the atomic rename makes this rare.
  if (!ended) {
    loaded.error = "the save file is incomplete";
    return loaded;
  }
  if (config.players.empty() || config.players.size() > static_cast<std::size_t>(kMaxPlayers)) {
    loaded.error = "the save has no players";
    return loaded;
  }
  GameState state = replay(pack, config, log);
  if (state.log.size() != log.size()) {
    loaded.error = "the saved moves do not fit this pack (was it changed?)";
    return loaded;
  }
  loaded.state = std::move(state);
  return loaded;
}

bool saveGame(const std::string& path, const GameState& state, const content::Pack& pack, std::string& error) {
  std::error_code ec;
  std::filesystem::create_directories(std::filesystem::path(path).parent_path(), ec);
  return content::writeFileAtomically(path, serialize(state, pack), error);
}

LoadedGame loadGame(const content::Pack& pack, const std::string& path) {
  std::error_code ec;
  if (!std::filesystem::is_regular_file(path, ec) || std::filesystem::file_size(path, ec) > 1024 * 1024) {
    return {std::nullopt, "no saved game"};
  }
  std::ifstream in(path, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  return deserialize(pack, text.str());
}

}  // namespace game::rules
