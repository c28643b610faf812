// A text field of a request, cleaned at the boundary (CleanText) and held to its length, with
// the one wording every validator uses for these two failures.
#pragma once

#include <string>
#include <string_view>

#include "core/error.h"
#include "text/normalize.h"

namespace doithoai::text {

// CleanText(raw, lines); on invalid UTF-8 adds (field, "không phải văn bản UTF-8 hợp lệ") and
// returns ""; over `max_chars` code points adds (field, "quá dài (tối đa N ký tự)") and returns
// the cleaned text all the same.
std::string CleanField(std::string_view raw, size_t max_chars, const std::string& field,
                       FieldErrors& errors, Lines lines = Lines::kSingle);

}  // namespace doithoai::text
