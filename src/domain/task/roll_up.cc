#include "domain/task/roll_up.h"

#include <string_view>

namespace doithoai {

void StatusCounts::Add(TaskStatus s) {
  switch (s) {
    case TaskStatus::kNotStarted:
      not_started++;
      break;
    case TaskStatus::kInProgress:
      in_progress++;
      break;
    case TaskStatus::kDoneOnTime:
      done_on_time++;
      break;
    case TaskStatus::kDoneLate:
      done_late++;
      break;
    case TaskStatus::kOverdue:
      overdue++;
      break;
  }
}

StatusCounts& StatusCounts::operator+=(const StatusCounts& o) {
  not_started += o.not_started;
  in_progress += o.in_progress;
  done_on_time += o.done_on_time;
  done_late += o.done_late;
  overdue += o.overdue;
  return *this;
}

Result<std::unordered_map<int64_t, StatusCounts>> RollUpTaskTree(
    const std::vector<TaskNode>& tasks) {
  std::unordered_map<int64_t, size_t> index;
  index.reserve(tasks.size());
  for (size_t i = 0; i < tasks.size(); ++i) index[tasks[i].id] = i;
  // Kahn's algorithm from the leaves: a node is final once all its children were added.
  std::vector<int> pending_children(tasks.size(), 0);
  std::vector<size_t> parent_of(tasks.size(), SIZE_MAX);
  for (size_t i = 0; i < tasks.size(); ++i) {
    if (!tasks[i].parent) continue;
    auto it = index.find(*tasks[i].parent);
    if (it == index.end()) {
      return Error::Invalid("parent",
                            "nhiệm vụ cha #" + std::to_string(*tasks[i].parent) + " không tồn tại");
    }
    parent_of[i] = it->second;
    pending_children[it->second]++;
  }
  std::vector<StatusCounts> counts(tasks.size());
  std::vector<size_t> ready;
  for (size_t i = 0; i < tasks.size(); ++i) {
    counts[i].Add(tasks[i].status);
    if (pending_children[i] == 0) ready.push_back(i);
  }
  size_t finished = 0;
  while (!ready.empty()) {
    size_t i = ready.back();
    ready.pop_back();
    finished++;
    if (size_t p = parent_of[i]; p != SIZE_MAX) {
      counts[p] += counts[i];
      if (--pending_children[p] == 0) ready.push_back(p);
    }
  }
  if (finished != tasks.size()) return Error::Invalid("parent", "cây nhiệm vụ có vòng lặp");
  std::unordered_map<int64_t, StatusCounts> out;
  out.reserve(tasks.size());
  for (size_t i = 0; i < tasks.size(); ++i) out[tasks[i].id] = counts[i];
  return out;
}

std::map<std::string, StatusCounts> RollUpUnits(const std::vector<TaskNode>& tasks) {
  // Many tasks share a unit: count per unit path first (one hash lookup per task), then add
  // each path's counts to every enclosing unit (a few thousand paths nationally).
  std::unordered_map<std::string_view, StatusCounts> by_path;
  for (const auto& t : tasks) by_path[t.unit_path].Add(t.status);
  std::map<std::string, StatusCounts> out;
  for (const auto& [path, counts] : by_path) {
    // Every prefix ending in '/' after the first one is an enclosing unit.
    for (size_t pos = path.find('/', 1); pos != std::string_view::npos;
         pos = path.find('/', pos + 1)) {
      out[std::string(path.substr(0, pos + 1))] += counts;
    }
  }
  return out;
}

}  // namespace doithoai
