// Calendar dates and instants. Dates are civil dates in Vietnam (no time zone attached);
// instants are UTC seconds. Vietnam has no daylight saving: local = UTC+07:00.
#pragma once

#include <chrono>
#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace doithoai {

inline constexpr int kVietnamUtcOffsetSeconds = 7 * 3600;

class Date {
 public:
  Date() = default;
  constexpr Date(int year, unsigned month, unsigned day)
      : days_(std::chrono::sys_days(std::chrono::year(year) / month / day)
                  .time_since_epoch()
                  .count()) {}

  static Date FromDaysSinceEpoch(int64_t days) {
    Date d;
    d.days_ = days;
    return d;
  }
  // Accepts exactly "YYYY-MM-DD" with a real calendar day; nullopt otherwise.
  static std::optional<Date> Parse(std::string_view iso);

  int64_t days_since_epoch() const { return days_; }
  int year() const;
  unsigned month() const;
  unsigned day() const;
  std::string ToIso() const;         // "2025-03-12"
  std::string ToVietnamese() const;  // "12/03/2025"

  Date AddDays(int64_t n) const { return FromDaysSinceEpoch(days_ + n); }
  int64_t DaysUntil(Date later) const { return later.days_ - days_; }

  friend auto operator<=>(const Date&, const Date&) = default;

 private:
  int64_t days_ = 0;
};

// The number of days of `month` in `year`, 28 to 31, leap years counted (Gregorian: 2024 and
// 2000 are leap years, 2100 is not). REQUIRES: 1 <= month <= 12.
unsigned DaysInMonth(int year, unsigned month);

// An instant, seconds since the Unix epoch, UTC.
struct Instant {
  int64_t unix_seconds = 0;
  std::string ToIso() const;  // "2025-03-12T01:02:03Z"
  Date VietnamDate() const;   // the civil date in Vietnam at this instant
  static std::optional<Instant> ParseIso(std::string_view iso);  // the format ToIso writes
  friend auto operator<=>(const Instant&, const Instant&) = default;
};

}  // namespace doithoai
