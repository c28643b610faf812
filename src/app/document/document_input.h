// Checks shared by the document and task use cases: names, texts and dates from forms, each
// failure named by its field.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/date.h"
#include "core/error.h"
#include "domain/task/deadline.h"

namespace doithoai {

// NFC, valid UTF-8, single line, not empty, at most `max_bytes`; "" after adding an error.
std::string RequiredLine(FieldErrors& errors, const std::string& field, std::string_view value,
                         size_t max_bytes = 300);
// The same for multi-line text.
std::string RequiredText(FieldErrors& errors, const std::string& field, std::string_view value,
                         size_t max_bytes = 8000);
// As above, but an empty value is fine.
std::string OptionalLine(FieldErrors& errors, const std::string& field, std::string_view value,
                         size_t max_bytes = 300);

// An issue date: not before `not_before` (when given) and not after `today`.
void CheckIssueDate(FieldErrors& errors, const std::string& field, Date on, Date today,
                    std::optional<Date> not_before = std::nullopt);

// A deadline's fields, named under `field` ("items[2].deadline.date"); a date deadline not
// before the day the task is assigned, when given.
void CheckDeadline(FieldErrors& errors, const std::string& field, const Deadline& d,
                   std::optional<Date> assigned_on = std::nullopt);

}  // namespace doithoai
