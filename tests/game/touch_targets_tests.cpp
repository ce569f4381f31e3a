// Every button of every screen is at least 96x96 canvas px, inside the window,
// and no two buttons overlap: large enough for unsteady fingers, never ambiguous;
// on a 16:9 window and on windows of the other common shapes.
#include <doctest/doctest.h>

#include <SDL.h>
#include <SDL_image.h>

#include <filesystem>
#include <fstream>

#include "engine/fonts.h"
#include "engine/letterbox.h"
#include "engine/renderer.h"
#include "game/ui/resource_sheet.h"
#include "game/ui/sheet_pdf.h"
#include "game/rules/bot.h"
#include "game/rules/rules.h"
#include "game/screens/board_screen.h"
#include "game/screens/card_browser_screen.h"
#include "game/screens/card_screen.h"
#include "game/screens/end_screen.h"
#include "game/screens/pause_screen.h"
#include "game/screens/setup_screen.h"
#include "game/screens/title_screen.h"
#include "game/session.h"
#include "temp_pack.h"

using namespace game;

namespace {
void checkTargets(const engine::Scene& scene, const engine::Rect& stage) {
  INFO("screen: " << scene.name() << " on a " << stage.w << "x" << stage.h << " stage");
  const auto targets = scene.touchTargets();
  CHECK_FALSE(targets.empty());
  // Scripts tap buttons by what they say: every target says something.
  for (const auto& t : scene.labeledTargets()) CHECK_FALSE(t.label.empty());
  for (std::size_t i = 0; i < targets.size(); ++i) {
    const engine::Rect& a = targets[i];
    CHECK(a.w >= 96);
    CHECK(a.h >= 96);
    CHECK(a.x >= stage.x);
    CHECK(a.y >= stage.y);
    CHECK(a.right() <= stage.right());
    CHECK(a.bottom() <= stage.bottom());
    for (std::size_t j = i + 1; j < targets.size(); ++j) {
      const engine::Rect& b = targets[j];
      bool apart = a.right() <= b.x || b.right() <= a.x || a.bottom() <= b.y || b.bottom() <= a.y;
      CHECK(apart);
    }
  }
}

// 16:9, 4:3, 5:4 and 21:9 windows, in canvas units around the 1920x1080 canvas.
const engine::Rect kShapes[] = {{0, 0, 1920, 1080}, {0, -180, 1920, 1440}, {0, -228, 1920, 1536}, {-320, 0, 2560, 1080}};

// Lays the screen out on each shape, as the game does, and checks its buttons there.
template <class Screen, class... Args>
void checkOnEveryShape(Args&... args) {
  for (const engine::Rect& stage : kShapes) {
    engine::SceneStack stack;
    stack.setStage(stage);
    stack.push(std::make_unique<Screen>(args...));
    stack.applyPending();
    checkTargets(*stack.top(), stage);
  }
}
}  // namespace

TEST_CASE("every screen's buttons are large, on the canvas, and apart") {
  TempPack folder("targets");
  auto loaded = folder.starter().load();
  REQUIRE_FALSE(loaded.report.hasErrors());
  Context context;
  context.pack = std::make_shared<const content::Pack>(std::move(loaded.pack));
  context.saves.folder = folder.path();
  const content::Pack& pack = *context.pack;
  ScreenHooks hooks{[] {}, [] {}};

  TitleScreen::Callbacks callbacks{[] {}, [] {}, [] {}, [] {}, [] {}};
  checkOnEveryShape<TitleScreen>(context, callbacks);
  checkOnEveryShape<CardBrowserScreen>(context);
  SetupScreen::Start start = [](const rules::GameConfig&) {};
  checkOnEveryShape<SetupScreen>(context, start);
  std::string name = "Marie";
  checkOnEveryShape<KeyboardScreen>(context, name);

  auto config = rules::defaultConfig(8, false, false, "levis", 3);
  auto session = std::make_shared<GameSession>(context.pack, rules::newGame(pack, config), "");
  checkOnEveryShape<BoardScreen>(context, session, hooks);
  checkOnEveryShape<PauseScreen>(context, session, hooks);
  // Play until a card with answers is on the table, then check the card screen.
  std::uint64_t bot = 4;
  while (session->state().phase != rules::Phase::Answering)
    session->command(rules::botCommand(pack, session->state(), bot));
  checkOnEveryShape<CardScreen>(context, session, hooks);
  session->command({rules::Command::Kind::EndEarly, -1});
  checkOnEveryShape<EndScreen>(context, session, hooks);
}

TEST_CASE("Mes ressources is saved as a letter-size PDF with its text, whatever its length") {
  engine::FontLibrary fonts;
  Sheet sheet;
  sheet.title = "Mes ressources — Lévis";
  sheet.subtitle = "Test";
  for (int i = 0; i < 30; ++i)
    sheet.entries.push_back({"Organisme " + std::to_string(i), "Aide les locataires de la région.", {"Téléphone : 211"}, "", "211"});
  TempPack folder("sheet-pdf");
  FontFiles files;
  for (int w = 0; w < engine::kFontWeightCount; ++w)
    files[static_cast<std::size_t>(w)] = fonts.resolvedPath(static_cast<engine::FontWeight>(w));
  std::string pdf, error;
  REQUIRE(saveSheet(sheet, files, folder.path(), pdf, error));
  CHECK(std::filesystem::file_size(pdf) > 1000);
  CHECK(std::filesystem::exists(folder.file("mes-ressources.txt")));
  std::ifstream in(pdf, std::ios::binary);
  const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  CHECK(bytes.starts_with("%PDF-"));
  CHECK(bytes.find("/MediaBox [ 0 0 612 792 ]") != std::string::npos);  // US letter
  CHECK(bytes.find("/FontFile") != std::string::npos);                   // fonts embedded
  // Thirty entries do not fit one page: a second page follows, nothing is cut.
  const std::size_t count = bytes.find("/Count ");
  REQUIRE(count != std::string::npos);
  CHECK(std::stoi(bytes.substr(count + 7)) >= 2);
}
