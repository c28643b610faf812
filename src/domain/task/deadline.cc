#include "domain/task/deadline.h"

namespace doithoai {
namespace {

Date Occurrence(const Deadline& d, int year) {
  unsigned last = DaysInMonth(year, d.month);
  unsigned day = d.day == 0 || d.day > last ? last : d.day;
  return Date(year, d.month, day);
}

}  // namespace

const char* DeadlineKindName(DeadlineKind k) {
  switch (k) {
    case DeadlineKind::kNone:
      return "none";
    case DeadlineKind::kDate:
      return "date";
    case DeadlineKind::kRecurring:
      return "recurring";
    case DeadlineKind::kOngoing:
      return "ongoing";
  }
  return "none";
}

std::optional<DeadlineKind> ParseDeadlineKind(std::string_view name) {
  for (auto k : {DeadlineKind::kNone, DeadlineKind::kDate, DeadlineKind::kRecurring,
                 DeadlineKind::kOngoing}) {
    if (name == DeadlineKindName(k)) return k;
  }
  return std::nullopt;
}

Deadline Deadline::OnDate(Date d, std::string text) {
  Deadline x;
  x.kind = DeadlineKind::kDate;
  x.date = d;
  x.text = std::move(text);
  return x;
}

Deadline Deadline::Yearly(unsigned month, unsigned day, std::string text) {
  Deadline x;
  x.kind = DeadlineKind::kRecurring;
  x.month = month;
  x.day = day;
  x.text = std::move(text);
  return x;
}

Deadline Deadline::Ongoing(std::string text) {
  Deadline x;
  x.kind = DeadlineKind::kOngoing;
  x.text = std::move(text);
  return x;
}

Status ValidateDeadline(const Deadline& d) {
  FieldErrors errors;
  if (d.kind == DeadlineKind::kDate && !d.date)
    errors.Add("deadline.date", "bắt buộc với hạn là một ngày");
  if (d.kind == DeadlineKind::kRecurring) {
    if (d.month < 1 || d.month > 12) {
      errors.Add("deadline.month", "tháng phải từ 1 đến 12");
    } else if (d.day > DaysInMonth(2024, d.month)) {  // 2024: a leap year, so 29/02 is allowed
      errors.Add("deadline.day", "ngày không có trong tháng " + std::to_string(d.month));
    }
  }
  if (!errors.empty()) return errors.ToError();
  return Ok();
}

Date FirstDue(const Deadline& d, Date assigned_on) {
  Date this_year = Occurrence(d, assigned_on.year());
  return assigned_on <= this_year ? this_year : Occurrence(d, assigned_on.year() + 1);
}

std::optional<Date> DueInCycle(const Deadline& d, Date today) {
  switch (d.kind) {
    case DeadlineKind::kDate:
      return d.date;
    case DeadlineKind::kRecurring:
      if (d.assigned_on) {
        Date first = FirstDue(d, *d.assigned_on);
        if (today.year() <= first.year()) return first;
      }
      return Occurrence(d, today.year());
    default:
      return std::nullopt;
  }
}

std::optional<Date> CycleStart(const Deadline& d, Date today) {
  if (d.kind != DeadlineKind::kRecurring) return std::nullopt;
  if (d.assigned_on && today.year() <= FirstDue(d, *d.assigned_on).year()) {
    return d.assigned_on->AddDays(-1);
  }
  return Date(today.year() - 1, 12, 31);
}

}  // namespace doithoai
