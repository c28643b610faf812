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
  // kRecurring: the Vietnam date the task was assigned (filled on read from its creation).
  // Its first cycle runs from that day to the next occurrence on or after it (issue 13: a
  // task assigned on 05/12 for "trước ngày 30/11 hằng năm" is first due next year).
  std::optional<Date> assigned_on;

  static Deadline OnDate(Date d, std::string text = "");
  // REQUIRES: 1 <= month <= 12, day <= days in that month (29 allowed for February).
  static Deadline Yearly(unsigned month, unsigned day, std::string text = "");
  static Deadline Ongoing(std::string text = "thường xuyên");
};

// Checks the fields of a deadline received from a form (fields "deadline.date",
// "deadline.month", "deadline.day").
Status ValidateDeadline(const Deadline& d);

// The first due date of a yearly deadline assigned on `assigned_on`: that year's occurrence
// when it is on or after the assignment, else the next year's (28/02 for 29/02 in common
// years; the month's last day for day 0). REQUIRES: d.kind == kRecurring.
Date FirstDue(const Deadline& d, Date assigned_on);

// The due date of the cycle that `today` falls in: for a date, that date; for a yearly
// deadline, this year's occurrence — or, until the year of its first due date
// (FirstDue of assigned_on), that first due date; nullopt for ongoing and none.
std::optional<Date> DueInCycle(const Deadline& d, Date today);

// The last day before the cycle that `today` falls in. A yearly deadline's cycle is the
// calendar year ("hằng năm"): reports of year Y count for year Y's occurrence only — except
// the first cycle, which runs from the day of assignment, so that a report made in December
// of a task assigned after that year's occurrence counts for the next year's. nullopt for
// other kinds.
std::optional<Date> CycleStart(const Deadline& d, Date today);

}  // namespace doithoai
