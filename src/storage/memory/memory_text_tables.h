// The text-intelligence part of a MemoryStore's State (app/text/text_repository.h).
#pragma once

#include <map>
#include <vector>

#include "app/text/text_repository.h"

namespace doithoai::storage::memory {

struct TextTables {
  std::vector<GroupingDecision> decisions;             // decision i has id i + 1
  std::map<UnitId, std::vector<RoutingRule>> routing;  // rules by topic code
};

}  // namespace doithoai::storage::memory
