// The youths' rights part of a MemoryStore's State (app/rights/rights_repository.h).
#pragma once

#include <map>
#include <utility>
#include <vector>

#include "app/rights/rights_repository.h"

namespace doithoai::storage::memory {

struct RightsTables {
  std::map<std::pair<QuestionId, Purpose>, Consent> consents;
  std::vector<DataRequest> requests;  // request i has id i + 1
};

}  // namespace doithoai::storage::memory
