// Syllable tokenisation of Vietnamese text.
//
// Vietnamese writes one syllable per space-separated unit ("chuyển đổi số" is three), so a
// token is a maximal run of letters and digits. Each token carries two keys: `text`, lower
// case with its diacritics (used to rank exact-accent matches first), and `folded`, without
// them and with đ → d (used to match "chuyen doi so" with "chuyển đổi số"). Both keys are
// canonical for the spellings Vietnamese allows twice: the tone on either vowel of an open
// "oa/oe/uy" ("hoà" = "hòa", "thuý" = "thúy") and i/y after a single consonant ("kỹ" = "kĩ",
// "lý" = "lí"); the source span keeps what was typed.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace doithoai::text {

struct Token {
  std::string text;    // lower case, diacritics kept, canonical spelling: "chuyển"
  std::string folded;  // `text` without diacritics, đ → d: "chuyen"
  uint32_t begin = 0;  // byte span of the source in the tokenised (NFC) text
  uint32_t end = 0;
  bool upper = false;     // typed in capitals, at least two letters: "UBND", "AI"
  bool expanded = false;  // one syllable of an abbreviation's long form
};

// Tokens longer than this (URLs without punctuation, base64, a megabyte of "aaaa") are
// skipped: they are never words and would only bloat an index.
inline constexpr size_t kMaxTokenBytes = 64;

// Splits `nfc` into tokens: maximal runs of letters, digits and combining marks; an '&'
// between two letters stays inside the run ("KH&CN", "GD&ĐT"). Invalid UTF-8 bytes
// separate tokens like spaces. Spans index into `nfc`, so callers that need them must
// pass NFC text (Analyze in analyzer.h does).
std::vector<Token> Tokenize(std::string_view nfc);

// The canonical `text` key of one lower-case syllable (see the file comment). Exposed for
// tests.
std::string CanonicalSyllable(std::string_view lower);

}  // namespace doithoai::text
