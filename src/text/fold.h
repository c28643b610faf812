// Table-driven case and diacritic folding for the letters of the Vietnamese alphabet.
//
// normalize.h's Fold goes through an ICU transliterator (about 2 µs per short string): fine
// for matching a CSV header, too slow for indexing a million questions. The tables here cover
// ASCII and the 134 precomposed Vietnamese letters (Latin-1, Latin Extended-A/B and Latin
// Extended Additional); anything else falls back to Fold, so FastFold(s) == Fold(s) for every
// input (fold_test.cc checks it letter by letter).
#pragma once

#include <string>
#include <string_view>

namespace doithoai::text {

// The lower-case ASCII base letter of `c` when `c` is ASCII or a precomposed letter of the
// Vietnamese alphabet ('Ệ' → 'e', 'đ' → 'd', 'Q' → 'q', '7' → '7'); 0 for anything else
// (other scripts, combining marks, letters such as 'ç' that Vietnamese does not use).
char32_t FoldVietnamese(char32_t c);

// Lower case of `c`, keeping its diacritics ('Ệ' → 'ệ', 'Đ' → 'đ'). Vietnamese letters by
// table, anything else through ICU's simple case mapping.
char32_t LowerLetter(char32_t c);

// Lower-case, diacritics removed, đ/Đ → d. Equal to Fold(s) for every s.
std::string FastFold(std::string_view s);

// Appends the UTF-8 encoding of `c` to `out`. REQUIRES: c is a Unicode scalar value.
void AppendUtf8(char32_t c, std::string& out);

}  // namespace doithoai::text
