// The words of a question that carry its subject: Analyze (analyzer.h), then stop words
// removed (stop_words.h). The input of similarity, grouping and topic suggestion.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "text/tokenizer.h"

namespace doithoai::text {

// At most this many words are read from one text: a question is a few dozen words, and a
// pasted megabyte must not cost more than a long question.
inline constexpr size_t kMaxContentWords = 256;

struct ContentTokens {
  std::vector<Token> tokens;    // in order, stop words removed
  bool with_diacritics = true;  // HasDiacritics() of the whole text
};

// Content tokens of `text`. Any byte string is accepted.
ContentTokens ContentTokensOf(std::string_view text);

// Folded content words of `text` in order ("Cho em hỏi vay vốn khởi nghiệp được không ạ?" →
// vay von khoi nghiep).
std::vector<std::string> ContentWords(std::string_view text);

}  // namespace doithoai::text
