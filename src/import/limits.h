// The errors the readers return when an upload breaks a ReadLimits bound, worded once so the
// CSV and XLSX readers say the same thing. Internal to src/import.
#pragma once

#include <string>
#include <string_view>

#include "core/error.h"
#include "import/sheet.h"

namespace doithoai::import {

// ErrorCode::kTooLarge, field "file", for each bound of ReadLimits.
Error FileTooLarge(const ReadLimits& limits);
Error UnpackedTooLarge(const ReadLimits& limits);
Error TooManyRows(const ReadLimits& limits);
// `where` names the offending place, e.g. "dòng 7" or "ô BA7".
Error TooManyColumns(const ReadLimits& limits, std::string_view where);

// Text taken from the file (a part name, a row or cell reference) as an error message may
// quote it: bytes that are not UTF-8 become U+FFFD and anything past kQuotedMaxBytes is cut at
// a character boundary with "…". An error body is JSON, which cannot hold other bytes (found
// by fuzz/xlsx_xml_fuzz.cc: a relationship's Target in Latin-1 made the import route a 500).
inline constexpr size_t kQuotedMaxBytes = 60;
std::string QuotedFromFile(std::string_view s);

}  // namespace doithoai::import
