#include "game/screens/setup_screen.h"

#include <algorithm>

#include "engine/renderer.h"
#include "engine/utf8.h"
#include "game/rules/bot.h"
#include "game/ui/card_text.h"
#include "game/ui/theme.h"
#include "game/ui/tokens.h"

namespace game {

namespace {
constexpr std::size_t kMaxNameCodePoints = 20;
}

SetupScreen::SetupScreen(Context& context, Start start)
    : ctx_(context), settings_(context.settings), theme_(context.theme), pack_(context.pack), start_(std::move(start)) {
  // The group starts in the title's MRC; a set-up left earlier comes back as it was.
  for (std::size_t i = 0; i < pack_->territories.size(); ++i)
    if (pack_->territories[i].id == settings_.territory) territory_ = i;
  config_ = rules::defaultConfig(4, false, false, pack_->territories.empty() ? "" : pack_->territories[territory_].id, 1);
  if (!pack_->boards.empty()) config_.board = pack_->boards.front().id;
  if (ctx_.groupSetup && ctx_.groupSetup->players.size() <= rules::kMaxPlayers) {
    config_ = *ctx_.groupSetup;
    for (std::size_t i = 0; i < pack_->territories.size(); ++i)
      if (pack_->territories[i].id == config_.territory) territory_ = i;
  }
  layout();
}

// The form to the top left, the players' names to the top right, Start and Back
// at the bottom: on a wider or taller screen each keeps to its corner.
void SetupScreen::layout() {
  const engine::Rect& s = stage();
  const float left = s.x + 80, right = s.right() - 920, top = s.y, low = s.bottom() - engine::kCanvasHeight;
  std::vector<engine::Button> list = {
      {"fewer", {left, top + 170, 250, 110}, config_.players.size() > 1, true},
      {"more", {left + 540, top + 170, 250, 110}, config_.players.size() < rules::kMaxPlayers, true},
      {"mode", {left, top + 330, 790, 110}, true, true},
      {"territory", {left, top + 490, 790, 110}, !pack_->territories.empty(), true},
      {"board", {left, top + 650, 790, 110}, pack_->boards.size() > 1, true},
      {"start", {left, low + 900, 560, 130}, true},
      {"back", {left + 600, low + 900, 380, 130}, true},
  };
  for (std::size_t i = 0; i < config_.players.size(); ++i)
    list.push_back({"name" + std::to_string(i),
                    {right + static_cast<float>(i % 2) * 440, top + 170 + static_cast<float>(i / 2) * 150, 410, 120}, true});
  buttons_.setButtons(std::move(list));
}

// A default name left as it was goes back to the stored default, so that it
// follows the language (« Équipe 1 » in French, « Team 1 » in English).
void SetupScreen::onResume() {
  if (!translatedDefault_) return;
  const auto& [index, shown] = *translatedDefault_;
  if (index < config_.players.size() && config_.players[index].name == shown)
    config_.players[index].name = "Équipe " + std::to_string(index + 1);
  translatedDefault_.reset();
}

std::string SetupScreen::label(const std::string& id) const {
  const Language lang = settings_.language;
  if (id == "fewer") return tr("setup.fewer", lang);
  if (id == "more") return tr("setup.more", lang);
  if (id == "mode") return tr(config_.mode == rules::Mode::Cooperative ? "setup.cooperative" : "setup.competitive", lang);
  if (id == "territory") {
    const std::string l(languageCode(lang));
    return fill(tr("setup.territory", lang), pack_->territories.empty() ? "" : pack_->territories[territory_].name.get(l));
  }
  if (id == "start") return tr("setup.start", lang);
  if (id == "board") {
    const content::Board* b = pack_->board(config_.board);
    return fill(tr("setup.board", lang), b ? b->name.get(std::string(languageCode(lang))) : "");
  }
  if (id == "back") return tr("common.back", lang);
  if (id.starts_with("name")) {
    // The team's name, and its MRC under it.
    const auto& player = config_.players[std::stoul(id.substr(4))];
    const std::string& mrc = player.territory.empty() ? config_.territory : player.territory;
    const content::Territory* t = pack_->territory(mrc);
    const std::string shown = playerName(player.name, std::stoul(id.substr(4)), false, lang);
    return t ? shown + "\n" + t->name.get(std::string(languageCode(lang))) : shown;
  }
  return id;
}

void SetupScreen::handle(const engine::Action& action) {
  if (action.type == engine::ActionType::Back) {
    ctx_.groupSetup = config_;
    stack().pop();
    return;
  }
  auto id = buttons_.handle(action);
  if (!id) return;
  const std::string territory = pack_->territories.empty() ? "" : pack_->territories[territory_].id;
  if (*id == "fewer" || *id == "more") {
    int count = static_cast<int>(config_.players.size()) + (*id == "more" ? 1 : -1);
    auto names = config_.players;
    const std::string board = config_.board;
    config_ = rules::defaultConfig(count, false, config_.mode == rules::Mode::Cooperative, territory, config_.seed);
    config_.board = board;
    for (std::size_t i = 0; i < config_.players.size() && i < names.size(); ++i) {
      config_.players[i].name = names[i].name;
      config_.players[i].territory = names[i].territory;
    }
    layout();
  } else if (*id == "board" && !pack_->boards.empty()) {
    // The next of the pack's boards: the regional tour, « Mon quartier »...
    std::size_t next = 0;
    for (std::size_t i = 0; i < pack_->boards.size(); ++i)
      if (pack_->boards[i].id == config_.board) next = (i + 1) % pack_->boards.size();
    config_.board = pack_->boards[next].id;
  } else if (*id == "mode") {
    config_.mode = config_.mode == rules::Mode::Cooperative ? rules::Mode::Competitive : rules::Mode::Cooperative;
  } else if (*id == "territory") {
    territory_ = (territory_ + 1) % pack_->territories.size();
    config_.territory = pack_->territories[territory_].id;
  } else if (*id == "start") {
    config_.territory = territory;
    config_.seed = static_cast<std::uint64_t>(action.timestampMs) * 2654435761u + 17;
    for (auto& p : config_.players)
      if (p.name.empty()) p.name = "?";
    ctx_.groupSetup = config_;
    start_(config_);
  } else if (*id == "back") {
    ctx_.groupSetup = config_;  // kept when going back
    stack().pop();
  } else if (id->starts_with("name")) {
    const std::size_t index = std::stoul(id->substr(4));
    auto& player = config_.players[index];
    // The keyboard shows the name as the button does (« Team 1 » in English).
    const std::string shown = playerName(player.name, index, false, settings_.language);
    translatedDefault_.reset();
    if (shown != player.name) translatedDefault_ = {index, shown};
    player.name = shown;
    stack().push(std::make_unique<KeyboardScreen>(ctx_, player.name, &player.territory, config_.territory));
  }
}

void SetupScreen::draw(engine::Renderer& r) {
  const Palette& p = theme_.palette;
  auto heading = textStyle(settings_, TypeScale::heading, engine::FontWeight::Bold);
  heading.overflow = engine::Overflow::Shrink;  // at 200 % it keeps clear of the hint beside it
  const engine::Rect& s = stage();
  r.drawText(tr("setup.title", settings_.language), heading, {s.x + 80, s.y + 40, s.w - 920 - 40 - 80, 100}, p.ink);
  auto count = textStyle(settings_, 40, engine::FontWeight::Bold, engine::Align::Center);
  count.valign = engine::VAlign::Middle;
  r.drawText(fill(tr("setup.players", settings_.language), std::to_string(config_.players.size())), count,
             {s.x + 340, s.y + 170, 270, 110}, p.ink);
  auto hint = textStyle(settings_, TypeScale::small, engine::FontWeight::Regular);
  r.drawText(tr("setup.rename", settings_.language), hint, {s.right() - 920, s.y + 100, 850, 60}, p.inkMuted);
  for (std::size_t i = 0; i < buttons_.buttons().size(); ++i) {
    const auto& id = buttons_.buttons()[i].id;
    const bool isName = id.starts_with("name");
    drawButton(r, buttons_, i, label(id), settings_, theme_, id == "start" ? ButtonKind::Primary : ButtonKind::Secondary,
               isName ? 56 : 0);
    if (isName) {
      const auto& player = config_.players[std::stoul(id.substr(4))];
      const engine::Rect& b = buttons_.buttons()[i].rect;
      drawToken(r, theme_, player.shape, player.colour, {b.x + 44, b.y + b.h / 2}, 22);
    }
  }
}

std::vector<std::string> SetupScreen::spokenText() const {
  std::vector<std::string> out = {tr("setup.title", settings_.language)};
  for (const auto& b : buttons_.buttons()) out.push_back(label(b.id));
  return out;
}

// ---------------------------------------------------------------- keyboard

KeyboardScreen::KeyboardScreen(const Context& context, std::string& text, std::string* territory,
                               std::string groupTerritory)
    : settings_(context.settings),
      theme_(context.theme),
      text_(text),
      territory_(territory),
      groupTerritory_(std::move(groupTerritory)),
      pack_(context.pack) {
  // French names need the apostrophe and the accents (« Andrée », « L'Heureux », « Benoît »).
  const std::vector<std::string> rows[] = {
      {"a", "z", "e", "r", "t", "y", "u", "i", "o", "p", "’", "-"},
      {"q", "s", "d", "f", "g", "h", "j", "k", "l", "m", "ê", "ô"},
      {"w", "x", "c", "v", "b", "n", "é", "è", "à", "ç", "î", "û"},
      {"1", "2", "3", "4", "5", "6", "7", "8", "9", "0", "ë", "ï"},
  };
  for (const auto& row : rows) labels_.insert(labels_.end(), row.begin(), row.end());
  onStageChanged();
  keys_.setGuardSameButtonOnly(true);  // « OK » right after the last letter still counts
}

// The keys fill the screen's width and share out any extra height: bigger keys on a 4:3 screen.
void KeyboardScreen::onStageChanged() {
  const engine::Rect& s = stage();
  const int rowCount = territory_ && !pack_->territories.empty() ? 6 : 5;
  const float gap = 16, left = s.x + 120, width = s.w - 240, top = s.y + 260;
  const float keyH = 120 + std::max(0.f, s.h - engine::kCanvasHeight) / static_cast<float>(rowCount);
  const float keyW = (width - gap * 11) / 12, stretch = width / 1680;
  std::vector<engine::Button> keys;
  for (int row = 0; row < 4; ++row)
    for (int col = 0; col < 12; ++col)
      keys.push_back({"key" + std::to_string(row * 12 + col),
                      {left + static_cast<float>(col) * (keyW + gap), top + static_cast<float>(row) * (keyH + gap), keyW, keyH},
                      true, true});
  const float bottom = top + 4 * (keyH + gap);
  keys.push_back({"shift", {left, bottom, 330 * stretch, keyH}, true, true});
  keys.push_back({"space", {left + 350 * stretch, bottom, 640 * stretch, keyH}, true, true});
  keys.push_back({"erase", {left + 1010 * stretch, bottom, 330 * stretch, keyH}, true, true});
  keys.push_back({"done", {left + 1360 * stretch, bottom, 320 * stretch, keyH}, true});
  if (rowCount == 6) keys.push_back({"territory", {left, bottom + keyH + 20, width, 112}, true, true});
  keys_.setButtons(std::move(keys));
}

void KeyboardScreen::type(const std::string& text) {
  if (engine::countCodePoints(text_) + engine::countCodePoints(text) <= kMaxNameCodePoints) text_ += text;
}

void KeyboardScreen::erase() {
  if (text_.empty()) return;
  std::u32string cps = engine::decodeUtf8(text_);
  cps.pop_back();
  text_ = engine::encodeUtf8(cps);
}

void KeyboardScreen::handle(const engine::Action& action) {
  if (action.type == engine::ActionType::Text) {
    type(action.text);
    return;
  }
  if (action.type == engine::ActionType::Erase) {
    erase();
    return;
  }
  if (action.type == engine::ActionType::Back) {
    stack().pop();
    return;
  }
  auto id = keys_.handle(action);
  if (!id) return;
  if (*id == "done") {
    stack().pop();
  } else if (*id == "territory") {
    nextTerritory();
  } else if (*id == "space") {
    type(" ");
  } else if (*id == "erase") {
    erase();
  } else if (*id == "shift") {
    // Capitalises the last letter typed: simpler than a shift state for unsteady hands.
    std::u32string cps = engine::decodeUtf8(text_);
    if (!cps.empty()) {
      char32_t& c = cps.back();
      static const std::u32string lower = U"éèêëàâçîïôûùü", upper = U"ÉÈÊËÀÂÇÎÏÔÛÙÜ";
      if (c >= U'a' && c <= U'z') c = c - U'a' + U'A';
      else if (auto at = lower.find(c); at != std::u32string::npos) c = upper[at];
      text_ = engine::encodeUtf8(cps);
    }
  } else if (id->starts_with("key")) {
    type(labels_[std::stoul(id->substr(3))]);
  }
}

// The team's MRC, in the pack's order; back to the group's after the last.
void KeyboardScreen::nextTerritory() {
  const auto& list = pack_->territories;
  const std::string& current = territory_->empty() ? groupTerritory_ : *territory_;
  auto it = std::find_if(list.begin(), list.end(), [&](const content::Territory& t) { return t.id == current; });
  const std::size_t next = it == list.end() ? 0 : static_cast<std::size_t>(it - list.begin() + 1) % list.size();
  *territory_ = list[next].id == groupTerritory_ ? std::string() : list[next].id;
}

std::string KeyboardScreen::keyLabel(const std::string& id) const {
  if (id == "territory") {
    const std::string& mrc = territory_->empty() ? groupTerritory_ : *territory_;
    const content::Territory* t = pack_->territory(mrc);
    return fill(tr("keyboard.territory", settings_.language),
                t ? t->name.get(std::string(languageCode(settings_.language))) : mrc);
  }
  if (id.starts_with("key")) return labels_[std::stoul(id.substr(3))];
  return id == "shift" ? "A / a" : tr("keyboard." + id, settings_.language);
}

void KeyboardScreen::draw(engine::Renderer& r) {
  const Palette& p = theme_.palette;
  engine::Rect field{stage().x + 120, stage().y + 70, stage().w - 240, 140};
  r.fillRoundedRect(field, 24, p.surface);
  r.strokeRoundedRect(field, 24, 4, p.primary);
  auto text = textStyle(settings_, 64, engine::FontWeight::Bold);
  text.size = 64;
  text.valign = engine::VAlign::Middle;
  text.frenchTypography = false;
  r.drawText(tr("keyboard.title", settings_.language) + text_ + "|", text, field.inset(40, 0), p.ink);
  for (std::size_t i = 0; i < keys_.buttons().size(); ++i) {
    const auto& id = keys_.buttons()[i].id;
    drawButton(r, keys_, i, keyLabel(id), settings_, theme_, id == "done" ? ButtonKind::Primary : ButtonKind::Secondary);
  }
}

std::vector<engine::Scene::Target> SetupScreen::labeledTargets() const {
  std::vector<Target> out;
  for (const auto& b : buttons_.buttons()) out.push_back({label(b.id), b.rect});
  return out;
}

std::vector<engine::Scene::Target> KeyboardScreen::labeledTargets() const {
  std::vector<Target> out;
  for (const auto& b : keys_.buttons()) out.push_back({keyLabel(b.id), b.rect});
  return out;
}

}  // namespace game
