#include "engine/fonts.h"

#include <SDL_ttf.h>

#include <cmath>
#include <filesystem>
#include <mutex>

#include "engine/log.h"
#include "mapped_file.h"

namespace engine {

namespace {
std::mutex& fontOpenMutex() {
  static std::mutex m;
  return m;
}
}  // namespace


FontSources FontSources::defaults() {
  // Open Sans reads well from a distance and covers French; DejaVu Sans is the fallback.
  const std::string openSans = "/usr/share/fonts/truetype/open-sans/";
  const std::string dejavu = "/usr/share/fonts/truetype/dejavu/";
  FontSources s;
  s.candidates[0] = {"assets/fonts/Regular.ttf", openSans + "OpenSans-Regular.ttf", dejavu + "DejaVuSans.ttf"};
  s.candidates[1] = {"assets/fonts/SemiBold.ttf", openSans + "OpenSans-Semibold.ttf", dejavu + "DejaVuSans-Bold.ttf"};
  s.candidates[2] = {"assets/fonts/Bold.ttf", openSans + "OpenSans-Bold.ttf", dejavu + "DejaVuSans-Bold.ttf"};
  // Without a condensed face, plain bold: the name is cut after its hyphens instead.
  s.candidates[3] = {"assets/fonts/CondensedBold.ttf", openSans + "OpenSans-CondBold.ttf",
                     dejavu + "DejaVuSansCondensed-Bold.ttf", openSans + "OpenSans-Bold.ttf", dejavu + "DejaVuSans-Bold.ttf"};
  return s;
}

FontLibrary::FontLibrary(FontSources sources) : sources_(std::move(sources)) {
  ttfReady_ = TTF_WasInit() > 0 || TTF_Init() == 0;
  if (!ttfReady_) logError("text", std::string("SDL_ttf could not start: ") + TTF_GetError());
}

// A weight's file is chosen the first time that weight is used: a screen that
// never shows the condensed face never opens it, and the first size opened is
// also the proof that the file is a usable font, not just present.
TTF_Font* FontLibrary::openChoosingFile(int weight, int pixelSize) const {
  const auto w = static_cast<std::size_t>(weight);
  if (!resolved_[w].empty()) return open(weight, pixelSize);
  if (!ttfReady_) return nullptr;
  const auto& candidates = sources_.candidates[w];
  while (nextCandidate_[w] < candidates.size()) {
    const std::string& path = candidates[nextCandidate_[w]++];
    std::error_code ec;
    if (!std::filesystem::is_regular_file(path, ec)) continue;
    data_[w] = mapFontFile(path);
    if (!data_[w]) {
      logWarning("text", "font file '" + path + "' cannot be read; trying the next one. Check its permissions.");
      continue;
    }
    if (TTF_Font* f = open(weight, pixelSize)) {
      resolved_[w] = path;
      return f;
    }
    // A size this file cannot give is not a damaged file: it keeps the weight if
    // it opens at an ordinary size.
    if (TTF_Font* probe = open(weight, 16)) {
      std::lock_guard<std::mutex> lock(fontOpenMutex());
      TTF_CloseFont(probe);
      resolved_[w] = path;
      return nullptr;
    }
    data_[w].reset();
    logWarning("text", "font file '" + path + "' is damaged or not a font (" + TTF_GetError() +
                           "); trying the next one. Reinstall the font package to fix it.");
  }
  if (!noFontReported_[w]) {
    noFontReported_[w] = true;
    logWarning("text", "no usable font for weight " + std::to_string(weight) +
                           "; text will show as grey bars. Install fonts-open-sans or fonts-dejavu-core.");
  }
  return nullptr;
}

FontLibrary::~FontLibrary() {
  if (!ttfReady_) return;
  std::lock_guard<std::mutex> lock(fontOpenMutex());
  for (auto& [key, font] : fonts_) TTF_CloseFont(font);
}

const std::string& FontLibrary::resolvedPath(FontWeight weight) const {
  const auto w = static_cast<std::size_t>(weight);
  if (resolved_[w].empty()) {
    if (TTF_Font* probe = openChoosingFile(static_cast<int>(weight), 16)) {
      std::lock_guard<std::mutex> lock(fontOpenMutex());
      TTF_CloseFont(probe);
    }
  }
  return resolved_[w];
}

// One mapping of each file, shared by the weights that use it (DejaVu Sans Bold
// stands in for three weights when Open Sans is missing). FreeType reads glyphs
// from memory: no stream, no system call per glyph.
std::shared_ptr<const MappedFile> FontLibrary::mapFontFile(const std::string& path) const {
  for (std::size_t w = 0; w < resolved_.size(); ++w)
    if (resolved_[w] == path && data_[w]) return data_[w];
  auto file = std::make_shared<const MappedFile>(path, std::size_t{64} << 20);  // no font is 64 MB
  return file->ok() ? file : nullptr;
}

TTF_Font* FontLibrary::open(int weight, int pixelSize) const {
  const auto& data = data_[static_cast<std::size_t>(weight)];
  if (!data) return nullptr;
  SDL_RWops* rw = SDL_RWFromConstMem(data->data(), static_cast<int>(data->size()));
  // FreeType's library object is shared by every font: opening from two
  // threads at once (the editor checks text fit on a worker) must take turns.
  std::lock_guard<std::mutex> lock(fontOpenMutex());
  return rw ? TTF_OpenFontRW(rw, 1, pixelSize) : nullptr;
}

TTF_Font* FontLibrary::font(FontWeight weight, int pixelSize) const {
  if (pixelSize <= 0) return nullptr;
  Key key{static_cast<int>(weight), pixelSize};
  auto it = fonts_.find(key);
  if (it != fonts_.end()) return it->second;
  TTF_Font* f = openChoosingFile(static_cast<int>(weight), pixelSize);
  if (f) TTF_SetFontHinting(f, TTF_HINTING_LIGHT);  // light hinting keeps widths proportional across sizes
  fonts_.emplace(key, f);
  return f;
}

float FontLibrary::measure(std::string_view text, FontWeight weight, int pixelSize) const {
  if (text.empty()) return 0;
  std::string key;
  key.reserve(text.size() + 8);
  key.push_back(static_cast<char>('0' + static_cast<int>(weight)));
  key += std::to_string(pixelSize);
  key.push_back('\x1f');
  key.append(text);
  if (auto it = widthCache_.find(key); it != widthCache_.end()) return it->second;

  float width;
  TTF_Font* f = font(weight, pixelSize);
  int w = 0, h = 0;
  std::string copy(text);
  if (f && TTF_SizeUTF8(f, copy.c_str(), &w, &h) == 0) {
    width = static_cast<float>(w);
  } else {
    width = 0.55f * static_cast<float>(pixelSize) * static_cast<float>(text.size());  // no font: estimate
  }
  if (widthCache_.size() > 200000) widthCache_.clear();  // bound memory on hostile input
  widthCache_.emplace(std::move(key), width);
  return width;
}

}  // namespace engine
