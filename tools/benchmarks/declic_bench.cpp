// declic_bench: prints "bench NAME VALUE UNIT" and "ratio NAME VALUE" lines.
// Each figure is compared with a floor measured in the same run, because
// wall-clock limits mean little on a shared, noisy machine.
//   declic_bench --text FILE --declic PATH --floor PATH [--pack DIR] [--frames N] [--runs N]
#include <SDL.h>
#include <SDL_ttf.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>

#include "engine/fonts.h"
#include "engine/log.h"
#include "engine/renderer.h"
#include "game/ui/card_presenter.h"
#include "game/ui/card_view.h"
#include "game/ui/theme.h"
#include "pack_bench.h"
#include "game/content/pack_document.h"
#include "game/ui/text_fit.h"
#include "process_stats.h"

namespace {
using Clock = std::chrono::steady_clock;

struct Args {
  std::string textPath, declicPath, floorPath, packPath;
  int frames = 300;
  // Start-up runs, game and floor taken in turn: a run lasts a tenth of a
  // second and this VM's noise is ±10 %, so 9 medians still moved by 0.2.
  int runs = 31;
};

void bench(const char* name, double value, const char* unit) { std::printf("bench %s %.3f %s\n", name, value, unit); }
void ratio(const char* name, double value) { std::printf("ratio %s %.3f\n", name, value); }

// Median milliseconds per frame of `drawFrame` (then present), after a warm-up.
template <typename F>
double msPerFrame(SDL_Renderer* sdl, int frames, F&& drawFrame) {
  for (int i = 0; i < 10; ++i) {
    drawFrame();
    SDL_RenderPresent(sdl);
  }
  std::vector<double> times;
  for (int i = 0; i < frames; ++i) {
    auto start = Clock::now();
    drawFrame();
    SDL_RenderPresent(sdl);
    times.push_back(std::chrono::duration<double, std::milli>(Clock::now() - start).count());
  }
  return median(times);
}

int cardFrame(const Args& args) {
  std::ifstream file(args.textPath);
  std::stringstream text;
  text << file.rdbuf();
  if (text.str().empty()) {
    std::fprintf(stderr, "declic_bench: cannot read %s\n", args.textPath.c_str());
    return 1;
  }
  SDL_SetHint(SDL_HINT_VIDEODRIVER, "dummy");
  SDL_SetHint(SDL_HINT_RENDER_DRIVER, "software");
  SDL_SetHint(SDL_HINT_FRAMEBUFFER_ACCELERATION, "0");
  if (SDL_Init(SDL_INIT_VIDEO) != 0 || TTF_Init() != 0) return 1;
  SDL_Window* window = SDL_CreateWindow("bench", 0, 0, 1920, 1080, 0);
  SDL_Renderer* sdl = SDL_CreateRenderer(window, -1, SDL_RENDERER_SOFTWARE);
  if (!sdl) return 1;
  {
    engine::FontLibrary fonts;
    engine::Renderer renderer(sdl, fonts);
    game::Settings settings;
    const game::Theme theme = game::defaultTheme();
    game::CardContent card;
    card.kindLabel = "Droit";
    card.title = "Bien vivre dans son HLM : à qui s’adresser ?";
    card.body = text.str();
    card.columns = 2;
    std::size_t words = 0;
    for (std::istringstream in(card.body); in >> std::ws && !in.eof(); ++words) {
      std::string w;
      in >> w;
    }
    auto drawFrame = [&] {
      renderer.beginFrame(theme.palette.background, theme.palette.bars);
      game::drawCard(renderer, card, settings, theme, nullptr, game::cardRect(game::CardSlot::Question));
      renderer.endFrame();
    };
    double cached = msPerFrame(sdl, args.frames, drawFrame);
    int rasterised = renderer.stats().linesRasterisedThisFrame;

    // The floor: the same pixels, pre-rendered once into one texture.
    SDL_Texture* whole = SDL_CreateTexture(sdl, SDL_PIXELFORMAT_ARGB8888, SDL_TEXTUREACCESS_TARGET, 1920, 1080);
    SDL_SetRenderTarget(sdl, whole);
    drawFrame();
    SDL_SetRenderTarget(sdl, nullptr);
    SDL_SetTextureBlendMode(whole, SDL_BLENDMODE_BLEND);
    double floor = msPerFrame(sdl, args.frames, [&] {
      SDL_SetRenderDrawColor(sdl, 0, 0, 0, 255);
      SDL_RenderClear(sdl);
      SDL_RenderCopy(sdl, whole, nullptr, nullptr);
    });
    SDL_DestroyTexture(whole);

    bench("card_words", static_cast<double>(words), "words");
    bench("card_frame", cached, "ms");
    bench("card_frame_floor", floor, "ms");
    bench("card_lines_rasterised_per_frame", rasterised, "lines");
    ratio("card_frame/floor", cached / floor);
  }
  SDL_DestroyRenderer(sdl);
  SDL_DestroyWindow(window);
  TTF_Quit();
  SDL_Quit();
  return 0;
}

std::string packFolder(int cards) { return "/tmp/declic-bench-packs/pack-" + std::to_string(cards); }

// Peak memory of loading each generated pack, each in a child process started
// while this process is still small (Linux carries a parent's peak into its child).
int packMemory(const std::string& self) {
  for (int cards : {1000, 10000}) {
    generatePack(packFolder(cards), cards);
    ProcessRun child = runProcess({self, "--load-pack", packFolder(cards)});
    if (!child.ok) {
      std::fprintf(stderr, "declic_bench: loading the generated pack of %d cards failed\n", cards);
      return 1;
    }
    bench(("pack_load_peak_rss_" + std::to_string(cards)).c_str(), child.peakRssMb, "MB");
  }
  return 0;
}

// Load-and-validate time against yaml-cpp's own event parser over the same files.
int packTiming() {
  for (int cards : {1000, 10000}) {
    std::vector<double> load, floor;
    for (int run = 0; run < 3; ++run) {
      double seconds = 0;
      std::string error;
      if (!loadSeconds(packFolder(cards), seconds, error)) {
        std::fprintf(stderr, "declic_bench: the generated pack has errors: %s\n", error.c_str());
        return 1;
      }
      load.push_back(seconds * 1000);
      floor.push_back(yamlEventFloorSeconds(packFolder(cards)) * 1000);
    }
    const std::string n = std::to_string(cards);
    bench(("pack_load_" + n).c_str(), median(load), "ms");
    bench(("yaml_event_floor_" + n).c_str(), median(floor), "ms");
    ratio(("pack_load_" + n + "/yaml_event_floor").c_str(), median(load) / median(floor));
  }
  return 0;
}

int startup(const Args& args) {
  std::vector<std::string> declic = {args.declicPath, "--headless", "--exit-after-first-frame"};
  if (!args.packPath.empty()) {
    declic.push_back("--pack");
    declic.push_back(args.packPath);
  }
  std::vector<double> declicTimes, floorTimes;
  double peakRss = 0;
  for (int i = 0; i < args.runs; ++i) {
    ProcessRun game = runProcess(declic);
    ProcessRun bare = runProcess({args.floorPath});
    if (!game.ok || !bare.ok) {
      std::fprintf(stderr, "declic_bench: start-up run failed (declic exit %d, floor exit %d)\n", game.exitCode,
                   bare.exitCode);
      return 1;
    }
    declicTimes.push_back(game.seconds * 1000);
    floorTimes.push_back(bare.seconds * 1000);
    peakRss = std::max(peakRss, game.peakRssMb);
  }
  double game = median(declicTimes), bare = median(floorTimes);
  bench("startup", game, "ms");
  bench("startup_floor", bare, "ms");
  ratio("startup/floor", game / bare);
  bench("declic_startup_peak_rss", peakRss, "MB");

  // A longer session: the scripted title run, every screen drawn and captured.
  std::vector<std::string> scripted = {args.declicPath, "--headless", "--script", "tests/scripts/title.txt",
                                       "--capture-dir", "/tmp/declic-bench-captures"};
  ProcessRun session = runProcess(scripted);
  if (!session.ok) {
    std::fprintf(stderr, "declic_bench: the scripted run failed (exit %d)\n", session.exitCode);
    return 1;
  }
  bench("declic_peak_rss", session.peakRssMb, "MB");
  return 0;
}
// The editor's live check after one keystroke on the bundled pack: the same
// rules as declic-pack (loader, validation, text fit) over the texts in
// memory, against loading the pack from disk without text fit (the floor).
int editorCheck(const Args& args) {
  if (args.packPath.empty()) return 0;
  std::string error;
  auto doc = game::content::PackDocument::open(args.packPath, error);
  if (!doc) {
    std::fprintf(stderr, "declic_bench: %s\n", error.c_str());
    return 1;
  }
  engine::FontLibrary fonts;
  game::TextFitCache cache;  // kept between checks, as the editor keeps it
  std::vector<double> checks, floors;
  auto item = doc->findItem("omh-levis");
  if (!item) item = doc->items().back();
  const std::string name = doc->get(*item, "name.fr").value_or("Office");
  for (int run = 0; run < 16; ++run) {
    // A keystroke: one more letter in one card's name.
    doc->set(*item, "name.fr", name + std::string(static_cast<std::size_t>(run % 5), 'e'), error, true);
    auto start = std::chrono::steady_clock::now();
    game::content::LoadOptions options;
    options.today = game::content::Date{2026, 11, 25};
    auto result = doc->validate(options);
    game::checkTextFits(result.pack, fonts, result.report, cache);
    if (run == 0) continue;  // the first check lays out every card: the editor does it once, at opening
    checks.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
    double seconds = 0;
    loadSeconds(args.packPath, seconds, error);
    floors.push_back(seconds * 1000);
  }
  std::sort(checks.begin(), checks.end());
  std::sort(floors.begin(), floors.end());
  bench("editor_validate_ms", checks[checks.size() / 2], "ms");
  bench("editor_validate_floor_ms", floors[floors.size() / 2], "ms");
  ratio("editor_validate/floor", checks[checks.size() / 2] / floors[floors.size() / 2]);
  return 0;
}
}  // namespace

