// The end of a game: results, and "Mes ressources" for the players' MRC,
// which can be saved as a printable page and as plain text.
#pragma once
#include <memory>
#include <string>
#include <vector>

#include "engine/focus.h"
#include "engine/scene.h"
#include "engine/text_columns.h"
#include "game/screens/board_screen.h"
#include "game/session.h"
#include "game/ui/qr_code.h"
#include "game/ui/resource_sheet.h"
#include "game/ui/sheet_pdf.h"

namespace game {

class EndScreen : public engine::Scene {
 public:
  EndScreen(Context& context, std::shared_ptr<GameSession> session, ScreenHooks hooks);

  std::string_view name() const override { return "end"; }
  void handle(const engine::Action& action) override;
  void draw(engine::Renderer& r) override;
  std::vector<std::string> spokenText() const override;
  std::vector<Target> labeledTargets() const override;
  const engine::ButtonGroup* focusButtons() const override { return &buttons_; }

 private:
  void onStageChanged() override;
  std::string resultText() const;
  Sheet buildSheetNow() const;

  Context& ctx_;
  Settings& settings_;
  const Theme& theme_;
  std::shared_ptr<GameSession> session_;
  ScreenHooks hooks_;
  engine::ButtonGroup buttons_;
  Sheet sheet_;  // built once: the game is over, what was met no longer changes
  void flowList(engine::Renderer& r, const engine::TextStyle& item);
  void setButtons();
  void exportList();
  void printList();
  FontFiles fontFiles() const;

  std::optional<QrMatrix> qr_;             // the list, for a phone camera
  std::vector<std::string> entries_;      // "Mes ressources" as the card lists them
  std::vector<engine::ColumnPage> pages_;  // the list, in columns and pages
  float pagesSize_ = -1;                   // the text size pages_ were flowed for
  std::size_t page_ = 0;
  std::string savedMessage_;
};

}  // namespace game
