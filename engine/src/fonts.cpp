#include "engine/fonts.h"

#include <SDL_ttf.h>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <mutex>

#include "engine/log.h"

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
  if (!ttfReady_) {
    logError("text", std::string("SDL_ttf could not start: ") + TTF_GetError());
    return;
  }
  for (int w = 0; w < kFontWeightCount; ++w) {
    for (const auto& path : sources_.candidates[w]) {
      std::error_code ec;
      if (!std::filesystem::is_regular_file(path, ec)) continue;
      data_[w] = readFontFile(path);
      if (!data_[w]) {
        logWarning("text", "font file '" + path + "' cannot be read; trying the next one. Check its permissions.");
        continue;
      }
      // Open once to prove the file is a usable font, not just present.
      TTF_Font* probe = open(w, 16);
      if (!probe) {
        data_[w].reset();
        logWarning("text", "font file '" + path + "' is damaged or not a font (" + TTF_GetError() +
                               "); trying the next one. Reinstall the font package to fix it.");
        continue;
      }
      {
        std::lock_guard<std::mutex> lock(fontOpenMutex());
        TTF_CloseFont(probe);
      }
      resolved_[w] = path;
      break;
    }
    if (resolved_[w].empty())
      logWarning("text", "no usable font for weight " + std::to_string(w) +
                             "; text will show as grey bars. Install fonts-open-sans or fonts-dejavu-core.");
  }
}

FontLibrary::~FontLibrary() {
  if (!ttfReady_) return;
  std::lock_guard<std::mutex> lock(fontOpenMutex());
  for (auto& [key, font] : fonts_) TTF_CloseFont(font);
}

const std::string& FontLibrary::resolvedPath(FontWeight weight) const {
  return resolved_[static_cast<int>(weight)];
}

// One copy of each file, shared by the weights that use it (DejaVu Sans Bold
// stands in for three weights when Open Sans is missing).
std::shared_ptr<const std::vector<unsigned char>> FontLibrary::readFontFile(const std::string& path) {
  for (std::size_t w = 0; w < resolved_.size(); ++w)
    if (resolved_[w] == path && data_[w]) return data_[w];
  std::error_code ec;
  const std::uintmax_t size = std::filesystem::file_size(path, ec);
  if (ec || size == 0 || size > (std::uintmax_t{64} << 20)) return nullptr;  // no font is 64 MB
  auto bytes = std::make_shared<std::vector<unsigned char>>(static_cast<std::size_t>(size));
  std::ifstream in(path, std::ios::binary);
  in.read(reinterpret_cast<char*>(bytes->data()), static_cast<std::streamsize>(bytes->size()));
  return in ? bytes : nullptr;
}

TTF_Font* FontLibrary::open(int weight, int pixelSize) const {
  const auto& data = data_[static_cast<std::size_t>(weight)];
  if (!data || data->empty()) return nullptr;
  SDL_RWops* rw = SDL_RWFromConstMem(data->data(), static_cast<int>(data->size()));
  // FreeType's library object is shared by every font: opening from two
  // threads at once (the editor checks text fit on a worker) must take turns.
  std::lock_guard<std::mutex> lock(fontOpenMutex());
  return rw ? TTF_OpenFontRW(rw, 1, pixelSize) : nullptr;
}

TTF_Font* FontLibrary::font(FontWeight weight, int pixelSize) const {
  const std::string& path = resolvedPath(weight);
  if (path.empty() || pixelSize <= 0) return nullptr;
  Key key{static_cast<int>(weight), pixelSize};
  auto it = fonts_.find(key);
  if (it != fonts_.end()) return it->second;
  TTF_Font* f = open(static_cast<int>(weight), pixelSize);
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
