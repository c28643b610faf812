// The permission checks of domain/access applied to a stored task.
#pragma once

#include <optional>
#include <vector>

#include "domain/access/permissions.h"
#include "domain/task/task.h"

namespace doithoai {

inline std::vector<std::optional<AgencyId>> CoordinatingIds(const Task& t) {
  std::vector<std::optional<AgencyId>> out;
  for (const auto& c : t.coordinating) out.push_back(c.agency);
  return out;
}

inline bool CanView(const Actor& actor, const Task& t) {
  return CanViewTask(actor, t.unit_path, t.lead.agency, CoordinatingIds(t));
}

inline bool CanReport(const Actor& actor, const Task& t) {
  return CanReportOnTask(actor, t.unit_path, t.lead.agency, CoordinatingIds(t));
}

// Split into sub-tasks: the coordinator or leader of the task's unit, or its lead's officer.
inline bool CanSplit(const Actor& actor, const Task& t) {
  if (CanManageTasks(actor, t.unit_path)) return true;
  if (!t.lead.agency) return false;
  for (AgencyId a : TaskAgencies(actor)) {
    if (a == *t.lead.agency) return true;
  }
  return false;
}

}  // namespace doithoai
