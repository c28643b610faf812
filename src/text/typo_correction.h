// Correction of typos against the vocabulary of the text at hand: a word that is rare (seen
// once, unknown to the background set) and one edit away from a frequent word is read as
// that word ("nghệp" → nghiệp, "lao đông" → lao động). Real words typed for others
// ("xuất" for "suất") are left alone: only paraphrases.h knows those.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace doithoai::text {

// Damerau–Levenshtein distance is exactly one (one insertion, deletion, substitution or
// transposition of adjacent bytes). Folded words are ASCII, so bytes are letters.
bool IsOneEditApart(const std::string& a, const std::string& b);

// For each word of `vocabulary` (folded, ASCII), the index of the word it should be read as
// (itself when correct). `frequency[i]` counts the texts containing word i, background
// included; `known[i]` is true for words of the background set, which are never corrected.
std::vector<uint32_t> CorrectTypos(const std::vector<std::string>& vocabulary,
                                   const std::vector<uint32_t>& frequency,
                                   const std::vector<bool>& known);

}  // namespace doithoai::text
