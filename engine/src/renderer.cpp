#include "engine/renderer.h"

#include <SDL.h>
#include <SDL_image.h>
#include <SDL_ttf.h>

#include <algorithm>
#include <cmath>
#include <cstring>

#include "engine/log.h"

namespace engine {

namespace {
// Text not drawn for a second is let go (a text-size change leaves a whole
// screen of lines at the old size); redrawing it later costs one rasterisation.
constexpr long kEvictAfterFrames = 60;
constexpr std::size_t kEvictWhenAbove = 64;

// The first row holding a visible pixel, and how many rows down to the last one.
std::pair<int, int> inkRows(SDL_Surface* s) {
  auto rowHasInk = [&](int y) {
    const auto* row = reinterpret_cast<const Uint32*>(static_cast<const Uint8*>(s->pixels) + y * s->pitch);
    for (int x = 0; x < s->w; ++x)
      if ((row[x] & s->format->Amask) != 0) return true;
    return false;
  };
  if (s->format->BytesPerPixel != 4 || SDL_MUSTLOCK(s)) return {0, s->h};
  int top = 0, bottom = s->h - 1;
  while (top <= bottom && !rowHasInk(top)) ++top;
  while (bottom >= top && !rowHasInk(bottom)) --bottom;
  return {top, bottom - top + 1};
}

void appendFloat(std::string& key, float v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "|%.2f", static_cast<double>(v));
  key += buf;
}
}  // namespace

Renderer::Renderer(SDL_Renderer* sdl, FontLibrary& fonts) : sdl_(sdl), fonts_(fonts) {
  int w = 0, h = 0;
  SDL_GetRendererOutputSize(sdl_, &w, &h);
  letterbox_ = computeLetterbox(w, h);
}

Renderer::~Renderer() {
  for (auto& [k, l] : lines_) SDL_DestroyTexture(l.texture);
  for (auto& [k, i] : images_)
    if (i.texture) SDL_DestroyTexture(i.texture);
  for (auto& [k, i] : vectorImages_)
    if (i.texture) SDL_DestroyTexture(i.texture);
}

void Renderer::beginFrame(Color canvasColor, Color barColor) {
  ++frame_;
  stats_.linesRasterisedThisFrame = 0;
  stats_.layoutsComputedThisFrame = 0;
  int w = 0, h = 0;
  SDL_GetRendererOutputSize(sdl_, &w, &h);
  letterbox_ = computeLetterbox(w, h, canvasWidth_, canvasHeight_);
  SDL_RenderSetClipRect(sdl_, nullptr);
  SDL_SetRenderDrawBlendMode(sdl_, SDL_BLENDMODE_NONE);
  // Clear to the canvas colour, then paint only the bars: each pixel is written once.
  SDL_SetRenderDrawColor(sdl_, canvasColor.r, canvasColor.g, canvasColor.b, 255);
  SDL_RenderClear(sdl_);
  Rect canvas = letterbox_.canvasPixels();
  const float ow = static_cast<float>(letterbox_.outputWidth), oh = static_cast<float>(letterbox_.outputHeight);
  const SDL_FRect bars[4] = {{0, 0, ow, canvas.y},
                             {0, canvas.y + canvas.h, ow, oh - canvas.y - canvas.h},
                             {0, canvas.y, canvas.x, canvas.h},
                             {canvas.x + canvas.w, canvas.y, ow - canvas.x - canvas.w, canvas.h}};
  SDL_SetRenderDrawColor(sdl_, barColor.r, barColor.g, barColor.b, 255);
  for (const auto& bar : bars)
    if (bar.w > 0 && bar.h > 0) SDL_RenderFillRectF(sdl_, &bar);
}

void Renderer::endFrame() {
  if (lines_.size() + layouts_.size() + vectorImages_.size() > kEvictWhenAbove) evictStale();
  stats_.cachedLayouts = layouts_.size();
  stats_.cachedLines = lines_.size();
  stats_.cachedImages = images_.size() + vectorImages_.size();
}

void Renderer::evictStale() {
  auto stale = [&](const auto& kv) { return frame_ - kv.second.lastUsed > kEvictAfterFrames; };
  // Textures are let go with their entries.
  auto dropStaleTextures = [&](auto& cache) {
    std::erase_if(cache, [&](const auto& kv) {
      if (!stale(kv)) return false;
      if (kv.second.texture) SDL_DestroyTexture(kv.second.texture);
      return true;
    });
  };
  dropStaleTextures(lines_);
  dropStaleTextures(vectorImages_);
  std::erase_if(layouts_, stale);
}

