#include "domain/task/reminder.h"

namespace doithoai {

const char* NotificationKindName(NotificationKind k) {
  return k == NotificationKind::kOverdue ? "overdue" : "reminder";
}

std::optional<ReminderDue> ReminderFor(TaskId task, const Deadline& deadline,
                                       const std::vector<ProgressReport>& reports, Date today,
                                       int lead_days) {
  auto due = DueInCycle(deadline, today);
  if (!due) return std::nullopt;  // ongoing or none: reported each round, never late
  TaskStatus status = StatusOf(deadline, reports, today);
  NotificationKind kind;
  if (status == TaskStatus::kOverdue) {
    kind = NotificationKind::kOverdue;
  } else if (IsOpen(status) && today <= *due && today.DaysUntil(*due) <= lead_days) {
    kind = NotificationKind::kReminder;
  } else {
    return std::nullopt;
  }
  return ReminderDue{
      kind, *due,
      "task:" + std::to_string(task.value) + ":" + NotificationKindName(kind) + ":" + due->ToIso()};
}

}  // namespace doithoai
