// Deadlines inside an assignment's words (SYSTEM.md §3: "a date, a recurring date ('trước
// ngày 30/11 hằng năm', 'tháng 3 hằng năm'), or 'thường xuyên'"). Only words that set a
// deadline count: "trước ngày 22/02/2023", "chậm nhất ngày …", "… hằng năm", "thường xuyên".
// A date quoted from the past ("Thông báo số 158/TB-VPCP ngày 11/4/2024") is never one.
// Internal to src/documents/parse.
#pragma once

#include <string_view>

#include "documents/parse/document.h"

namespace doithoai::documents::parse {

// The first dated deadline in `text` ("trước ngày 22/02/2023"); else the first deadline by a
// period with its year ("trong tháng 6 năm 2024": kDate without a date, for the person who
// confirms to fix the day); else the first recurring one; else "thường xuyên"; else kNone.
ParsedDeadline FindDeadline(std::string_view text);

// The value of a "Thời gian thực hiện: …" field: as FindDeadline, else a written date, else
// the value itself as the text (kDate with no date when it names a period such as
// "Quý I/2025", kNone otherwise).
ParsedDeadline DeadlineFromFieldValue(std::string_view value);

}  // namespace doithoai::documents::parse
