// Status counts rolled up the task tree (a conclusion's task → the sub-tasks lower units
// split it into) and the administrative tree (nation → province → commune), so a leader sees
// who is late at every level (SYSTEM.md C7). An explicit pure function, not a callback hidden
// in storage; checked against a naive reference on random trees.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/result.h"
#include "domain/task/task_status.h"

namespace doithoai {

struct StatusCounts {
  int not_started = 0, in_progress = 0, done_on_time = 0, done_late = 0, overdue = 0;
  void Add(TaskStatus s);
  StatusCounts& operator+=(const StatusCounts& o);
  int total() const { return not_started + in_progress + done_on_time + done_late + overdue; }
  friend bool operator==(const StatusCounts&, const StatusCounts&) = default;
};

struct TaskNode {
  int64_t id = 0;
  std::optional<int64_t> parent;  // the task this one was split from
  std::string unit_path;          // the lead agency's unit, "/1/14/230/"
  TaskStatus status = TaskStatus::kNotStarted;
};

// For every task, the counts of its subtree (itself included). Fails on a parent that is
// not in `tasks` or on a cycle. O(n).
Result<std::unordered_map<int64_t, StatusCounts>> RollUpTaskTree(
    const std::vector<TaskNode>& tasks);

// For every unit path that is a prefix of some task's unit path ("/1/", "/1/14/", …), the
// counts of the tasks led inside it. O(n · depth).
std::map<std::string, StatusCounts> RollUpUnits(const std::vector<TaskNode>& tasks);

}  // namespace doithoai
