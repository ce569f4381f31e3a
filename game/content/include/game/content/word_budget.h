// How many words each text of a card may have: one idea per card, the same
// limit at every text size. The validator enforces it; the editor shows it.
#pragma once
#include <cstddef>
#include <string>

namespace game::content {

struct WordBudgets {
  std::size_t name = 6;           // themes, categories, territories
  std::size_t resourceName = 14;  // an organisation's full name, with its acronym
  std::size_t title = 8;          // scenario and event titles
  std::size_t what = 35;          // what a resource does
  std::size_t who = 25;
  std::size_t callScript = 25;
  std::size_t hours = 20;
  std::size_t statement = 25;     // a right, true or false
  std::size_t explanation = 40;
  std::size_t situation = 30;
  std::size_t question = 30;      // a discussion card
  std::size_t answer = 16;        // a choice or a discussion answer
  std::size_t feedback = 28;
  std::size_t eventText = 25;
};
inline constexpr WordBudgets kWords{};

// Words as a reader counts them: runs holding a letter or a digit, split at
// any space (no-break spaces included); « : », « — » and « ! » alone are not words.
std::size_t countWords(const std::string& text);

}  // namespace game::content