// ---------------------------------------------------------------- images

Renderer::CachedImage& Renderer::image(const std::string& path) {
  auto it = images_.find(path);
  if (it != images_.end()) return it->second;
  CachedImage entry;
  SDL_Surface* surface = IMG_Load(path.c_str());
  if (!surface) {
    logWarning("image", "cannot load '" + path + "': " + IMG_GetError() +
                            ". Showing a placeholder; check the path and that the file is a PNG.");
  } else {
    entry = fromSurface(surface);
    if (!entry.texture)
      logWarning("image", "cannot use '" + path + "' as a texture: " + SDL_GetError() + ". Showing a placeholder.");
    else
      SDL_SetTextureScaleMode(entry.texture, SDL_ScaleModeLinear);
  }
  return images_.emplace(path, entry).first->second;
}

Renderer::CachedImage Renderer::fromSurface(SDL_Surface* surface) {
  CachedImage entry;
  entry.texture = SDL_CreateTextureFromSurface(sdl_, surface);
  entry.width = surface->w;
  entry.height = surface->h;
  SDL_FreeSurface(surface);
  return entry;
}

bool Renderer::imageLoads(const std::string& path) { return image(path).texture != nullptr; }

bool Renderer::drawVectorImage(std::string_view name, std::string_view svg, Rect dest, Color colour) {
  const Rect p = letterbox_.toPixels(dest);
  // Square pictograms fitted into the box's shorter side, rasterised at the next multiple of
  // 16 px and scaled down a little: a picture that grows frame by frame (a card coming
  // forward) rasterises a few times, not once a frame.
  const float want = std::max(1.f, std::min(p.w, p.h));
  const int side = (static_cast<int>(std::ceil(want)) + 15) / 16 * 16;
  keyBuffer_.assign(name);
  keyBuffer_ += '|' + std::to_string(side);
  auto it = vectorImages_.find(keyBuffer_);
  if (it == vectorImages_.end()) {
    CachedImage entry;
    SDL_RWops* rw = SDL_RWFromConstMem(svg.data(), static_cast<int>(svg.size()));
    SDL_Surface* surface = rw ? IMG_LoadSizedSVG_RW(rw, side, side) : nullptr;
    if (rw) SDL_RWclose(rw);
    if (!surface) {
      logWarning("image", "cannot read the vector image '" + std::string(name) + "': " + IMG_GetError() +
                              ". Showing a placeholder; check that the file is a valid SVG.");
    } else {
      entry = fromSurface(surface);
      if (entry.texture) SDL_SetTextureBlendMode(entry.texture, SDL_BLENDMODE_BLEND);
    }
    it = vectorImages_.emplace(keyBuffer_, entry).first;
  }
  CachedImage& img = it->second;
  img.lastUsed = frame_;
  if (!img.texture) {
    drawPlaceholder(dest);
    return false;
  }
  // Drawn in white, tinted here: one raster serves every colour (a glow that changes each frame too).
  SDL_SetTextureColorMod(img.texture, colour.r, colour.g, colour.b);
  SDL_SetTextureAlphaMod(img.texture, colour.a);
  const float scale = want / static_cast<float>(side);
  const float w = static_cast<float>(img.width) * scale, h = static_cast<float>(img.height) * scale;
  SDL_FRect d{p.x + (p.w - w) / 2, p.y + (p.h - h) / 2, w, h};
  SDL_RenderCopyF(sdl_, img.texture, nullptr, &d);
  return true;
}

void Renderer::drawPlaceholder(Rect dest) {
  // A crossed, outlined box: clearly "something is missing here", never a blank.
  fillRect(dest, Color::rgb(0xE8E4DC));
  strokeRoundedRect(dest, 0, 3, Color::rgb(0x8A3B12));
  drawLine({dest.x, dest.y}, {dest.right(), dest.bottom()}, 3, Color::rgb(0x8A3B12));
  drawLine({dest.right(), dest.y}, {dest.x, dest.bottom()}, 3, Color::rgb(0x8A3B12));
}

