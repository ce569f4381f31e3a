#include "game/screens/board_screen.h"

#include <algorithm>
#include <cmath>

#include "engine/log.h"
#include "engine/renderer.h"
#include "game/screens/card_screen.h"
#include "game/screens/end_screen.h"
#include "game/screens/pause_screen.h"
#include "game/ui/board_geometry.h"
#include "game/ui/card_text.h"
#include "game/ui/pictograms.h"
#include "game/ui/region_map.h"
#include "game/ui/street_scene.h"
#include "game/ui/theme.h"
#include "game/ui/tokens.h"

namespace game {

namespace {
// On a 16:9 screen; a pack's space positions (`at`) are given on this board.
constexpr engine::Rect kBoardArea{30, 30, 1380, 1020};
constexpr float kMargin = 30, kPanelWidth = 450;
constexpr float kStreetStrip = 280;  // below the streets: whose turn, the die, the button
constexpr double kJumpSeconds = 0.9;
constexpr double kRollSeconds = 1.0;  // long enough to see the die tumble and land
constexpr double kLandSeconds = 0.9;  // the space where the token stopped is lit before its card comes
constexpr double kStepSeconds = 0.22;



}  // namespace

BoardScreen::BoardScreen(Context& context, std::shared_ptr<GameSession> session, ScreenHooks hooks)
    : ctx_(context), settings_(context.settings), theme_(context.theme), session_(std::move(session)), hooks_(std::move(hooks)) {
  streets_ = rules::board(session_->pack(), session_->state().config).layout == content::BoardLayout::Path;
  for (const auto& p : session_->state().players) shown_.push_back(static_cast<float>(p.position));
  onStageChanged();
  // A game resumed on a card goes straight back to it.
  if (session_->state().phase == rules::Phase::Answering || session_->state().phase == rules::Phase::Revealing)
    cardPending_ = true;
}

void BoardScreen::onStageChanged() {
  const engine::Rect& s = stage();
  boardArea_ = {s.x + kMargin, s.y + kMargin, s.w - kPanelWidth - 3 * kMargin, s.h - 2 * kMargin};
  panel_ = {s.right() - kMargin - kPanelWidth, s.y + kMargin, kPanelWidth, s.h - 2 * kMargin};
  // A path of streets leaves a strip below for whose turn it is, the die and the button.
  streetArea_ = {boardArea_.x, boardArea_.y, boardArea_.w, boardArea_.h - kStreetStrip};
  layoutBoard();
  layoutButtons();
}

void BoardScreen::layoutBoard() {
  const auto& board = rules::board(session_->pack(), session_->state().config);
  const int count = static_cast<int>(board.spaces.size());
  const bool placedByPack = std::any_of(board.spaces.begin(), board.spaces.end(), [](const auto& sp) { return sp.position.has_value(); });
  const engine::Rect area = streets_ ? streetArea_ : boardArea_;
  scenery_.clear();
  ringFrame_ = boardArea_;
  if (!placedByPack) {
    spaces_ = streets_ ? streetLayout(area, count, spaceSize_) : ringLayout(area, count, spaceSize_);
    if (streets_) scenery_ = streetEmptyCells(area, count);
    // On a taller screen, whose turn and the die stay together, just above the button.
    float designSize = 0;
    if (!streets_) ringLayout(kBoardArea, count, designSize);
    middleSlack_ = streets_ ? 0 : std::max(0.f, ((area.h - 2 * spaceSize_) - (kBoardArea.h - 2 * designSize)) / 2);
    return;
  }
  middleSlack_ = 0;
  // Positions a pack gives are on the 16:9 board: the whole board is laid out
  // there, then scaled, uniformly, into the room this screen has.
  const engine::Rect design = streets_ ? engine::Rect{kBoardArea.x, kBoardArea.y, kBoardArea.w, kBoardArea.h - kStreetStrip}
                                       : kBoardArea;
  spaces_ = boardLayout(board, design, spaceSize_);
  const float scale = std::min(area.w / design.w, area.h / design.h);
  const engine::Vec2 from = design.center(), to = area.center();
  for (auto& c : spaces_) c = {to.x + (c.x - from.x) * scale, to.y + (c.y - from.y) * scale};
  spaceSize_ *= scale;
  // The ring's middle is where the scaled 16:9 board put it.
  if (!streets_) ringFrame_ = {to.x - kBoardArea.w * scale / 2, to.y - kBoardArea.h * scale / 2, kBoardArea.w * scale, kBoardArea.h * scale};
}

// Inside the ring of spaces: whose turn, where, the die or the region's map.
engine::Rect BoardScreen::ringMiddle() const {
  const engine::Rect& f = ringFrame_;
  return {f.x + spaceSize_ + 40, f.y + spaceSize_ + 30 + middleSlack_, f.w - 2 * spaceSize_ - 80,
          f.h - 2 * spaceSize_ - 60 - middleSlack_};
}

void BoardScreen::layoutButtons() {
  const float middleX = ringFrame_.center().x;
  const engine::Rect roll = streets_ ? engine::Rect{boardArea_.right() - 560, streetArea_.bottom() + 150, 540, 120}
                                     : engine::Rect{middleX - 300, ringFrame_.center().y + 160, 600, 130};
  buttons_.setButtons({{"roll", roll, true}, {"menu", {panel_.x, stage().bottom() - 162, panel_.w, 112}, true}});
}

engine::Vec2 BoardScreen::spaceCenter(int index) const {
  const int count = static_cast<int>(spaces_.size());
  return spaces_[static_cast<std::size_t>(((index % count) + count) % count)];
}

// Between two spaces while moving: `along` may be fractional.
namespace {
// Tokens stand in a row along the bottom of a space (two rows past four players), so the
// space's name above them stays readable.
struct TokenRows {
  int columns = 1, rows = 1;
};
TokenRows tokenRows(int players) {
  if (players <= 4) return {std::max(players, 1), 1};
  return {(players + 1) / 2, 2};
}
}  // namespace

float BoardScreen::tokenRadius() const {
  const TokenRows grid = tokenRows(static_cast<int>(session_->state().players.size()));
  const float spacing = spaceSize_ / (static_cast<float>(grid.columns) + 0.4f);
  return std::min(grid.rows == 1 ? spaceSize_ / 7.5f : spaceSize_ / 9.5f, spacing / 2 - 4);
}

engine::Vec2 BoardScreen::tokenCenter(int player, float along) const {
  const int base = static_cast<int>(std::floor(along));
  const float t = along - static_cast<float>(base);
  engine::Vec2 a = spaceCenter(base), b = spaceCenter(base + 1);
  engine::Vec2 c{a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t - std::sin(t * 3.14159f) * 30};
  const TokenRows grid = tokenRows(static_cast<int>(session_->state().players.size()));
  const float spacing = spaceSize_ / (static_cast<float>(grid.columns) + 0.4f);
  const int column = player % grid.columns, row = player / grid.columns;
  c.x += (static_cast<float>(column) - static_cast<float>(grid.columns - 1) / 2) * spacing;
  c.y += grid.rows == 1 ? spaceSize_ * 0.25f : spaceSize_ * (0.12f + 0.24f * static_cast<float>(row));
  return c;
}

void BoardScreen::drawDie(engine::Renderer& r, engine::Rect die, int face) const {
  const Palette& p = theme_.palette;
  const float radius = die.w / 6;
  r.drawShadow(die, radius, 6, 10, p.shadow);
  r.fillRoundedRect(die, radius, p.surface);
  r.strokeRoundedRect(die, radius, 4, p.ink);
  if (face > 6) {  // a pack's bigger die shows its number
    auto dieText = textStyle(settings_, die.h * 0.6f, engine::FontWeight::Bold, engine::Align::Center);
    dieText.size = die.h * 0.6f;
    dieText.valign = engine::VAlign::Middle;
    r.drawText(std::to_string(face), dieText, die, p.ink);
    return;
  }
  // Pips as on a real die: a corner-to-corner pattern in a 3 x 3 grid.
  static const char* kPips[6] = {"....x....", "x.......x", "x...x...x", "x.x...x.x", "x.x.x.x.x", "x.xx.xx.x"};
  const float cell = die.w / 4, pip = die.w * 0.09f;
  for (int i = 0; i < 9; ++i)
    if (kPips[face - 1][i] == 'x')
      r.fillCircle({die.x + cell * static_cast<float>(1 + i % 3), die.y + cell * static_cast<float>(1 + i / 3)}, pip, p.ink);
}

std::string BoardScreen::turnText() const {
  const auto& s = session_->state();
  const std::size_t current = static_cast<std::size_t>(s.current);
  const std::string name = playerName(s.config.players[current].name, current, s.config.solo, settings_.language);
  return s.config.solo ? tr("board.your_turn", settings_.language) : fill(tr("board.turn_of", settings_.language), name);
}

void BoardScreen::startRoll() {
  const int before = session_->state().players[static_cast<std::size_t>(session_->state().current)].position;
  mover_ = session_->state().current;
  if (!session_->command({rules::Command::Kind::Roll, -1})) return;
  const auto& s = session_->state();
  // The token walks the roll (to the finish at most), then follows a shortcut or setback.
  stepsLeft_ = s.lastRoll;
  if (streets_) stepsLeft_ = std::min(stepsLeft_, static_cast<int>(spaces_.size()) - 1 - before);
  jumpFrom_ = s.jumpedFrom;
  if (jumpFrom_ >= 0)
    engine::logInfo("board", "a shortcut or setback from space " + std::to_string(jumpFrom_) + " to space " +
                                 std::to_string(s.players[static_cast<std::size_t>(mover_)].position));
  shown_[static_cast<std::size_t>(mover_)] = static_cast<float>(before);
  animation_ = Animation::Rolling;
  timer_ = 0;
  if (ctx_.cue) ctx_.cue(Cue::Roll);
}

void BoardScreen::afterMove() {
  for (std::size_t i = 0; i < shown_.size(); ++i)
    shown_[i] = static_cast<float>(session_->state().players[i].position);
  cardPending_ = session_->state().phase == rules::Phase::Answering || session_->state().phase == rules::Phase::Revealing;
  // A card is coming: everyone first sees where the token landed.
  animation_ = cardPending_ ? Animation::Landing : Animation::Idle;
  timer_ = 0;
  if (cardPending_ && ctx_.cue) ctx_.cue(Cue::Land);
}

void BoardScreen::handle(const engine::Action& action) {
  if (animation_ != Animation::Idle) return;  // the token is moving: wait, no hurry
  if (action.type == engine::ActionType::Back) {
    stack().push(std::make_unique<PauseScreen>(ctx_, session_, hooks_));
    return;
  }
  auto id = buttons_.handle(action);
  if (!id) return;
  if (*id == "menu") stack().push(std::make_unique<PauseScreen>(ctx_, session_, hooks_));
  if (*id == "roll" && session_->state().phase == rules::Phase::Rolling) startRoll();
}

void BoardScreen::update(double dt) {
  // Game over (also after "end the game" in the menu): show the results.
  if (stack().top() == this && session_->state().phase == rules::Phase::Over && animation_ == Animation::Idle &&
      !cardPending_ && !countingScores_) {
    stack().replaceTop(std::make_unique<EndScreen>(ctx_, session_, hooks_));
    return;
  }
  if (cardPending_ && stack().top() == this && animation_ == Animation::Idle) {
    cardPending_ = false;
    stack().push(std::make_unique<CardScreen>(ctx_, session_, hooks_));
    return;
  }
  // Points won on a card count up into the panel, one by one, where everyone sees them.
  if (stack().top() == this) {
    const auto& players = session_->state().players;
    if (shownScore_.size() != players.size()) {
      shownScore_.clear();
      for (const auto& pl : players) shownScore_.push_back(static_cast<float>(pl.score));
    }
    bool counting = false;
    for (std::size_t i = 0; i < players.size(); ++i) {
      const float target = static_cast<float>(players[i].score);
      if (shownScore_[i] == target) continue;
      const float step = static_cast<float>(dt) * 4;  // four points a second
      shownScore_[i] = shownScore_[i] < target ? std::min(target, shownScore_[i] + step) : std::max(target, shownScore_[i] - step);
      counting = true;
    }
    countingScores_ = counting;
  }
  // Keep shown positions in step with the rules when nothing animates (undo, moves from cards).
  if (animation_ == Animation::Idle && stack().top() == this)
    for (std::size_t i = 0; i < shown_.size(); ++i)
      shown_[i] = static_cast<float>(session_->state().players[i].position);
  if (animation_ == Animation::Idle) return;
  timer_ += dt;
  if (animation_ == Animation::Rolling) {
    // The die tumbles, then settles on the rolled face.
    // Eight faces a second: a tumble the eye can follow, not a blur.
    shownFace_ = 1 + static_cast<int>(timer_ * 8) % rules::dieSides(session_->pack(), session_->state().config);
    if (timer_ >= kRollSeconds) {
      shownFace_ = session_->state().lastRoll;
      animation_ = Animation::Moving;
      timer_ = 0;
    }
    return;
  }
  if (animation_ == Animation::Jumping) {
    if (timer_ >= kJumpSeconds) afterMove();
    return;
  }
  if (animation_ == Animation::Landing) {
    if (timer_ >= kLandSeconds) animation_ = Animation::Idle;
    return;
  }
  float& pos = shown_[static_cast<std::size_t>(mover_)];
  if (stepsLeft_ <= 0) {  // nothing to walk (already at the finish)
    jumpFrom_ >= 0 ? void(animation_ = Animation::Jumping) : afterMove();
    timer_ = 0;
    return;
  }
  const float start = std::floor(pos);
  pos = start + static_cast<float>(std::min(1.0, timer_ / kStepSeconds));
  if (timer_ >= kStepSeconds) {
    timer_ = 0;
    pos = start + 1;
    if (ctx_.cue) ctx_.cue(Cue::Step);
    if (--stepsLeft_ <= 0) {
      // Along the bike path, the bus line or the setback, where everyone can see it.
      if (jumpFrom_ >= 0) animation_ = Animation::Jumping;
      else afterMove();
    }
  }
}

void BoardScreen::draw(engine::Renderer& r) {
  const Palette& p = theme_.palette;
  const auto& pack = session_->pack();
  const auto& s = session_->state();
  const auto& board = rules::board(pack, s.config);
  const std::string lang(languageCode(settings_.language));

  // Houses and trees where no street runs: a neighbourhood, not a chart.
  if (streets_) drawStreetScene(r, theme_, scenery_);
  // The path joining the spaces; on « Mon quartier », a street with its painted middle line.
  for (std::size_t i = 0; i < spaces_.size(); ++i) {
    if (board.layout == content::BoardLayout::Path && i + 1 == spaces_.size()) break;
    const engine::Vec2 a = spaces_[i], b = spaces_[(i + 1) % spaces_.size()];
    if (!streets_) {
      r.drawLine(a, b, 10, p.path);
      continue;
    }
    r.drawLine(a, b, spaceSize_ * 0.42f, p.path);
    const float dx = b.x - a.x, dy = b.y - a.y, len = std::sqrt(dx * dx + dy * dy);
    for (float t = spaceSize_ / 2; t + 20 < len - spaceSize_ / 2; t += 40)  // dashes only where the street shows
      r.drawLine({a.x + dx * t / len, a.y + dy * t / len}, {a.x + dx * (t + 20) / len, a.y + dy * (t + 20) / len}, 5,
                 p.surface);
  }
  auto label = textStyle(settings_, TypeScale::small, engine::FontWeight::CondensedBold, engine::Align::Center);
  // Squares are small: names are set condensed (« Appalaches » fits whole at 28 px), may
  // shrink, never below 28 px, and grow with the text setting; the space a token stands
  // on is also named in large text in the middle.
  label.minSize = 28;
  label.valign = engine::VAlign::Middle;
  label.overflow = engine::Overflow::Shrink;
  // The name in the top half; the bottom half is where tokens stand.
  const float tokensTop = s.players.size() > 4 ? 0.5f : 0.56f;
  std::vector<std::string> names;
  std::vector<BoxedText> boxed;
  for (std::size_t i = 0; i < spaces_.size(); ++i) {
    const content::Space& space = board.spaces[i];
    std::string text = tr(space.playerMrc ? "space.my_mrc" : spaceLabel(space.kind), settings_.language);
    if (!space.territory.empty())
      if (const content::Territory* t = pack.territory(space.territory)) text = t->name.get(lang);
    names.push_back(std::move(text));
  }
  auto nameBox = [&](std::size_t i) {
    return engine::Rect{spaces_[i].x - spaceSize_ / 2 + 6, spaces_[i].y - spaceSize_ / 2 + 6, spaceSize_ - 12,
                        spaceSize_ * tokensTop - 6};
  };
  for (std::size_t i = 0; i < spaces_.size(); ++i) boxed.push_back({names[i], nameBox(i)});
  label = sharedSize(r, boxed, label);  // every space's name in one size
  for (std::size_t i = 0; i < spaces_.size(); ++i) {
    const content::Space& space = board.spaces[i];
    engine::Rect box{spaces_[i].x - spaceSize_ / 2, spaces_[i].y - spaceSize_ / 2, spaceSize_, spaceSize_};
    r.fillRoundedRect(box, 18, theme_.space(space.kind));
    r.strokeRoundedRect(box, 18, 3, p.inkMuted);
    // Its picture, a shade darker than the space, where tokens stand: known at a glance.
    const engine::Color fill = theme_.space(space.kind);
    auto darker = [](std::uint8_t v) { return static_cast<std::uint8_t>(v * 0.78f); };
    drawSpacePictogram(r, space.kind, {spaces_[i].x, spaces_[i].y + spaceSize_ * 0.24f}, spaceSize_ * 0.34f,
                       engine::Color{darker(fill.r), darker(fill.g), darker(fill.b), 255});
    r.drawText(names[i], label, nameBox(i), p.ink);
  }
  if (animation_ == Animation::Landing) {
    // The landing space glows, gently, twice.
    const int landed = s.players[static_cast<std::size_t>(mover_)].position;
    const engine::Vec2 c = spaceCenter(landed);
    const float glow = 6 + 4 * static_cast<float>(std::sin(timer_ / kLandSeconds * 2 * 2 * 3.14159));
    const engine::Rect box{c.x - spaceSize_ / 2 - glow, c.y - spaceSize_ / 2 - glow, spaceSize_ + 2 * glow,
                           spaceSize_ + 2 * glow};
    r.strokeRoundedRect(box, 18 + glow, 8, p.primary);
  }
  // Shortcuts over the streets, where every player sees where they lead.
  drawJumps(r, board);
  for (int i = static_cast<int>(s.players.size()) - 1; i >= 0; --i) {
    const auto& cfg = s.config.players[static_cast<std::size_t>(i)];
    engine::Vec2 at = tokenCenter(i, shown_[static_cast<std::size_t>(i)]);
    if (animation_ == Animation::Jumping && i == mover_) {
      // Along the shortcut, in a gentle arc.
      const float t = static_cast<float>(std::min(1.0, timer_ / kJumpSeconds));
      const engine::Vec2 a = spaceCenter(jumpFrom_), b = spaceCenter(s.players[static_cast<std::size_t>(i)].position);
      at = {a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t - std::sin(t * 3.14159f) * 60};
    }
    drawToken(r, theme_, cfg.shape, cfg.colour, at, tokenRadius());
  }

  // The middle of the board: whose turn, where, the die, the big button.
  const engine::Rect middle = streets_ ? engine::Rect{boardArea_.x, streetArea_.bottom() + 10, 640, 260} : ringMiddle();
  auto big = textStyle(settings_, TypeScale::heading, engine::FontWeight::Bold, engine::Align::Center);
  big.valign = engine::VAlign::Middle;
  const auto& current = s.config.players[static_cast<std::size_t>(s.current)];
  const auto& turnLayout = r.drawText(turnText(), big, {middle.x + 90, middle.y, middle.w - 90, 110}, p.ink);
  drawToken(r, theme_, current.shape, current.colour,
            {middle.x + 90 + (middle.w - 90 - turnLayout.width) / 2 - 50, middle.y + 55}, 30);
  const int here = static_cast<int>(std::lround(shown_[static_cast<std::size_t>(s.current)])) %
                   static_cast<int>(board.spaces.size());
  const content::Space& hereSpace = board.spaces[static_cast<std::size_t>(here)];
  std::string where = tr(hereSpace.playerMrc ? "space.my_mrc" : spaceLabel(hereSpace.kind), settings_.language);
  if (const content::Territory* t = pack.territory(hereSpace.territory)) where += " — " + t->name.get(lang);
  auto whereStyle = textStyle(settings_, TypeScale::body, engine::FontWeight::Regular, engine::Align::Center);
  r.drawText(fill(tr("board.here", settings_.language), where), whereStyle, {middle.x, middle.y + 110, middle.w, 60},
             p.inkMuted);
  const float dieSize = streets_ ? 140.f : 240.f;
  engine::Rect die = streets_ ? engine::Rect{middle.right() + 30, middle.y + 40, dieSize, dieSize}
                              : engine::Rect{middle.center().x - dieSize / 2, middle.y + 170, dieSize, dieSize};
  // The die shows this turn's roll: before the current player rolls, the button stands alone.
  const bool rolling = animation_ == Animation::Rolling;
  const bool thisTurn = rolling || animation_ != Animation::Idle || s.phase != rules::Phase::Rolling;
  int face = rolling ? shownFace_ : s.lastRoll;
  if (face > 0 && thisTurn) {
    if (rolling) {  // a small wobble while it tumbles
      const float wobble = static_cast<float>(std::sin(timer_ * 25)) * 8 * static_cast<float>(1 - timer_ / kRollSeconds);
      die = die.offset(wobble, -std::abs(wobble));
    }
    drawDie(r, die, face);
  }
  const bool canRoll = s.phase == rules::Phase::Rolling && animation_ == Animation::Idle;
  // Between turns, where the die was: the region, lit where the players have found help.
  if (!streets_ && !(face > 0 && thisTurn) && hasRegionMap(pack)) {
    const float top = middle.y + 176;
    drawRegionMap(r, theme_, settings_, pack, s.territoriesDiscovered, rules::playerTerritory(s, s.current),
                  {middle.x, top, middle.w, buttons_.buttons()[0].rect.y - 16 - top});
  }
  if (canRoll) drawButton(r, buttons_, 0, tr("board.roll", settings_.language), settings_, theme_);

  // The side panel: scores, or the shared goal.
  r.fillRoundedRect(panel_, 28, p.surface);
  auto heading = textStyle(settings_, 40, engine::FontWeight::Bold);
  auto row = textStyle(settings_, TypeScale::small + 4, engine::FontWeight::SemiBold);
  row.valign = engine::VAlign::Middle;
  float y = panel_.y + 24;
  std::string roundText = fill(fill(tr("board.round", settings_.language), std::to_string(std::min(s.round, rules::roundsOf(pack, s.config)))),
                               std::to_string(rules::roundsOf(pack, s.config)));
  r.drawText(roundText, heading, {panel_.x + 28, y, panel_.w - 56, 60}, p.primary);
  y += 76;
  if (s.config.mode == rules::Mode::Cooperative) {
    std::string goal = fill(fill(tr("board.coop_goal", settings_.language), std::to_string(s.territoriesDiscovered.size())),
                            std::to_string(rules::cooperativeTarget(pack, s.config)));
    r.drawText(goal, row, {panel_.x + 28, y, panel_.w - 56, 100}, p.ink);
    y += 112;
  }
  for (std::size_t i = 0; i < s.players.size(); ++i) {
    const auto& cfg = s.config.players[i];
    engine::Rect line{panel_.x + 16, y, panel_.w - 32, 84};
    if (static_cast<int>(i) == s.current) {
      // Whose turn: a tinted row and an outline at 3:1 or more, not a tint alone.
      r.fillRoundedRect(line, 16, p.surfaceSunken);
      r.strokeRoundedRect(line, 16, 4, p.primary);
    }
    drawToken(r, theme_, cfg.shape, cfg.colour, {line.x + 44, line.y + 42}, 22);
    r.drawText(playerName(cfg.name, i, s.config.solo, settings_.language), row, {line.x + 84, line.y, line.w - 200, line.h}, p.ink);
    auto score = row;
    score.align = engine::Align::Right;
    const int drawn = i < shownScore_.size() ? static_cast<int>(std::lround(shownScore_[i])) : s.players[i].score;
    r.drawText(std::to_string(drawn), score, {line.right() - 110, line.y, 90, line.h}, p.ink);
    y += 92;
  }
  drawButton(r, buttons_, 1, tr("board.menu", settings_.language), settings_, theme_, ButtonKind::Secondary);
}

// Shortcuts and setbacks: a wide coloured road from one space to another,
// an arrow showing the way, and its name (« Piste cyclable », « Autobus »...).
void BoardScreen::drawJumps(engine::Renderer& r, const content::Board& board) const {
  auto label = textStyle(settings_, TypeScale::small, engine::FontWeight::Bold, engine::Align::Center);
  label.size = TypeScale::small;
  label.valign = engine::VAlign::Middle;
  std::vector<engine::Rect> placed;  // the names already drawn, so two never cover each other
  for (std::size_t i = 0; i < board.spaces.size(); ++i) {
    const auto& jump = board.spaces[i].jump;
    if (!jump || jump->to < 0 || static_cast<std::size_t>(jump->to) >= spaces_.size()) continue;
    const engine::Color colour = theme_.jump(jump->by);
    const engine::Vec2 from = spaces_[i], to = spaces_[static_cast<std::size_t>(jump->to)];
    const float dx = to.x - from.x, dy = to.y - from.y, len = std::max(1.f, std::sqrt(dx * dx + dy * dy));
    const float ux = dx / len, uy = dy / len;
    // From the edge of one square to the edge of the other: the names on both stay whole.
    const float exit = spaceSize_ / 2 / std::max({std::abs(ux), std::abs(uy), 0.01f});  // two spaces at one place: no NaN
    const engine::Vec2 a{from.x + ux * exit, from.y + uy * exit}, b{to.x - ux * exit, to.y - uy * exit};
    r.drawLine(a, b, 14, colour);
    // The arrow head in the middle, pointing where the token goes.
    const engine::Vec2 middle{(a.x + b.x) / 2, (a.y + b.y) / 2};
    const engine::Vec2 tip{middle.x + ux * 24, middle.y + uy * 24};
    const engine::Vec2 base{middle.x - ux * 20, middle.y - uy * 20};
    r.fillConvexPolygon({tip, {base.x - uy * 28, base.y + ux * 28}, {base.x + uy * 28, base.y - ux * 28}}, colour);
    // Its name beside the arrow, in the street between the squares.
    const std::string text = tr(jumpLabel(jump->by), settings_.language);
    const float w = std::min(260.f, r.layout(text, label, 1000).width + 32);
    // To the right of an arrow going up or down (to the left if another name is there), above a level one.
    const bool upright = std::abs(uy) >= std::abs(ux);
    auto pillAt = [&](float sign) {
      const engine::Vec2 c = upright ? engine::Vec2{middle.x + sign * (w / 2 + 40), middle.y} : engine::Vec2{middle.x, middle.y - 64};
      return engine::Rect{c.x - w / 2, c.y - 24, w, 48};
    };
    auto overlaps = [&](const engine::Rect& q) {
      return std::any_of(placed.begin(), placed.end(), [&](const engine::Rect& o) {
        return q.x < o.right() && o.x < q.right() && q.y < o.bottom() && o.y < q.bottom();
      });
    };
    engine::Rect pill = pillAt(1);
    if (upright && (overlaps(pill) || pill.right() > boardArea_.right())) pill = pillAt(-1);
    placed.push_back(pill);
    r.fillRoundedRect(pill, 24, colour);
    r.drawText(text, label, pill, theme_.palette.onPrimary);
  }
}

std::vector<std::string> BoardScreen::spokenText() const {
  return {turnText(), tr("board.roll", settings_.language)};
}

std::vector<engine::Scene::Target> BoardScreen::labeledTargets() const {
  std::vector<Target> out;
  const bool canRoll = session_->state().phase == rules::Phase::Rolling && animation_ == Animation::Idle;
  if (canRoll) out.push_back({tr("board.roll", settings_.language), buttons_.buttons()[0].rect});
  out.push_back({tr("board.menu", settings_.language), buttons_.buttons()[1].rect});
  return out;
}

}  // namespace game
