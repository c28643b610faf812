// Reads a CSV file of questions as exported by Excel, LibreOffice or Google Sheets.
// RFC 4180: fields may be quoted; inside quotes a doubled quote ("") is one quote and line
// breaks are part of the field; records end with CRLF, LF or a lone CR. Beyond the RFC, to
// accept what spreadsheet programs actually write:
//  - a UTF-8 byte order mark is skipped;
//  - the delimiter is `,`, `;` (Excel in a locale whose decimal mark is a comma, as in
//    Vietnamese) or tab, chosen from the first rows: the candidate that splits them into the
//    same number (> 1) of fields most consistently; comma when none does;
//  - a quote inside an unquoted field, or text after a closing quote, is kept literally.
#pragma once

#include <string_view>
#include <vector>

#include "core/result.h"
#include "import/sheet.h"

namespace doithoai::import {

// Returns the non-empty rows; row_number counts records (a quoted line break does not start
// a new row) as a spreadsheet program would number them. Fails with ErrorCode::kInvalid,
// field "file", when the bytes are not UTF-8 (naming the first bad row; UTF-16 and NUL bytes
// are refused outright) or a quote is never closed (naming the row where it opened), and with
// ErrorCode::kTooLarge when a bound of `limits` is exceeded (max_uncompressed does not apply).
Result<std::vector<SheetRow>> ReadCsv(std::string_view bytes, const ReadLimits& limits);

}  // namespace doithoai::import
