// French typography for on-screen text: non-breaking spaces before : ; ! ?
// and inside « », without touching URLs, e-mail addresses or times (9:30).
#pragma once
#include <string>
#include <string_view>

namespace engine {

inline constexpr char32_t kNoBreakSpace = 0x00A0;
inline constexpr const char* kNoBreakSpaceUtf8 = "\xC2\xA0";

// Idempotent: applying it twice gives the same text as once.
std::string applyFrenchTypography(std::string_view text);

}  // namespace engine
