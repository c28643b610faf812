// The one text pipeline of doithoai: search, similar questions, grouping and topic
// suggestion all read text through Analyze, so they agree on what a word is.
//
//   text → NFC → syllable tokens (tokenizer.h) → abbreviations expanded (abbreviations.h)
#pragma once

#include <string_view>
#include <vector>

#include "text/tokenizer.h"

namespace doithoai::text {

// Tokens of `text` with abbreviations expanded. Any byte string is accepted: invalid UTF-8
// bytes separate tokens. Spans index into ToNfc(text), which is `text` itself whenever it is
// NFC (as everything CleanText returned is).
std::vector<Token> Analyze(std::string_view text);

// True if every code point of `s` is already in NFC by construction (ASCII, precomposed
// Vietnamese letters, other code points below U+0300). A cheap pre-check before ToNfc.
bool IsObviouslyNfc(std::string_view s);

}  // namespace doithoai::text
