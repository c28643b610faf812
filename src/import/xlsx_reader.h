// Reads the first worksheet of an Office Open XML workbook (.xlsx, ECMA-376 Part 1 §18).
// Only the parts needed for cell text are read: xl/workbook.xml and its relationships (to
// find the first sheet and the shared string table), the shared strings, and the sheet.
// Formatting is ignored, so a date shows as its serial number and a number as its stored
// value, not as Excel would display it.
#pragma once

#include <string_view>
#include <vector>

#include "core/result.h"
#include "import/sheet.h"

namespace doithoai::import {

// Returns the non-empty rows of the first sheet (in workbook order, hidden or not), each
// numbered by its `r` attribute and each cell placed by its reference ("C7" is cells[2] of
// row 7). Cell text: shared strings and inline strings with their rich-text runs joined,
// formula results as cached, booleans as TRUE/FALSE, whole numbers without ".0", other
// numbers as the shortest decimal that reads back as the same double.
//
// Fails with ErrorCode::kInvalid, field "file", when the bytes are not a zip, the zip is not a
// workbook, the workbook has no sheet, or a part is corrupt (rows or cells out of order, as
// Excel refuses them, included); with ErrorCode::kTooLarge when a bound of `limits` is
// exceeded. max_uncompressed is checked against each part's declared size before it is
// inflated and enforced while inflating, so a zip bomb costs no more memory than the limit.
Result<std::vector<SheetRow>> ReadXlsx(std::string_view bytes, const ReadLimits& limits);

}  // namespace doithoai::import