int main(int argc, char** argv) {
  if (argc == 3 && std::string(argv[1]) == "--load-pack") {
    // Child mode: load one pack and exit, so the parent can read its peak RSS.
    double seconds = 0;
    std::string error;
    return loadSeconds(argv[2], seconds, error) ? 0 : 1;
  }
  Args args;
  for (int i = 1; i + 1 < argc; i += 2) {
    std::string key = argv[i], value = argv[i + 1];
    if (key == "--text") args.textPath = value;
    else if (key == "--declic") args.declicPath = value;
    else if (key == "--floor") args.floorPath = value;
    else if (key == "--pack") args.packPath = value;
    else if (key == "--frames") args.frames = std::stoi(value);
    else if (key == "--runs") args.runs = std::stoi(value);
  }
  if (args.textPath.empty() || args.declicPath.empty() || args.floorPath.empty()) {
    std::fprintf(stderr, "usage: declic_bench --text FILE --declic PATH --floor PATH [--pack DIR] [--frames N] [--runs N]\n");
    return 2;
  }
  engine::setLogVerbose(false);
  // Child processes first: Linux carries the parent's peak RSS into a spawned
  // child, so the children must start while this process is still small.
  if (int rc = startup(args)) return rc;
  if (int rc = packMemory(argv[0])) return rc;
  if (int rc = cardFrame(args)) return rc;
  if (int rc = editorCheck(args)) return rc;
  return packTiming();
}
