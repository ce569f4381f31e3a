// Loads the UI fonts (regular, semibold, bold) at any pixel size with SDL_ttf.
// Works without a window, so layout can be measured by tests and the content
// validator. A missing or corrupt font file is named in a warning and the next
// candidate is used; with no usable font at all, text is measured by estimate
// and drawn as visible placeholder bars.
#pragma once
#include <array>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "engine/text_measurer.h"

typedef struct _TTF_Font TTF_Font;

namespace engine {

class MappedFile;

// Where each weight is looked for, first match wins.
struct FontSources {
  std::array<std::vector<std::string>, kFontWeightCount> candidates;
  static FontSources defaults();
};

class FontLibrary : public TextMeasurer {
 public:
  explicit FontLibrary(FontSources sources = FontSources::defaults());
  ~FontLibrary() override;
  FontLibrary(const FontLibrary&) = delete;
  FontLibrary& operator=(const FontLibrary&) = delete;

  // The font at that size, or nullptr when no font file could be loaded.
  TTF_Font* font(FontWeight weight, int pixelSize) const;
  float measure(std::string_view text, FontWeight weight, int pixelSize) const override;
  bool hasRealFont(FontWeight weight) const { return !resolvedPath(weight).empty(); }
  // The file that weight uses (chosen now if that weight was not used yet), or "" when none works.
  const std::string& resolvedPath(FontWeight weight) const;

 private:
  struct Key {
    int weight;
    int size;
    auto operator<=>(const Key&) const = default;
  };
  FontSources sources_;
  // Chosen on first use of each weight (see openChoosingFile).
  mutable std::array<std::string, kFontWeightCount> resolved_;
  mutable std::array<std::size_t, kFontWeightCount> nextCandidate_{};
  mutable std::array<bool, kFontWeightCount> noFontReported_{};
  // Each font file mapped into memory once: FreeType then loads glyphs without
  // a seek and a read on the disk for each (a tenth of start-up time).
  mutable std::array<std::shared_ptr<const MappedFile>, kFontWeightCount> data_;
  std::shared_ptr<const MappedFile> mapFontFile(const std::string& path) const;
  TTF_Font* openChoosingFile(int weight, int pixelSize) const;
  TTF_Font* open(int weight, int pixelSize) const;
  mutable std::map<Key, TTF_Font*> fonts_;
  // Word widths are asked for again and again while wrapping: remember them.
  mutable std::unordered_map<std::string, float> widthCache_;
  bool ttfReady_ = false;
};

}  // namespace engine
