// What the OCR corrector (ocr_correction.h) knows of Vietnamese words: the syllables of the
// language and which two syllables are known to stand side by side.
//
// Syllables come from Debian hunspell-vi's list (6,605 lower-case entries; it also holds rare
// syllables such as "triến", so a valid syllable is not yet a right one). Pairs come from a
// hand-written list of words of official documents and from the project's own text outside the
// real documents corpus (make_lexicon.py says which); they are the evidence that picks "phát
// triển" over "phát triến". Both lists are generated into committed .inc files, so a package
// update never changes what the corrector does. Pure; no I/O.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace doithoai::documents {

// True when `lower` (lower case, NFC) is a Vietnamese syllable: "triển", "tổ", "thế". Both
// placements of a tone that Vietnamese allows are syllables ("hoá" and "hóa").
bool IsVietnameseSyllable(std::string_view lower);

// True when the two syllables (lower case, NFC) are known to follow each other: "tổ" "chức".
bool IsKnownPair(std::string_view first, std::string_view second);

// The syllables that differ from `lower` (lower case, NFC) in exactly one letter, that letter
// being the same vowel with other marks (tone, breve, circumflex, horn): for "tố", "tổ" "tồ"
// "tộ" "tô" "to" "tớ"… — those that are Vietnamese syllables, in no particular order.
std::vector<std::string> SyllablesOneMarkAway(std::string_view lower);

// Code points of `utf8` and back. REQUIRES: valid UTF-8 / scalar values.
std::u32string DecodeUtf8(std::string_view utf8);
std::string EncodeUtf8(std::u32string_view code_points);

}  // namespace doithoai::documents
