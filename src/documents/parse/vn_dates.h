// Dates as Vietnamese documents write them: "ngày 05 tháng 01 năm 2020", "5/1/2020",
// "05/01/2020", "8.3.2023", "05-01-2020", and drafts' blanks "ngày … tháng … năm 2024"
// (REFERENCE.md, Decree 30/2020 "Dates"). Internal to src/documents/parse.
#pragma once

#include <optional>
#include <string_view>

#include "core/date.h"

namespace doithoai::documents::parse {

struct DateMatch {
  size_t length = 0;         // bytes of the input the match covers; 0 when nothing matched
  std::optional<Date> date;  // a real calendar day, or nullopt (blank or partial date)
  bool has_year = false;     // "30/11" has none: a day that recurs or whose year is implied
  bool blank = false;        // "ngày … tháng … năm 2024": a draft's unfilled date
};

// Reads a date at the start of `s` (after optional spaces). `s` may start with "ngày" (any
// case) or directly with the digits. Numeric forms need a day and a month ("30/11"); the
// year, when present, has four digits. Returns length 0 when `s` does not start with a date.
DateMatch MatchDate(std::string_view s);

}  // namespace doithoai::documents::parse
