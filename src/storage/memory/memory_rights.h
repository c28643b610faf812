// RightsRepository on the MemoryStore's tables.
#pragma once

#include <memory>

#include "app/rights/rights_repository.h"
#include "storage/memory/memory_state.h"

namespace doithoai::storage::memory {

std::unique_ptr<RightsRepository> NewRightsRepository(Tables tables);

}  // namespace doithoai::storage::memory
