#include "domain/task/reminder.h"

#include <gtest/gtest.h>

namespace doithoai {
namespace {

const TaskId kTask(12);

TEST(Reminder, RemindsWithinTheLeadDaysOnly) {
  auto d = Deadline::OnDate(Date(2025, 6, 30));
  EXPECT_FALSE(ReminderFor(kTask, d, {}, Date(2025, 6, 22)));
  auto r = ReminderFor(kTask, d, {}, Date(2025, 6, 23));
  ASSERT_TRUE(r);
  EXPECT_EQ(r->kind, NotificationKind::kReminder);
  EXPECT_EQ(r->key, "task:12:reminder:2025-06-30");
  EXPECT_TRUE(ReminderFor(kTask, d, {}, Date(2025, 6, 30)));  // the due day itself
}

TEST(Reminder, EscalatesWhenOverdueAndStopsWhenDone) {
  auto d = Deadline::OnDate(Date(2025, 6, 30));
  auto r = ReminderFor(kTask, d, {{Date(2025, 6, 1), 40, false}}, Date(2025, 7, 1));
  ASSERT_TRUE(r);
  EXPECT_EQ(r->kind, NotificationKind::kOverdue);
  EXPECT_EQ(r->key, "task:12:overdue:2025-06-30");
  // Done on time: nothing to say, before or after the due date.
  std::vector<ProgressReport> done = {{Date(2025, 6, 25), 100, true}};
  EXPECT_FALSE(ReminderFor(kTask, d, done, Date(2025, 6, 26)));
  EXPECT_FALSE(ReminderFor(kTask, d, done, Date(2025, 7, 5)));
}

TEST(Reminder, YearlyDeadlinesRemindEachYearWithTheirOwnKey) {
  auto d = Deadline::Yearly(11, 30, "trước ngày 30/11 hằng năm");
  // Reported done in 2025: the 2026 cycle still needs its own report.
  std::vector<ProgressReport> reports = {{Date(2025, 11, 20), 100, true}};
  EXPECT_FALSE(ReminderFor(kTask, d, reports, Date(2025, 11, 25)));
  auto r = ReminderFor(kTask, d, reports, Date(2026, 11, 25));
  ASSERT_TRUE(r);
  EXPECT_EQ(r->key, "task:12:reminder:2026-11-30");
  auto late = ReminderFor(kTask, d, reports, Date(2026, 12, 2));
  ASSERT_TRUE(late);
  EXPECT_EQ(late->kind, NotificationKind::kOverdue);
}

TEST(Reminder, OngoingAndUndatedTasksAreNeverChased) {
  EXPECT_FALSE(ReminderFor(kTask, Deadline::Ongoing(), {}, Date(2025, 6, 30)));
  EXPECT_FALSE(ReminderFor(kTask, Deadline{}, {}, Date(2025, 6, 30)));
}

}  // namespace
}  // namespace doithoai
