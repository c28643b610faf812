// Task deadlines as written in directives (SYSTEM.md §3, C7): a date ("trước ngày
// 22/02/2023"), a recurring date ("trước ngày 30/11 hằng năm", "tháng 3 hằng năm"), ongoing
// ("thường xuyên", reported each round), or none.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/date.h"
#include "core/result.h"

namespace doithoai {

enum class DeadlineKind { kNone, kDate, kRecurring, kOngoing };
const char* DeadlineKindName(DeadlineKind k);
std::optional<DeadlineKind> ParseDeadlineKind(std::string_view name);

struct Deadline {
  DeadlineKind kind = DeadlineKind::kNone;
  std::optional<Date> date;  // kDate
  unsigned month = 0;        // kRecurring: 1–12
  unsigned day = 0;          // kRecurring: 1–31, or 0 for "by the end of the month"
  std::string text;          // as written: "trước ngày 30/11 hằng năm"

  static Deadline OnDate(Date d, std::string text = "");
  // REQUIRES: 1 <= month <= 12, day <= days in that month (29 allowed for February).
  static Deadline Yearly(unsigned month, unsigned day, std::string text = "");
  static Deadline Ongoing(std::string text = "thường xuyên");
};

// Checks the fields of a deadline received from a form (fields "deadline.date",
// "deadline.month", "deadline.day").
Status ValidateDeadline(const Deadline& d);

// The due date of the cycle that `today` falls in: for a date, that date; for a yearly
// deadline, this year's occurrence (28/02 for 29/02 in common years; the month's last day for
// day 0); nullopt for ongoing and none.
std::optional<Date> DueInCycle(const Deadline& d, Date today);

// The last day before the cycle that `today` falls in. A yearly deadline's cycle is the
// calendar year ("hằng năm"): reports of year Y count for year Y's occurrence only. nullopt
// for other kinds.
std::optional<Date> CycleStart(const Deadline& d, Date today);

}  // namespace doithoai
