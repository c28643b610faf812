#include "domain/task/task_status.h"

namespace doithoai {

const char* TaskStatusName(TaskStatus s) {
  switch (s) {
    case TaskStatus::kNotStarted:
      return "not_started";
    case TaskStatus::kInProgress:
      return "in_progress";
    case TaskStatus::kDoneOnTime:
      return "done_on_time";
    case TaskStatus::kDoneLate:
      return "done_late";
    case TaskStatus::kOverdue:
      return "overdue";
  }
  return "not_started";
}

const char* TaskStatusLabel(TaskStatus s) {
  switch (s) {
    case TaskStatus::kNotStarted:
      return "Chưa thực hiện";
    case TaskStatus::kInProgress:
      return "Đang thực hiện";
    case TaskStatus::kDoneOnTime:
      return "Hoàn thành đúng hạn";
    case TaskStatus::kDoneLate:
      return "Hoàn thành quá hạn";
    case TaskStatus::kOverdue:
      return "Quá hạn";
  }
  return "Chưa thực hiện";
}

TaskStatus StatusOf(const Deadline& deadline, const std::vector<ProgressReport>& reports,
                    Date today) {
  std::optional<Date> due = DueInCycle(deadline, today);
  std::optional<Date> cycle_start = CycleStart(deadline, today);
  bool any_report = false;
  std::optional<Date> done_on;
  for (const auto& r : reports) {
    if (cycle_start && r.on <= *cycle_start) continue;  // belongs to an earlier cycle
    if (r.on > today) continue;                         // not yet (clock skew or typo)
    any_report = true;
    if (r.done && (!done_on || r.on < *done_on)) done_on = r.on;
  }
  if (done_on) {
    if (due && *done_on > *due) return TaskStatus::kDoneLate;
    return TaskStatus::kDoneOnTime;
  }
  if (due && today > *due) return TaskStatus::kOverdue;
  return any_report ? TaskStatus::kInProgress : TaskStatus::kNotStarted;
}

}  // namespace doithoai
