// InitiativeRepository on the MemoryStore's tables.
#pragma once

#include <memory>

#include "app/initiative/initiative_repository.h"
#include "storage/memory/memory_state.h"

namespace doithoai::storage::memory {

std::unique_ptr<InitiativeRepository> NewInitiativeRepository(Tables tables);

}  // namespace doithoai::storage::memory
