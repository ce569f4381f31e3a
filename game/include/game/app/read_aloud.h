// Read-aloud mode: when it is on (« Écouter » on the title, or --read-aloud),
// whatever the top screen says is spoken once it has settled for a moment:
// a new screen, a card turned to its answer, whose turn it is. The words come
// from each screen's spokenText(); the voice follows the game's language.
// Context::speak plays lines on demand (a screen's « Écouter »).
#pragma once
#include <string>
#include <vector>

#include "engine/app.h"
#include "engine/speech.h"
#include "game/app/context.h"

namespace game {

class ReadAloud {
 public:
  // `wavOut` non-empty: write the speech there (and the lines to wavOut + ".txt").
  ReadAloud(engine::App& app, Context& context, const std::string& wavOut);
  ~ReadAloud();
  // Writes the WAV and the text log of a headless run; call before exiting.
  void finish();

 private:
  void tick(double dt);
  void say(const std::vector<std::string>& lines);
  bool ensureStarted();

  engine::App& app_;
  Context& context_;
  engine::Speech speech_;
  std::string wavOut_;
  bool ready_ = false, failed_ = false;
  std::vector<std::string> heard_;    // what the top screen said last time we looked
  std::vector<std::string> spoken_;   // what was last read aloud
  std::vector<std::string> screenRead_;  // the top screen's words when they were last read whole
  std::string focused_;               // the label of the focused button, when the keyboard moved it
  double settled_ = 0;                // seconds the screen's words have stayed the same
  bool wasOn_ = false;
};

}  // namespace game
