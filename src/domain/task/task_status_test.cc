#include "domain/task/task_status.h"

#include <gtest/gtest.h>

#include "domain/task/reminder.h"

namespace doithoai {
namespace {

ProgressReport Report(Date on, int percent, bool done = false) { return {on, percent, done}; }

TEST(TaskStatus, C7_DateDeadline) {
  auto d = Deadline::OnDate(Date(2025, 6, 30), "trước ngày 30/6/2025");
  EXPECT_EQ(StatusOf(d, {}, Date(2025, 5, 1)), TaskStatus::kNotStarted);
  EXPECT_EQ(StatusOf(d, {Report(Date(2025, 5, 2), 40)}, Date(2025, 5, 3)), TaskStatus::kInProgress);
  EXPECT_EQ(StatusOf(d, {Report(Date(2025, 5, 2), 40)}, Date(2025, 7, 1)), TaskStatus::kOverdue);
  EXPECT_EQ(StatusOf(d, {Report(Date(2025, 6, 30), 100, true)}, Date(2025, 8, 1)),
            TaskStatus::kDoneOnTime);
  EXPECT_EQ(StatusOf(d, {Report(Date(2025, 7, 2), 100, true)}, Date(2025, 8, 1)),
            TaskStatus::kDoneLate);
}

TEST(TaskStatus, C7_YearlyDeadlineRestartsEachYear) {
  auto d = Deadline::Yearly(11, 30, "trước ngày 30/11 hằng năm");
  std::vector<ProgressReport> reports = {Report(Date(2025, 11, 20), 100, true)};
  EXPECT_EQ(StatusOf(d, reports, Date(2025, 12, 5)), TaskStatus::kDoneOnTime);
  EXPECT_EQ(StatusOf(d, reports, Date(2026, 1, 5)), TaskStatus::kNotStarted);
  EXPECT_EQ(StatusOf(d, reports, Date(2026, 12, 1)), TaskStatus::kOverdue);
  reports.push_back(Report(Date(2026, 12, 3), 100, true));
  EXPECT_EQ(StatusOf(d, reports, Date(2026, 12, 5)), TaskStatus::kDoneLate);
  EXPECT_EQ(StatusOf(d, reports, Date(2027, 1, 2)), TaskStatus::kNotStarted);
}

// Issue 13: "a yearly task assigned after this year's date is overdue the moment it is
// created: its first due date must be the next one".
TEST(TaskStatus, Issue13_YearlyTaskAssignedAfterThisYearsDateIsFirstDueNextYear) {
  auto d = Deadline::Yearly(11, 30, "trước ngày 30/11 hằng năm");
  d.assigned_on = Date(2026, 12, 5);
  EXPECT_EQ(FirstDue(d, Date(2026, 12, 5)), Date(2027, 11, 30));
  EXPECT_EQ(DueInCycle(d, Date(2026, 12, 5)), Date(2027, 11, 30));
  EXPECT_EQ(StatusOf(d, {}, Date(2026, 12, 5)), TaskStatus::kNotStarted);
  EXPECT_EQ(StatusOf(d, {}, Date(2027, 6, 1)), TaskStatus::kNotStarted);
  EXPECT_EQ(StatusOf(d, {}, Date(2027, 12, 1)), TaskStatus::kOverdue);
  // A report made in December of the year of assignment counts for the first cycle.
  std::vector<ProgressReport> early = {Report(Date(2026, 12, 20), 100, true)};
  EXPECT_EQ(StatusOf(d, early, Date(2027, 3, 1)), TaskStatus::kDoneOnTime);
  // From the second cycle on, cycles are calendar years again.
  EXPECT_EQ(DueInCycle(d, Date(2028, 1, 2)), Date(2028, 11, 30));
  EXPECT_EQ(StatusOf(d, early, Date(2028, 1, 2)), TaskStatus::kNotStarted);
}

TEST(TaskStatus, Issue13_YearlyTaskAssignedOnOrBeforeThisYearsDateIsDueThisYear) {
  auto d = Deadline::Yearly(11, 30);
  d.assigned_on = Date(2026, 11, 30);
  EXPECT_EQ(DueInCycle(d, Date(2026, 11, 30)), Date(2026, 11, 30));
  EXPECT_EQ(StatusOf(d, {}, Date(2026, 12, 1)), TaskStatus::kOverdue);
  d.assigned_on = Date(2026, 3, 1);
  EXPECT_EQ(DueInCycle(d, Date(2026, 3, 1)), Date(2026, 11, 30));
  // "tháng 3 hằng năm" assigned on 31/03 is due that day; on 01/04, on 31/03 next year.
  auto month = Deadline::Yearly(3, 0);
  EXPECT_EQ(FirstDue(month, Date(2026, 3, 31)), Date(2026, 3, 31));
  EXPECT_EQ(FirstDue(month, Date(2026, 4, 1)), Date(2027, 3, 31));
  auto leap = Deadline::Yearly(2, 29);
  EXPECT_EQ(FirstDue(leap, Date(2027, 3, 1)), Date(2028, 2, 29));
}

TEST(TaskStatus, Issue13_YearlyReminderWaitsForTheFirstDueDate) {
  auto d = Deadline::Yearly(11, 30);
  d.assigned_on = Date(2026, 12, 5);
  EXPECT_FALSE(ReminderFor(TaskId(1), d, {}, Date(2026, 12, 5)));
  auto near = ReminderFor(TaskId(1), d, {}, Date(2027, 11, 25));
  ASSERT_TRUE(near);
  EXPECT_EQ(near->kind, NotificationKind::kReminder);
  EXPECT_EQ(near->key, "task:1:reminder:2027-11-30");
}

TEST(TaskStatus, C7_MonthDeadlineMeansTheEndOfTheMonth) {
  auto d = Deadline::Yearly(3, 0, "tháng 3 hằng năm");
  EXPECT_EQ(DueInCycle(d, Date(2025, 1, 1)), Date(2025, 3, 31));
  EXPECT_EQ(StatusOf(d, {}, Date(2025, 3, 31)), TaskStatus::kNotStarted);
  EXPECT_EQ(StatusOf(d, {}, Date(2025, 4, 1)), TaskStatus::kOverdue);
  auto leap = Deadline::Yearly(2, 29);
  EXPECT_EQ(DueInCycle(leap, Date(2025, 1, 1)), Date(2025, 2, 28));
  EXPECT_EQ(DueInCycle(leap, Date(2024, 1, 1)), Date(2024, 2, 29));
}

TEST(TaskStatus, C7_OngoingTasksAreNeverOverdue) {
  auto d = Deadline::Ongoing();
  EXPECT_EQ(StatusOf(d, {}, Date(2030, 1, 1)), TaskStatus::kNotStarted);
  EXPECT_EQ(StatusOf(d, {Report(Date(2025, 3, 1), 10)}, Date(2030, 1, 1)), TaskStatus::kInProgress);
}

TEST(TaskStatus, FutureDatedReportsAreIgnored) {
  auto d = Deadline::OnDate(Date(2025, 6, 30));
  EXPECT_EQ(StatusOf(d, {Report(Date(2025, 6, 1), 100, true)}, Date(2025, 5, 1)),
            TaskStatus::kNotStarted);
}

TEST(Deadline, Validation) {
  EXPECT_TRUE(ValidateDeadline(Deadline::Yearly(2, 29)).ok());
  EXPECT_EQ(ValidateDeadline(Deadline::Yearly(13, 1)).error().fields()[0].field, "deadline.month");
  EXPECT_EQ(ValidateDeadline(Deadline::Yearly(4, 31)).error().fields()[0].field, "deadline.day");
  Deadline no_date;
  no_date.kind = DeadlineKind::kDate;
  EXPECT_EQ(ValidateDeadline(no_date).error().fields()[0].field, "deadline.date");
  EXPECT_EQ(ParseDeadlineKind("recurring"), DeadlineKind::kRecurring);
  EXPECT_FALSE(ParseDeadlineKind("someday"));
}

}  // namespace
}  // namespace doithoai
