// A task's status is a pure function of its deadline, its progress reports and today
// (SYSTEM.md C7: not started, in progress, done on time, done late, overdue) — never a stored
// field that could go stale.
//
// For a yearly deadline the status is that of the current calendar year: reports count only
// when made in that year, so "trước ngày 30/11 hằng năm" is overdue from 01/12 until reported
// and starts afresh on 01/01. An ongoing task ("thường xuyên") is never overdue; it is in progress
// once reported.
#pragma once

#include <vector>

#include "domain/task/deadline.h"

namespace doithoai {

enum class TaskStatus { kNotStarted, kInProgress, kDoneOnTime, kDoneLate, kOverdue };
const char* TaskStatusName(TaskStatus s);
const char* TaskStatusLabel(TaskStatus s);  // Vietnamese

struct ProgressReport {
  Date on;            // the Vietnam date of the report
  int percent = 0;    // 0–100
  bool done = false;  // the agency marks the task (or this cycle of it) done
};

TaskStatus StatusOf(const Deadline& deadline, const std::vector<ProgressReport>& reports,
                    Date today);

inline bool IsOpen(TaskStatus s) {
  return s == TaskStatus::kNotStarted || s == TaskStatus::kInProgress || s == TaskStatus::kOverdue;
}

}  // namespace doithoai
