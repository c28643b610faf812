// A small list of Vietnamese function words: particles, pronouns, connectives and the
// question frame ("cho em hỏi", "như thế nào", "có … không") that carry no subject.
//
// Folding makes many of them ambiguous: "ma" is mà (but) and ma (ma túy, drugs), "cho" is
// cho (for) and chợ (market), "trong" is trong (in) and trồng (to plant). A token typed with
// diacritics is checked by its exact form; in a text typed without any, a token is a stop word
// only if no common content word folds to the same letters.
#pragma once

#include <vector>

#include "text/tokenizer.h"

namespace doithoai::text {

// True if any token typed by the writer (not expanded from an abbreviation) has a diacritic:
// then "cho" is cho and not chợ.
bool HasDiacritics(const std::vector<Token>& tokens);

// REQUIRES: `with_diacritics` is HasDiacritics() of the text `token` belongs to.
bool IsStopWord(const Token& token, bool with_diacritics);

}  // namespace doithoai::text
