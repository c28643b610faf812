// The errors the readers return when an upload breaks a ReadLimits bound, worded once so the
// CSV and XLSX readers say the same thing. Internal to src/import.
#pragma once

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

}  // namespace doithoai::import
