// CSV (RFC 4180) for the open-data downloads (issue 14): UTF-8 with a byte-order mark, so a
// spreadsheet program opens Vietnamese text right; CRLF line ends; a field holding a comma, a
// quote, CR or LF is quoted, its quotes doubled. Pure text: the caller gives the cells.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace doithoai::feed {

inline constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";

// One field as RFC 4180 writes it: quoted only when it must be.
std::string CsvField(std::string_view value);
void AppendCsvField(std::string& out, std::string_view value);  // the same, appended

// Whether a text cell would be read as a formula (see NeutraliseFormula).
bool LooksLikeFormula(std::string_view text);

// A text cell made safe to open in a spreadsheet (OWASP "CSV injection"): one starting with
// = + - @ TAB or CR gets a leading apostrophe, so it is read as text, never as a formula.
// Only for text cells: numbers and dates are written as they are.
std::string NeutraliseFormula(std::string_view text);

// The BOM, then each row's fields joined by commas, each row ended by CRLF. The first row is
// usually the header.
std::string WriteCsv(const std::vector<std::vector<std::string>>& rows);

}  // namespace doithoai::feed
