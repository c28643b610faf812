// Abbreviations and shorthand read as their long forms.
//
// Officials write "UBND", "HĐND", "KH&CN", "TP."; youths write "ko", "dc", "j", "bn". Search,
// similarity and topic suggestion all see the long form ("ủy ban nhân dân", "không"), so
// "UBND" finds "Ủy ban nhân dân" and "vay dc ko" groups with "vay được không". The table is
// in abbreviations.cc; entries were chosen so the short form has no other common reading in
// youth questions (so "hs" is học sinh, and "KH" in capitals is kế hoạch while "kh" is không).
#pragma once

#include <vector>

#include "text/tokenizer.h"

namespace doithoai::text {

// Replaces every token that is a known abbreviation with the tokens of its long form. The
// long-form tokens carry the abbreviation's span (so a highlight marks what was typed) and
// `expanded` = true; other tokens pass through unchanged.
std::vector<Token> ExpandAbbreviations(std::vector<Token> tokens);

// The long form's tokens for `token`, or nullptr if it is not an abbreviation.
const std::vector<Token>* LongForm(const Token& token);

}  // namespace doithoai::text
