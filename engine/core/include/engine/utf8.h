// UTF-8 helpers: decoding with replacement of invalid bytes, validation, and
// "did you mean" suggestions. Pure C++ so the content loader can use them too.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace engine {

inline constexpr char32_t kReplacementChar = 0xFFFD;

// Decodes UTF-8; each invalid or truncated sequence becomes U+FFFD.
std::u32string decodeUtf8(std::string_view text);
std::string encodeUtf8(std::u32string_view text);
void appendUtf8(std::string& out, char32_t cp);
// Byte offset of the first invalid sequence, or npos when the text is valid UTF-8.
std::size_t findInvalidUtf8(std::string_view text);
std::size_t countCodePoints(std::string_view text);

// Edit distance between two strings, compared case-insensitively on ASCII.
std::size_t editDistance(std::string_view a, std::string_view b);
// The candidate closest to `word` if it is a plausible typo, else empty.
std::string closestMatch(std::string_view word, const std::vector<std::string>& candidates);

}  // namespace engine
