#include "core/date.h"

#include <cstdio>

namespace doithoai {
namespace {

std::chrono::year_month_day Ymd(int64_t days) {
  return std::chrono::year_month_day(std::chrono::sys_days(std::chrono::days(days)));
}

bool ParseDigits(std::string_view s, int& out) {
  if (s.empty()) return false;
  int v = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
    v = v * 10 + (c - '0');
  }
  out = v;
  return true;
}

}  // namespace

std::optional<Date> Date::Parse(std::string_view iso) {
  if (iso.size() != 10 || iso[4] != '-' || iso[7] != '-') return std::nullopt;
  int y, m, d;
  if (!ParseDigits(iso.substr(0, 4), y) || !ParseDigits(iso.substr(5, 2), m) ||
      !ParseDigits(iso.substr(8, 2), d)) {
    return std::nullopt;
  }
  std::chrono::year_month_day ymd{std::chrono::year(y), std::chrono::month(m), std::chrono::day(d)};
  if (!ymd.ok() || y < 1900 || y > 2200) return std::nullopt;
  return FromDaysSinceEpoch(std::chrono::sys_days(ymd).time_since_epoch().count());
}

int Date::year() const { return static_cast<int>(Ymd(days_).year()); }
unsigned Date::month() const { return static_cast<unsigned>(Ymd(days_).month()); }
unsigned Date::day() const { return static_cast<unsigned>(Ymd(days_).day()); }

unsigned DaysInMonth(int year, unsigned month) {
  return static_cast<unsigned>(
      std::chrono::year_month_day_last(std::chrono::year(year),
                                       std::chrono::month_day_last(std::chrono::month(month)))
          .day());
}

std::string Date::ToIso() const {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", year(), month(), day());
  return buf;
}

std::string Date::ToVietnamese() const {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%02u/%02u/%04d", day(), month(), year());
  return buf;
}

std::string Instant::ToIso() const {
  int64_t days = unix_seconds >= 0 ? unix_seconds / 86400 : (unix_seconds - 86399) / 86400;
  int64_t rem = unix_seconds - days * 86400;
  Date d = Date::FromDaysSinceEpoch(days);
  char buf[32];
  std::snprintf(buf, sizeof buf, "%sT%02d:%02d:%02dZ", d.ToIso().c_str(),
                static_cast<int>(rem / 3600), static_cast<int>(rem / 60 % 60),
                static_cast<int>(rem % 60));
  return buf;
}

Date Instant::VietnamDate() const {
  int64_t local = unix_seconds + kVietnamUtcOffsetSeconds;
  int64_t days = local >= 0 ? local / 86400 : (local - 86399) / 86400;
  return Date::FromDaysSinceEpoch(days);
}

std::optional<Instant> Instant::ParseIso(std::string_view iso) {
  if (iso.size() != 20 || iso[10] != 'T' || iso[13] != ':' || iso[16] != ':' || iso[19] != 'Z') {
    return std::nullopt;
  }
  auto d = Date::Parse(iso.substr(0, 10));
  int h, m, s;
  if (!d || !ParseDigits(iso.substr(11, 2), h) || !ParseDigits(iso.substr(14, 2), m) ||
      !ParseDigits(iso.substr(17, 2), s) || h > 23 || m > 59 || s > 59) {
    return std::nullopt;
  }
  return Instant{d->days_since_epoch() * 86400 + h * 3600 + m * 60 + s};
}

}  // namespace doithoai
