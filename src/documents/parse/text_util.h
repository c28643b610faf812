// Small UTF-8 helpers for the document importer. Vietnamese upper and lower case letters in
// NFC have the same UTF-8 length, so LowerSameLength keeps byte offsets: a match found in the
// lowered copy is at the same offset in the original. Internal to src/documents/parse.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace doithoai::documents::parse {

// `s` with each letter lowered where the lower case letter has the same UTF-8 length (all of
// Vietnamese); other code points are kept. REQUIRES: valid UTF-8.
std::string LowerSameLength(std::string_view s);

// `s` with each letter upper-cased where the upper case letter has the same UTF-8 length.
std::string UpperSameLength(std::string_view s);

// `s` with its first code point upper-cased (same length rule as LowerSameLength).
std::string CapitalizeFirst(std::string_view s);

// True if `s` has at least two letters and none of them is lower case ("KẾ HOẠCH",
// "TM. ỦY BAN NHÂN DÂN", "UBND-VX").
bool IsUpperText(std::string_view s);

// True if the first code point of `s` is an upper case letter.
bool StartsUpper(std::string_view s);
// True if the first code point of `s` is a lower case letter.
bool StartsLower(std::string_view s);
// True if the first code point of `s` is a letter.
bool StartsLetter(std::string_view s);

// True if `s` contains a letter.
bool HasLetter(std::string_view s);

std::string_view Trim(std::string_view s);
// `s` without the trailing characters listed in `chars` (ASCII only) and spaces.
std::string_view TrimEnd(std::string_view s, std::string_view chars);
// `s` without the leading characters listed in `chars` (ASCII only) and spaces.
std::string_view TrimStart(std::string_view s, std::string_view chars);

// True if `s` starts with `prefix` and the prefix ends at a word boundary (end of `s`, or the
// next character is not a letter or digit).
bool StartsWithWord(std::string_view s, std::string_view prefix);

// The offset of the first occurrence of `needle` at or after `from` that starts and ends at
// word boundaries, or npos.
size_t FindWord(std::string_view haystack, std::string_view needle, size_t from = 0);

// Words of `s` separated by single spaces (as CleanText leaves them).
std::vector<std::string_view> SplitWords(std::string_view s);

// "Lê Khắc Nam": two to six words, each a capitalised word of letters (a trailing "." or an
// inner "." allowed for initials), no digits.
bool LooksLikePersonName(std::string_view s);

bool IsAsciiDigit(char c);

}  // namespace doithoai::documents::parse
