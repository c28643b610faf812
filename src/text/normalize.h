// Vietnamese text at the boundary: every string that enters doithoai passes through
// CleanText, so storage only ever holds valid UTF-8 in NFC (a Vietnamese letter typed on a
// macOS keyboard arrives decomposed, as NFD, and would otherwise not compare equal).
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace doithoai::text {

bool IsValidUtf8(std::string_view s);

// `s` with each ill-formed sequence (a stray continuation byte, a truncated or overlong
// sequence, a surrogate) replaced by U+FFFD; valid text comes back unchanged.
std::string ReplaceInvalidUtf8(std::string_view s);

// REQUIRES: IsValidUtf8(s). Returns s in Unicode Normalization Form C.
std::string ToNfc(std::string_view s);

// Number of Unicode code points. REQUIRES: IsValidUtf8(s).
size_t CodePointCount(std::string_view s);

enum class Lines { kSingle, kMultiple };

// Validates UTF-8, normalises to NFC, removes control characters (keeping newlines and tabs
// when `lines` is kMultiple, where runs of more than two newlines collapse to two), collapses
// runs of spaces and trims both ends. nullopt if `s` is not valid UTF-8.
std::optional<std::string> CleanText(std::string_view s, Lines lines = Lines::kSingle);

// Lower-case, diacritics removed, đ/Đ → d: "Đối Thoại" → "doi thoai". Used to match headers
// and names regardless of how they were typed.
std::string Fold(std::string_view s);

}  // namespace doithoai::text