bool Renderer::drawImage(const std::string& path, Rect dest, ImageFit fit) {
  CachedImage& img = image(path);
  if (!img.texture) {
    drawPlaceholder(dest);
    return false;
  }
  Rect target = dest;
  SDL_Rect source{0, 0, img.width, img.height};
  float imageAspect = static_cast<float>(img.width) / static_cast<float>(img.height);
  float destAspect = dest.w / dest.h;
  if (fit == ImageFit::Contain) {
    if (imageAspect > destAspect) {
      target.h = dest.w / imageAspect;
      target.y += (dest.h - target.h) / 2;
    } else {
      target.w = dest.h * imageAspect;
      target.x += (dest.w - target.w) / 2;
    }
  } else if (fit == ImageFit::Cover) {
    if (imageAspect > destAspect) {
      source.w = static_cast<int>(static_cast<float>(img.height) * destAspect);
      source.x = (img.width - source.w) / 2;
    } else {
      source.h = static_cast<int>(static_cast<float>(img.width) / destAspect);
      source.y = (img.height - source.h) / 2;
    }
  }
  Rect p = letterbox_.toPixels(target);
  SDL_FRect d{p.x, p.y, p.w, p.h};
  SDL_RenderCopyF(sdl_, img.texture, &source, &d);
  return true;
}

// ---------------------------------------------------------------- text

const TextLayout& Renderer::layout(std::string_view text, const TextStyle& style, float width, float height) {
  keyBuffer_.assign(text);
  keyBuffer_.push_back('\x1f');
  keyBuffer_.push_back(static_cast<char>('0' + static_cast<int>(style.weight)));
  keyBuffer_.push_back(static_cast<char>('0' + static_cast<int>(style.overflow)));
  keyBuffer_.push_back(style.frenchTypography ? 'f' : 'n');
  appendFloat(keyBuffer_, style.size);
  appendFloat(keyBuffer_, style.minSize);
  appendFloat(keyBuffer_, style.lineSpacing);
  appendFloat(keyBuffer_, width);
  appendFloat(keyBuffer_, std::isinf(height) ? -1.f : height);
  auto it = layouts_.find(keyBuffer_);
  if (it == layouts_.end()) {
    ++stats_.layoutsComputedThisFrame;
    it = layouts_.emplace(keyBuffer_, CachedLayout{layoutText(fonts_, text, style, width, height), frame_}).first;
  }
  it->second.lastUsed = frame_;
  return it->second.layout;
}

Renderer::CachedLine& Renderer::line(const std::string& text, FontWeight weight, int pixelSize, Color color) {
  keyBuffer_.assign(text);
  keyBuffer_.push_back('\x1f');
  char suffix[48];
  std::snprintf(suffix, sizeof suffix, "%d|%d|%02x%02x%02x%02x", static_cast<int>(weight), pixelSize, color.r,
                color.g, color.b, color.a);
  keyBuffer_ += suffix;
  auto it = lines_.find(keyBuffer_);
  if (it == lines_.end()) {
    ++stats_.linesRasterisedThisFrame;
    CachedLine entry;
    TTF_Font* font = fonts_.font(weight, pixelSize);
    if (font && !text.empty()) {
      // Pre-coloured glyphs: colour-modulated blits cost several times more on the software renderer.
      SDL_Surface* surface = TTF_RenderUTF8_Blended(font, text.c_str(), SDL_Color{color.r, color.g, color.b, color.a});
      if (surface) {
        entry.width = surface->w;
        entry.height = surface->h;
        auto [top, rows] = inkRows(surface);
        entry.inkTop = top;
        entry.inkHeight = rows;
        if (rows > 0) {
          // Only the rows with ink: transparent rows above and below would still be
          // blended every frame. Copied straight from the glyph surface, without an
          // intermediate surface (each fresh buffer costs page faults).
          entry.texture = SDL_CreateTexture(sdl_, surface->format->format, SDL_TEXTUREACCESS_STATIC, surface->w, rows);
          const auto* inkPixels = static_cast<const Uint8*>(surface->pixels) + static_cast<std::ptrdiff_t>(top) * surface->pitch;
          if (entry.texture && SDL_UpdateTexture(entry.texture, nullptr, inkPixels, surface->pitch) != 0) {
            SDL_DestroyTexture(entry.texture);
            entry.texture = nullptr;
          }
        }
        SDL_FreeSurface(surface);
        if (entry.texture) SDL_SetTextureBlendMode(entry.texture, SDL_BLENDMODE_BLEND);
      }
    }
    it = lines_.emplace(keyBuffer_, entry).first;
  }
  it->second.lastUsed = frame_;
  return it->second;
}

