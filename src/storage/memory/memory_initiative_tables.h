// The youth initiatives' part of a MemoryStore's State (app/initiative/initiative_repository.h).
#pragma once

#include <map>
#include <set>
#include <utility>

#include "app/initiative/initiative_repository.h"

namespace doithoai::storage::memory {

struct InitiativeTables {
  std::map<int64_t, InitiativeCall> calls;                      // by id
  std::map<int64_t, Initiative> initiatives;                    // by id
  std::map<std::pair<int64_t, int64_t>, Scorecard> scorecards;  // by (initiative, member)
  std::set<std::pair<int64_t, TaskId>> support_tasks;           // (initiative, task)
};

}  // namespace doithoai::storage::memory
