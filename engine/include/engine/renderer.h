// Immediate-mode drawing on the 1920x1080 canvas: shapes, images and text.
// Every call takes canvas units; the renderer maps them through the letterbox
// to output pixels, and rasterises text at the output size so it stays sharp
// on any window and on high-DPI screens. Laid-out text and rendered lines are
// cached, so redrawing an unchanged screen rasterises nothing.
#pragma once
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "engine/fonts.h"
#include "engine/geometry.h"
#include "engine/letterbox.h"
#include "engine/text_layout.h"

struct SDL_Renderer;
struct SDL_Surface;
struct SDL_Texture;

namespace engine {

enum class ImageFit { Contain, Cover, Stretch };

struct RenderStats {
  std::size_t cachedLayouts = 0;
  std::size_t cachedLines = 0;
  std::size_t cachedImages = 0;
  int linesRasterisedThisFrame = 0;  // should be 0 on an unchanged screen
  int layoutsComputedThisFrame = 0;
};

class Renderer {
 public:
  Renderer(SDL_Renderer* sdl, FontLibrary& fonts);
  ~Renderer();
  Renderer(const Renderer&) = delete;
  Renderer& operator=(const Renderer&) = delete;

  // Starts a frame: reads the output size, clears bars and canvas.
  void beginFrame(Color canvasColor, Color barColor = Color{0, 0, 0, 255});
  // Ends a frame: forgets cached text that has not been drawn for a while.
  void endFrame();
  const Letterbox& letterbox() const { return letterbox_; }
  // The whole window in canvas units (see Letterbox::stage): for backgrounds and scrims.
  Rect stage() const { return letterbox_.stage(); }
  // The logical canvas drawn on (1920x1080 unless a page, such as a printable
  // sheet, is being drawn into a texture). Takes effect at the next beginFrame.
  void setCanvasSize(float width, float height) {
    canvasWidth_ = width;
    canvasHeight_ = height;
  }
  FontLibrary& fonts() { return fonts_; }
  // Draws a page of `width` x `height` canvas units off screen (one unit per
  // pixel) with `draw`, and writes it as a PNG. The window's frame is left as
  // it was: call it between frames. False with a readable reason on failure.
  bool renderToImage(int width, int height, Color background, const std::function<void(Renderer&)>& draw,
                     const std::string& pngPath, std::string& error);
  const RenderStats& stats() const { return stats_; }

  void fillRect(Rect r, Color c);
  void fillRoundedRect(Rect r, float radius, Color c);
  void strokeRoundedRect(Rect r, float radius, float thickness, Color c);
  // The soft shadow of an opaque rounded object lit from above: the shape moved
  // down by offsetY in `c`, fading out over `blur`. Draw the object after it.
  void drawShadow(Rect object, float radius, float offsetY, float blur, Color c);
  void drawLine(Vec2 a, Vec2 b, float thickness, Color c);
  void fillCircle(Vec2 center, float radius, Color c);
  // Draws `points` (canvas units) as a filled convex polygon.
  void fillConvexPolygon(const std::vector<Vec2>& points, Color c);

  // Draws a PNG (path as given); a missing or broken image draws a visible
  // placeholder and logs one warning naming the file. Returns false then.
  bool drawImage(const std::string& path, Rect dest, ImageFit fit = ImageFit::Contain);
  // True when the image loads (cached); used to warn before drawing.
  bool imageLoads(const std::string& path);
  // Draws an SVG drawn in white (`svg` is its text, `name` names it in the cache
  // and in warnings) in `colour`, fitted into `dest`. It is rasterised near the
  // output size (in 16 px steps), so it stays sharp at any size. False if it cannot be read.
  bool drawVectorImage(std::string_view name, std::string_view svg, Rect dest, Color colour);

  const TextLayout& layout(std::string_view text, const TextStyle& style, float width, float height = kUnbounded);
  // Lays out (cached) and draws text in `box`, aligned as the style says.
  const TextLayout& drawText(std::string_view text, const TextStyle& style, Rect box, Color color);
  void drawLayout(const TextLayout& layout, const TextStyle& style, Rect box, Color color);

  void setClip(std::optional<Rect> canvasRect);
  // Draws the whole canvas, shrunk, into `outputPixels` of the frame (an
  // editor's preview) until popView; text is still rasterised at its size there.
  void pushView(Rect outputPixels);
  void popView();

  // Reads the last drawn pixels (call before present) and writes a PNG.
  bool capturePng(const std::string& path, std::string& error);

 private:
  struct CachedLayout {
    TextLayout layout;
    long lastUsed = 0;
  };
  struct CachedLine {
    SDL_Texture* texture = nullptr;
    int width = 0;
    int height = 0;     // full line box height, for placement
    int inkTop = 0;     // first and last rows holding any glyph pixel:
    int inkHeight = 0;  // only those rows are kept and blitted
    long lastUsed = 0;
  };
  struct CachedImage {
    SDL_Texture* texture = nullptr;
    int width = 0;
    int height = 0;
    long lastUsed = 0;  // vector images only: each size is let go when unused
  };

  CachedLine& line(const std::string& text, FontWeight weight, int pixelSize, Color color);
  CachedImage& image(const std::string& path);
  // A texture of `surface` (which it frees), with its size.
  CachedImage fromSurface(SDL_Surface* surface);
  void drawPlaceholder(Rect dest);
  void evictStale();

  SDL_Renderer* sdl_;
  FontLibrary& fonts_;
  Letterbox letterbox_;
  std::vector<Letterbox> views_;
  float canvasWidth_ = kCanvasWidth;
  float canvasHeight_ = kCanvasHeight;
  long frame_ = 0;
  RenderStats stats_;
  std::unordered_map<std::string, CachedLayout> layouts_;
  std::unordered_map<std::string, CachedLine> lines_;
  std::unordered_map<std::string, CachedImage> images_;
  std::unordered_map<std::string, CachedImage> vectorImages_;  // by name and pixel size
  std::string keyBuffer_;
};

}  // namespace engine
