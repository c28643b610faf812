// When a task calls for a reminder or an escalation (C7): a reminder while it is open and its
// cycle's due date is at most `lead_days` away, an escalation once it is overdue. Pure: the
// caller decides who is told and dedupes by the key (one per task, kind and cycle).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/ids.h"
#include "domain/task/deadline.h"
#include "domain/task/task.h"
#include "domain/task/task_status.h"

namespace doithoai {

inline constexpr int kReminderLeadDays = 7;

struct ReminderDue {
  NotificationKind kind;
  Date due;
  std::string key;  // "task:12:overdue:2025-06-30"
};

std::optional<ReminderDue> ReminderFor(TaskId task, const Deadline& deadline,
                                       const std::vector<ProgressReport>& reports, Date today,
                                       int lead_days = kReminderLeadDays);

}  // namespace doithoai
