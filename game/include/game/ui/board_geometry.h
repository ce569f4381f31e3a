// Where each space of a board goes: a ring around the edge for a regional
// tour, streets that snake up for « Mon quartier ». The board screen and the
// printed poster place spaces with the same functions.
#pragma once
#include <vector>

#include "engine/geometry.h"
#include "game/content/model.h"

namespace game {

// The string keys (tr) naming a kind of space and of shortcut on the board.
const char* spaceLabel(content::SpaceKind kind);
const char* jumpLabel(content::JumpKind kind);

// Spaces around the edge of `area`, clockwise from the top left; `size` gets
// the side of the squares.
std::vector<engine::Vec2> ringLayout(engine::Rect area, int count, float& size);
// Rows from the bottom left, each going the other way, like snakes and ladders.
std::vector<engine::Vec2> streetLayout(engine::Rect area, int count, float& size);
// The cells of that grid no street passes through (the end of the last row).
std::vector<engine::Rect> streetEmptyCells(engine::Rect area, int count);
// Either, as the board's layout says, with any positions the pack gives.
std::vector<engine::Vec2> boardLayout(const content::Board& board, engine::Rect area, float& size);

}  // namespace game
