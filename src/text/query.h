// Parsing of a search box's text into words and phrases (search_index.h). Internal.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace doithoai::text::search {

struct QueryWord {
  std::string folded;   // "chuyen"
  std::string exact;    // "chuyển" when the query was typed with diacritics, else empty
  bool stop = false;    // a stop word (stop_words.h): scored, not required
  bool prefix = false;  // the last word, still being typed: also matches longer words
};

struct QueryPhrase {
  std::vector<std::string> folded;  // two or more words that must appear consecutively
};

struct ParsedQuery {
  std::vector<QueryWord> words;  // distinct by (folded, exact, prefix), in query order
  std::vector<QueryPhrase> phrases;
};

// Words between double quotes ("…" or “…”; an unclosed quote runs to the end) form a phrase;
// the words of a phrase are also words of the query. With `prefix_last_word`, the last word
// outside quotes is a prefix unless the text ends with a space or punctuation, or the word
// is an abbreviation's expansion. At most kMaxQueryWords words are kept.
ParsedQuery ParseQuery(std::string_view text, bool prefix_last_word);

inline constexpr size_t kMaxQueryWords = 32;

}  // namespace doithoai::text::search
