// The pictograms' SVG texts, embedded in the binary from assets/pictograms at
// build time (tools/embed-svgs.cmake).
#pragma once
#include <string_view>

namespace game {

// The SVG named `name` ("resource", "rest"...), empty when there is none.
std::string_view pictogramSvg(std::string_view name);

}  // namespace game
