#include "core/date.h"

#include <gtest/gtest.h>

namespace doithoai {
namespace {

TEST(Date, ParsesIsoAndRejectsImpossibleDays) {
  auto d = Date::Parse("2025-03-12");
  ASSERT_TRUE(d);
  EXPECT_EQ(d->year(), 2025);
  EXPECT_EQ(d->month(), 3u);
  EXPECT_EQ(d->day(), 12u);
  EXPECT_EQ(d->ToIso(), "2025-03-12");
  EXPECT_EQ(d->ToVietnamese(), "12/03/2025");
  EXPECT_FALSE(Date::Parse("2025-02-29"));
  EXPECT_FALSE(Date::Parse("2025-13-01"));
  EXPECT_FALSE(Date::Parse("12/03/2025"));
  EXPECT_FALSE(Date::Parse("2025-3-12"));
  EXPECT_FALSE(Date::Parse(""));
  EXPECT_TRUE(Date::Parse("2024-02-29"));
}

TEST(Date, Arithmetic) {
  Date d(2025, 3, 26);
  EXPECT_EQ(d.AddDays(-30).ToIso(), "2025-02-24");
  EXPECT_EQ(d.AddDays(10).ToIso(), "2025-04-05");
  EXPECT_EQ(Date(2025, 1, 1).DaysUntil(Date(2026, 1, 1)), 365);
}

TEST(Date, DaysInMonthCountsLeapYears) {
  EXPECT_EQ(DaysInMonth(2025, 1), 31u);
  EXPECT_EQ(DaysInMonth(2025, 4), 30u);
  EXPECT_EQ(DaysInMonth(2025, 12), 31u);
  EXPECT_EQ(DaysInMonth(2025, 2), 28u);
  EXPECT_EQ(DaysInMonth(2024, 2), 29u);
  EXPECT_EQ(DaysInMonth(2000, 2), 29u);  // divisible by 400
  EXPECT_EQ(DaysInMonth(2100, 2), 28u);  // divisible by 100 only
  for (unsigned m = 1; m <= 12; ++m) {   // the last day exists, the day after it does not
    unsigned last = DaysInMonth(2026, m);
    EXPECT_EQ(Date(2026, m, last).AddDays(1).day(), 1u) << m;
  }
}

TEST(Instant, VietnamDateIsUtcPlusSeven) {
  // 2025-03-11T17:00:00Z is midnight of 12/03 in Hà Nội.
  auto at = Instant::ParseIso("2025-03-11T17:00:00Z");
  ASSERT_TRUE(at);
  EXPECT_EQ(at->VietnamDate().ToIso(), "2025-03-12");
  EXPECT_EQ(Instant{at->unix_seconds - 1}.VietnamDate().ToIso(), "2025-03-11");
  EXPECT_EQ(at->ToIso(), "2025-03-11T17:00:00Z");
  EXPECT_FALSE(Instant::ParseIso("2025-03-11 17:00:00"));
}

}  // namespace
}  // namespace doithoai
