// Shapes on the software or accelerated renderer. Large opaque areas are drawn
// with plain rectangles (fast on the software renderer); only corners and the
// one-pixel anti-aliasing fringes go through SDL_RenderGeometry.
#include <SDL.h>

#include <algorithm>
#include <cmath>
#include <numbers>

#include "engine/renderer.h"

namespace engine {

namespace {
SDL_Color toSdl(Color c) { return {c.r, c.g, c.b, c.a}; }

void setColor(SDL_Renderer* r, Color c) {
  SDL_SetRenderDrawBlendMode(r, c.a == 255 ? SDL_BLENDMODE_NONE : SDL_BLENDMODE_BLEND);
  SDL_SetRenderDrawColor(r, c.r, c.g, c.b, c.a);
}

struct OutlinePoint {
  SDL_FPoint p;
  SDL_FPoint normal;   // outward
  SDL_FPoint centre;   // the corner's circle centre
};

// Points around a rounded rectangle (pixels), clockwise from the top-left arc.
std::vector<OutlinePoint> roundedOutline(SDL_FRect r, float radius) {
  int segments = std::clamp(static_cast<int>(radius / 3), 2, 16);
  const SDL_FPoint centres[4] = {{r.x + radius, r.y + radius},
                                 {r.x + r.w - radius, r.y + radius},
                                 {r.x + r.w - radius, r.y + r.h - radius},
                                 {r.x + radius, r.y + r.h - radius}};
  const float startAngles[4] = {180, 270, 0, 90};
  std::vector<OutlinePoint> out;
  out.reserve(4 * (segments + 1));
  for (int corner = 0; corner < 4; ++corner) {
    for (int k = 0; k <= segments; ++k) {
      float a = (startAngles[corner] + 90.f * static_cast<float>(k) / static_cast<float>(segments)) *
                std::numbers::pi_v<float> / 180.f;
      SDL_FPoint n{std::cos(a), std::sin(a)};
      SDL_FPoint c = centres[corner];
      out.push_back({{c.x + n.x * radius, c.y + n.y * radius}, n, c});
    }
  }
  return out;
}

SDL_Vertex vertex(SDL_FPoint p, Color c) { return SDL_Vertex{p, toSdl(c), {0, 0}}; }

// A band between the outline moved by `inner` and by `outer` along the normals,
// around the corner arcs only. Straight edges are drawn as rectangles by the
// callers: long thin triangles are slow on the software renderer.
void arcBand(SDL_Renderer* sdl, const std::vector<OutlinePoint>& outline, float inner, float outer, Color innerColor,
             Color outerColor) {
  std::vector<SDL_Vertex> v;
  v.reserve(outline.size() * 6);
  for (std::size_t i = 0; i + 1 < outline.size(); ++i) {
    const auto& a = outline[i];
    const auto& b = outline[i + 1];
    if (a.centre.x != b.centre.x || a.centre.y != b.centre.y) continue;
    SDL_FPoint ai{a.p.x + a.normal.x * inner, a.p.y + a.normal.y * inner};
    SDL_FPoint bi{b.p.x + b.normal.x * inner, b.p.y + b.normal.y * inner};
    SDL_FPoint ao{a.p.x + a.normal.x * outer, a.p.y + a.normal.y * outer};
    SDL_FPoint bo{b.p.x + b.normal.x * outer, b.p.y + b.normal.y * outer};
    v.push_back(vertex(ai, innerColor));
    v.push_back(vertex(bi, innerColor));
    v.push_back(vertex(bo, outerColor));
    v.push_back(vertex(ai, innerColor));
    v.push_back(vertex(bo, outerColor));
    v.push_back(vertex(ao, outerColor));
  }
  SDL_SetRenderDrawBlendMode(sdl, SDL_BLENDMODE_BLEND);
  SDL_RenderGeometry(sdl, nullptr, v.data(), static_cast<int>(v.size()), nullptr, 0);
}

// The four straight edges of a rounded rectangle, as strips from `from` to `to`
// pixels outside the edge (negative: inside).
void edgeStrips(SDL_Renderer* sdl, SDL_FRect p, float rp, float from, float to, Color c) {
  setColor(sdl, c);
  const float t = to - from;
  const SDL_FRect strips[4] = {{p.x + rp, p.y - to, p.w - 2 * rp, t},
                               {p.x + rp, p.y + p.h + from, p.w - 2 * rp, t},
                               {p.x - to, p.y + rp, t, p.h - 2 * rp},
                               {p.x + p.w + from, p.y + rp, t, p.h - 2 * rp}};
  SDL_RenderFillRectsF(sdl, strips, 4);
}

// Whole-pixel edges: rectangles drawn side by side must not leave seams at fractional scales.
SDL_FRect snapped(Rect r) {
  float x0 = std::round(r.x), y0 = std::round(r.y);
  float x1 = std::round(r.x + r.w), y1 = std::round(r.y + r.h);
  return {x0, y0, x1 - x0, y1 - y0};
}
}  // namespace

void Renderer::fillRect(Rect r, Color c) {
  SDL_FRect p = snapped(letterbox_.toPixels(r));
  setColor(sdl_, c);
  SDL_RenderFillRectF(sdl_, &p);
}

void Renderer::fillRoundedRect(Rect r, float radius, Color c) {
  SDL_FRect p = snapped(letterbox_.toPixels(r));
  float rp = std::floor(std::min({radius * letterbox_.scale, p.w / 2, p.h / 2}));
  if (rp < 1) {
    fillRect(r, c);
    return;
  }
  setColor(sdl_, c);
  const SDL_FRect body[3] = {{p.x + rp, p.y, p.w - 2 * rp, p.h},
                             {p.x, p.y + rp, rp, p.h - 2 * rp},
                             {p.x + p.w - rp, p.y + rp, rp, p.h - 2 * rp}};
  SDL_RenderFillRectsF(sdl_, body, 3);

  // Corner fans slightly inside the arc, then a 1-px fringe fading out for smooth edges.
  auto outline = roundedOutline(p, rp);
  std::vector<SDL_Vertex> fans;
  fans.reserve(outline.size() * 3);
  for (std::size_t i = 0; i + 1 < outline.size(); ++i) {
    const auto& a = outline[i];
    const auto& b = outline[i + 1];
    if (a.centre.x != b.centre.x || a.centre.y != b.centre.y) continue;
    SDL_FPoint ai{a.p.x - a.normal.x * 0.5f, a.p.y - a.normal.y * 0.5f};
    SDL_FPoint bi{b.p.x - b.normal.x * 0.5f, b.p.y - b.normal.y * 0.5f};
    fans.push_back(vertex(a.centre, c));
    fans.push_back(vertex(ai, c));
    fans.push_back(vertex(bi, c));
  }
  SDL_SetRenderDrawBlendMode(sdl_, c.a == 255 ? SDL_BLENDMODE_NONE : SDL_BLENDMODE_BLEND);
  SDL_RenderGeometry(sdl_, nullptr, fans.data(), static_cast<int>(fans.size()), nullptr, 0);
  arcBand(sdl_, outline, -0.5f, 0.5f, c, c.withAlpha(0));
}

void Renderer::strokeRoundedRect(Rect r, float radius, float thickness, Color c) {
  SDL_FRect p = snapped(letterbox_.toPixels(r));
  float rp = std::floor(std::min({radius * letterbox_.scale, p.w / 2, p.h / 2}));
  float t = std::max(1.f, std::round(thickness * letterbox_.scale));
  auto outline = roundedOutline(p, std::max(rp, 0.01f));
  arcBand(sdl_, outline, -t + 0.5f, -0.5f, c, c);
  arcBand(sdl_, outline, -0.5f, 0.5f, c, c.withAlpha(0));
  arcBand(sdl_, outline, -t - 0.5f, -t + 0.5f, c.withAlpha(0), c);
  edgeStrips(sdl_, p, rp, -t, 0, c);
}

void Renderer::drawShadow(Rect object, float radius, float offsetY, float blur, Color c) {
  // The object hides the shadow's middle: fill only the strip peeking out below
  // it, then the soft edge all round. Filling the whole shape would blend as
  // many pixels as the object itself, for nothing.
  Rect shadow = object.offset(0, offsetY);
  float stripTop = object.bottom() - radius;
  fillRoundedRect({shadow.x, stripTop, shadow.w, shadow.bottom() - stripTop}, radius, c);
  SDL_FRect p = snapped(letterbox_.toPixels(shadow));
  float rp = std::floor(std::min({radius * letterbox_.scale, p.w / 2, p.h / 2}));
  float spread = std::max(1.f, std::round(blur * letterbox_.scale));
  auto outline = roundedOutline(p, std::max(rp, 0.01f));
  // The edge fades in steps of flat blended bands: at a shadow's low alpha,
  // eight steps look smooth and cost a fraction of per-pixel gradients.
  const int steps = static_cast<int>(std::clamp(spread / 3, 1.f, 8.f));
  const float step = spread / static_cast<float>(steps);
  for (int k = 0; k < steps; ++k) {
    float fade = 1.f - (static_cast<float>(k) + 0.5f) / static_cast<float>(steps);
    float from = std::round(static_cast<float>(k) * step), to = std::round(static_cast<float>(k + 1) * step);
    if (to <= from) continue;
    Color band = c.withAlpha(static_cast<std::uint8_t>(static_cast<float>(c.a) * fade));
    arcBand(sdl_, outline, from, to, band, band);
    edgeStrips(sdl_, p, rp, from, to, band);
  }
}

void Renderer::drawLine(Vec2 a, Vec2 b, float thickness, Color c) {
  Vec2 pa = letterbox_.toPixels(a), pb = letterbox_.toPixels(b);
  float dx = pb.x - pa.x, dy = pb.y - pa.y;
  float len = std::sqrt(dx * dx + dy * dy);
  if (len < 0.01f) return;
  float half = std::max(0.5f, thickness * letterbox_.scale / 2);
  float nx = -dy / len * half, ny = dx / len * half;
  SDL_Vertex v[6] = {vertex({pa.x + nx, pa.y + ny}, c), vertex({pb.x + nx, pb.y + ny}, c),
                     vertex({pb.x - nx, pb.y - ny}, c), vertex({pa.x + nx, pa.y + ny}, c),
                     vertex({pb.x - nx, pb.y - ny}, c), vertex({pa.x - nx, pa.y - ny}, c)};
  SDL_SetRenderDrawBlendMode(sdl_, SDL_BLENDMODE_BLEND);
  SDL_RenderGeometry(sdl_, nullptr, v, 6, nullptr, 0);
}

void Renderer::fillCircle(Vec2 center, float radius, Color c) {
  fillRoundedRect({center.x - radius, center.y - radius, 2 * radius, 2 * radius}, radius, c);
}

void Renderer::fillConvexPolygon(const std::vector<Vec2>& points, Color c) {
  if (points.size() < 3) return;
  std::vector<SDL_Vertex> v;
  v.reserve(points.size() * 3);
  Vec2 first = letterbox_.toPixels(points[0]);
  for (std::size_t i = 1; i + 1 < points.size(); ++i) {
    Vec2 a = letterbox_.toPixels(points[i]), b = letterbox_.toPixels(points[i + 1]);
    v.push_back(vertex({first.x, first.y}, c));
    v.push_back(vertex({a.x, a.y}, c));
    v.push_back(vertex({b.x, b.y}, c));
  }
  SDL_SetRenderDrawBlendMode(sdl_, SDL_BLENDMODE_BLEND);
  SDL_RenderGeometry(sdl_, nullptr, v.data(), static_cast<int>(v.size()), nullptr, 0);
}

void Renderer::setClip(std::optional<Rect> canvasRect) {
  if (!canvasRect) {
    SDL_RenderSetClipRect(sdl_, nullptr);
    return;
  }
  Rect p = letterbox_.toPixels(*canvasRect);
  SDL_Rect clip{static_cast<int>(std::floor(p.x)), static_cast<int>(std::floor(p.y)),
                static_cast<int>(std::ceil(p.w)), static_cast<int>(std::ceil(p.h))};
  SDL_RenderSetClipRect(sdl_, &clip);
}

void Renderer::pushView(Rect outputPixels) {
  views_.push_back(letterbox_);
  Letterbox inner = computeLetterbox(static_cast<int>(outputPixels.w), static_cast<int>(outputPixels.h), canvasWidth_,
                                     canvasHeight_);
  inner.offsetX += outputPixels.x;
  inner.offsetY += outputPixels.y;
  inner.outputWidth = letterbox_.outputWidth;
  inner.outputHeight = letterbox_.outputHeight;
  letterbox_ = inner;
  setClip(Rect{0, 0, canvasWidth_, canvasHeight_});
}

void Renderer::popView() {
  if (views_.empty()) return;
  letterbox_ = views_.back();
  views_.pop_back();
  setClip(std::nullopt);
}

}  // namespace engine
