#include "domain/indicator/round_schedule.h"

#include <gtest/gtest.h>

namespace doithoai {
namespace {

const RoundSchedule kYearly{10, 1, 11, 30};  // opens 01/10, "trước ngày 30/11 hằng năm"

Programme To2030() {
  Programme p;
  p.id = ProgrammeId(3);
  p.start_year = 2025;
  p.end_year = 2030;
  return p;
}

// Issue 13: "reporting rounds recur every year from the programme (opened automatically)".
TEST(RoundSchedule, Issue13_EachYearsRoundOpensOnItsDayOnce) {
  Programme p = To2030();
  EXPECT_EQ(PeriodToOpen(p, kYearly, {2025}, Date(2026, 9, 30)), std::nullopt);
  EXPECT_EQ(PeriodToOpen(p, kYearly, {2025}, Date(2026, 10, 1)), 2026);
  EXPECT_EQ(PeriodToOpen(p, kYearly, {2025}, Date(2026, 12, 31)), 2026);  // a late first run
  EXPECT_EQ(PeriodToOpen(p, kYearly, {2025, 2026}, Date(2026, 10, 2)), std::nullopt);
  EXPECT_EQ(PeriodToOpen(p, kYearly, {}, Date(2031, 10, 1)), std::nullopt);  // after the plan
  EXPECT_EQ(PeriodToOpen(p, RoundSchedule{}, {}, Date(2026, 10, 1)), std::nullopt);
  Round r = ScheduledRound(kYearly, p.id, 2026);
  EXPECT_EQ(r.programme, p.id);
  EXPECT_EQ(r.period_year, 2026);
  EXPECT_EQ(r.opens_on, Date(2026, 10, 1));
  EXPECT_EQ(r.due_on, Date(2026, 11, 30));
  EXPECT_EQ(ScheduledRound({2, 1, 2, 29}, p.id, 2027).due_on, Date(2027, 2, 28));
}

TEST(RoundSchedule, Issue13_SchedulesAreRealDaysInOrder) {
  FieldErrors ok;
  ValidateSchedule(kYearly, ok);
  ValidateSchedule(RoundSchedule{}, ok);  // none
  EXPECT_TRUE(ok.empty());
  FieldErrors bad;
  ValidateSchedule({12, 1, 11, 30}, bad);
  ASSERT_EQ(bad.list().size(), 1u);
  EXPECT_EQ(bad.list()[0].field, "round_schedule.due_on");
  FieldErrors no_day;
  ValidateSchedule({4, 31, 0, 0}, no_day);
  EXPECT_EQ(no_day.list().size(), 2u);
  EXPECT_EQ(ParseMonthDay("11-30"), std::make_pair(11u, 30u));
  EXPECT_EQ(ParseMonthDay("02-29"), std::make_pair(2u, 29u));
  EXPECT_FALSE(ParseMonthDay("04-31"));
  EXPECT_FALSE(ParseMonthDay("30/11"));
  EXPECT_EQ(MonthDayText(3, 5), "03-05");
}

// Issue 13: "with reminders sent" — once each (the key), only to units still missing values.
TEST(RoundSchedule, Issue13_NoticesFollowThePhaseAndStopWhenTheUnitHasReported) {
  Round r = ScheduledRound(kYearly, ProgrammeId(3), 2026);
  r.id = RoundId(12);
  EXPECT_EQ(RoundNoticeFor(r, false, Date(2026, 9, 30)), std::nullopt);
  EXPECT_EQ(RoundNoticeFor(r, false, Date(2026, 10, 1)), RoundNotice::kOpened);
  EXPECT_EQ(RoundNoticeFor(r, false, Date(2026, 11, 25)), RoundNotice::kDueSoon);
  EXPECT_EQ(RoundNoticeFor(r, true, Date(2026, 11, 25)), std::nullopt);
  EXPECT_EQ(RoundNoticeFor(r, false, Date(2026, 12, 1)), RoundNotice::kLate);
  EXPECT_EQ(RoundNoticeFor(r, false, Date(2027, 10, 1)), std::nullopt);  // locked
  EXPECT_EQ(RoundNoticeKey(r.id, UnitId(40), RoundNotice::kDueSoon), "round:12:unit:40:due_soon");
}

}  // namespace
}  // namespace doithoai
