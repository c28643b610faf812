#include "domain/indicator/reporting_round.h"

#include <gtest/gtest.h>

namespace doithoai {
namespace {

Round Annual() {  // "Báo cáo trước ngày 30/11 hằng năm"
  Round r;
  r.period_year = 2025;
  r.opens_on = Date(2025, 10, 1);
  r.due_on = Date(2025, 11, 30);
  r.units = {UnitId(2), UnitId(3)};
  return r;
}

TEST(ReportingRound, PhasesFollowTheCalendar) {
  Round r = Annual();
  EXPECT_EQ(PhaseOn(r, Date(2025, 9, 30)), RoundPhase::kNotOpen);
  EXPECT_EQ(PhaseOn(r, Date(2025, 10, 1)), RoundPhase::kOpen);
  EXPECT_EQ(PhaseOn(r, Date(2025, 11, 23)), RoundPhase::kOpen);
  EXPECT_EQ(PhaseOn(r, Date(2025, 11, 24)), RoundPhase::kDueSoon);  // reminders: last 7 days
  EXPECT_EQ(PhaseOn(r, Date(2025, 11, 30)), RoundPhase::kDueSoon);
  EXPECT_EQ(PhaseOn(r, Date(2025, 12, 1)), RoundPhase::kLate);
  EXPECT_EQ(PhaseOn(r, Date(2026, 9, 30)), RoundPhase::kLate);
  EXPECT_EQ(PhaseOn(r, Date(2026, 10, 1)), RoundPhase::kLocked);
  r.reopened_until = Date(2026, 10, 10);
  EXPECT_EQ(PhaseOn(r, Date(2026, 10, 10)), RoundPhase::kReopened);
  EXPECT_EQ(PhaseOn(r, Date(2026, 10, 11)), RoundPhase::kLocked);
}

// Issue 13: "a round can be recorded after its due date (late entry, marked late)".
TEST(ReportingRound, Issue13_LateEntryIsTakenAndMarkedLateUntilNextYearsRoundOpens) {
  Round r = Annual();
  EXPECT_EQ(LocksOn(r), Date(2026, 10, 1));
  EXPECT_TRUE(MayEnter(r, UnitId(2), {}, Date(2025, 12, 1)).ok());
  EXPECT_FALSE(IsOnTime(r, Date(2025, 12, 1)));
  EXPECT_TRUE(MayEnter(r, UnitId(2), {}, Date(2026, 9, 30)).ok());
  EXPECT_FALSE(MayEnter(r, UnitId(2), {}, Date(2026, 10, 1)).ok());
  r.opens_on = Date(2024, 2, 29);
  EXPECT_EQ(LocksOn(r), Date(2025, 2, 28));
}

// Issue 4: "lock after the due date with exceptions granted by the coordinator" — from the
// day the round locks (issue 13: late entries are taken until then).
TEST(ReportingRound, LockedAfterTheLateWindowExceptWithAnException) {
  Round r = Annual();
  EXPECT_TRUE(MayEnter(r, UnitId(2), {}, Date(2025, 11, 30)).ok());
  auto locked = MayEnter(r, UnitId(2), {}, Date(2026, 10, 1));
  ASSERT_FALSE(locked.ok());
  EXPECT_EQ(locked.error().code(), ErrorCode::kConflict);
  std::vector<RoundException> ex = {{r.id, UnitId(3), Date(2026, 10, 5), "Bão số 3", {}, {}}};
  EXPECT_TRUE(MayEnter(r, UnitId(3), ex, Date(2026, 10, 5)).ok());
  EXPECT_FALSE(MayEnter(r, UnitId(3), ex, Date(2026, 10, 6)).ok());
  EXPECT_FALSE(MayEnter(r, UnitId(2), ex, Date(2026, 10, 1)).ok());  // someone else's
}

TEST(ReportingRound, ReopenedRoundsAcceptLateValuesWhichStayLate) {
  Round r = Annual();
  r.reopened_until = Date(2025, 12, 15);
  EXPECT_TRUE(MayEnter(r, UnitId(2), {}, Date(2025, 12, 14)).ok());
  EXPECT_FALSE(IsOnTime(r, Date(2025, 12, 14)));
  EXPECT_TRUE(IsOnTime(r, Date(2025, 11, 30)));
}

TEST(ReportingRound, OnlyTheRoundsUnitsAndNotBeforeItOpens) {
  Round r = Annual();
  EXPECT_FALSE(MayEnter(r, UnitId(9), {}, Date(2025, 11, 1)).ok());
  EXPECT_FALSE(MayEnter(r, UnitId(2), {}, Date(2025, 9, 1)).ok());
}

TEST(ReportingRound, ValidatesNewRoundsReopeningAndExceptions) {
  Programme p;
  p.start_year = 2025;
  p.end_year = 2030;
  Round r = Annual();
  r.period_year = 2031;
  r.due_on = Date(2025, 9, 1);
  r.units.clear();
  FieldErrors e;
  ValidateRound(r, p, Date(2025, 9, 15), e);
  std::vector<std::string> fields;
  for (const auto& f : e.list()) fields.push_back(f.field);
  EXPECT_EQ(fields, (std::vector<std::string>{"period_year", "due_on", "due_on", "unit_ids"}));
  Round ok = Annual();
  EXPECT_FALSE(ValidateReopen(ok, Date(2025, 11, 30), Date(2025, 12, 1)).ok());
  EXPECT_FALSE(ValidateReopen(ok, Date(2025, 12, 5), Date(2025, 12, 6)).ok());
  EXPECT_TRUE(ValidateReopen(ok, Date(2025, 12, 5), Date(2025, 12, 1)).ok());
  RoundException ex{ok.id, UnitId(9), Date(2025, 11, 1), "", {}, {}};
  auto bad = ValidateException(ok, ex, Date(2025, 12, 1));
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().fields().size(), 3u);  // unit_id, until, reason
}

}  // namespace
}  // namespace doithoai
