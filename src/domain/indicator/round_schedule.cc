#include "domain/indicator/round_schedule.h"

#include <algorithm>
#include <charconv>
#include <cstdio>

namespace doithoai {
namespace {

Date DayOf(int year, unsigned month, unsigned day) {
  return Date(year, month, std::min(day, DaysInMonth(year, month)));
}

bool Exists(unsigned month, unsigned day) {
  return month >= 1 && month <= 12 && day >= 1 && day <= DaysInMonth(2024, month);  // 2024: leap
}

}  // namespace

std::optional<std::pair<unsigned, unsigned>> ParseMonthDay(std::string_view s) {
  if (s.size() != 5 || s[2] != '-') return std::nullopt;
  unsigned m = 0, d = 0;
  auto a = std::from_chars(s.data(), s.data() + 2, m);
  auto b = std::from_chars(s.data() + 3, s.data() + 5, d);
  if (a.ptr != s.data() + 2 || b.ptr != s.data() + 5 || !Exists(m, d)) return std::nullopt;
  return std::make_pair(m, d);
}

std::string MonthDayText(unsigned month, unsigned day) {
  char buf[8];
  std::snprintf(buf, sizeof buf, "%02u-%02u", month % 100, day % 100);
  return buf;
}

void ValidateSchedule(const RoundSchedule& s, FieldErrors& errors) {
  if (!s.IsSet() && s.opens_month == 0) return;
  bool opens_ok = Exists(s.opens_month, s.opens_day);
  bool due_ok = Exists(s.due_month, s.due_day);
  if (!opens_ok) errors.Add("round_schedule.opens_on", "ngày mở kỳ phải dạng MM-DD có thật");
  if (!due_ok) errors.Add("round_schedule.due_on", "hạn báo cáo phải dạng MM-DD có thật");
  if (opens_ok && due_ok &&
      std::make_pair(s.opens_month, s.opens_day) > std::make_pair(s.due_month, s.due_day)) {
    errors.Add("round_schedule.due_on", "hạn báo cáo phải sau ngày mở kỳ trong cùng năm");
  }
}

Round ScheduledRound(const RoundSchedule& s, ProgrammeId programme, int year) {
  Round r;
  r.programme = programme;
  r.period_year = year;
  r.opens_on = DayOf(year, s.opens_month, s.opens_day);
  r.due_on = DayOf(year, s.due_month, s.due_day);
  return r;
}

std::optional<int> PeriodToOpen(const Programme& p, const RoundSchedule& s,
                                const std::vector<int>& existing_periods, Date today) {
  if (!s.IsSet()) return std::nullopt;
  int year = today.year();
  if (year < p.start_year || year > p.end_year) return std::nullopt;
  if (std::find(existing_periods.begin(), existing_periods.end(), year) != existing_periods.end()) {
    return std::nullopt;
  }
  if (today < DayOf(year, s.opens_month, s.opens_day)) return std::nullopt;
  return year;
}

const char* RoundNoticeName(RoundNotice n) {
  switch (n) {
    case RoundNotice::kOpened:
      return "opened";
    case RoundNotice::kDueSoon:
      return "due_soon";
    case RoundNotice::kLate:
      return "late";
  }
  return "opened";
}

std::optional<RoundNotice> RoundNoticeFor(const Round& r, bool complete, Date today) {
  switch (PhaseOn(r, today)) {
    case RoundPhase::kOpen:
      return complete ? std::optional<RoundNotice>() : RoundNotice::kOpened;
    case RoundPhase::kDueSoon:
      return complete ? std::optional<RoundNotice>() : RoundNotice::kDueSoon;
    case RoundPhase::kLate:
      return complete ? std::optional<RoundNotice>() : RoundNotice::kLate;
    default:
      return std::nullopt;
  }
}

std::string RoundNoticeKey(RoundId round, UnitId unit, RoundNotice n) {
  return "round:" + std::to_string(round.value) + ":unit:" + std::to_string(unit.value) + ":" +
         RoundNoticeName(n);
}

}  // namespace doithoai