const TextLayout& Renderer::drawText(std::string_view text, const TextStyle& style, Rect box, Color color) {
  const TextLayout& l = layout(text, style, box.w, box.h);
  drawLayout(l, style, box, color);
  return l;
}

void Renderer::drawLayout(const TextLayout& layout, const TextStyle& style, Rect box, Color color) {
  float top = box.y;
  if (style.valign == VAlign::Middle) top += (box.h - layout.height) / 2;
  if (style.valign == VAlign::Bottom) top += box.h - layout.height;
  const int pixelSize = std::max(1, static_cast<int>(std::lround(layout.size * letterbox_.scale)));
  for (std::size_t i = 0; i < layout.lines.size(); ++i) {
    const TextLine& textLine = layout.lines[i];
    if (textLine.text.empty()) continue;
    float lineTop = top + static_cast<float>(i) * layout.lineHeight;
    CachedLine& rendered = line(textLine.text, style.weight, pixelSize, color);
    float widthCanvas = rendered.texture ? static_cast<float>(rendered.width) / letterbox_.scale : textLine.width;
    float x = box.x;
    if (style.align == Align::Center) x += (box.w - widthCanvas) / 2;
    if (style.align == Align::Right) x += box.w - widthCanvas;
    if (!rendered.texture && rendered.width > 0) continue;  // a line of spaces: nothing to draw
    if (!rendered.texture) {
      // No font could be loaded: grey bars keep the layout visible.
      fillRect({x, lineTop + layout.size * 0.3f, widthCanvas, layout.size * 0.7f}, color.withAlpha(120));
      continue;
    }
    float heightCanvas = static_cast<float>(rendered.height) / letterbox_.scale;
    Vec2 p = letterbox_.toPixels(Vec2{x, lineTop + (layout.lineHeight - heightCanvas) / 2});
    // Whole pixels: glyphs are rasterised for the pixel grid.
    SDL_Rect dest{static_cast<int>(std::lround(p.x)), static_cast<int>(std::lround(p.y)) + rendered.inkTop,
                  rendered.width, rendered.inkHeight};
    SDL_RenderCopy(sdl_, rendered.texture, nullptr, &dest);
  }
}

// ---------------------------------------------------------------- capture

bool Renderer::capturePng(const std::string& path, std::string& error) {
  int w = 0, h = 0;
  SDL_GetRendererOutputSize(sdl_, &w, &h);
  // RGBA32 is the byte order PNG wants: IMG_SavePNG then needs no converted copy.
  SDL_Surface* surface = SDL_CreateRGBSurfaceWithFormat(0, w, h, 32, SDL_PIXELFORMAT_RGBA32);
  if (!surface) {
    error = SDL_GetError();
    return false;
  }
  bool ok = SDL_RenderReadPixels(sdl_, nullptr, SDL_PIXELFORMAT_RGBA32, surface->pixels, surface->pitch) == 0;
  if (ok) {
    // Captures are opaque screenshots; drop any alpha left by the window surface.
    const Uint32 opaque = surface->format->Amask;
    auto* px = static_cast<Uint32*>(surface->pixels);
    for (int i = 0; i < w * h; ++i) px[i] |= opaque;
    ok = IMG_SavePNG(surface, path.c_str()) == 0;
  }
  if (!ok) error = SDL_GetError();
  SDL_FreeSurface(surface);
  return ok;
}

bool Renderer::renderToImage(int width, int height, Color background, const std::function<void(Renderer&)>& draw,
                             const std::string& pngPath, std::string& error) {
  SDL_Texture* page = SDL_CreateTexture(sdl_, SDL_PIXELFORMAT_ARGB8888, SDL_TEXTUREACCESS_TARGET, width, height);
  if (!page || SDL_SetRenderTarget(sdl_, page) != 0) {
    error = std::string("cannot draw the page: ") + SDL_GetError();
    if (page) SDL_DestroyTexture(page);
    return false;
  }
  const float oldWidth = canvasWidth_, oldHeight = canvasHeight_;
  setCanvasSize(static_cast<float>(width), static_cast<float>(height));
  beginFrame(background, background);
  draw(*this);
  const bool ok = capturePng(pngPath, error);
  SDL_SetRenderTarget(sdl_, nullptr);
  SDL_DestroyTexture(page);
  setCanvasSize(oldWidth, oldHeight);
  // The window's letterbox comes back at its next beginFrame.
  return ok;
}

}  // namespace engine
