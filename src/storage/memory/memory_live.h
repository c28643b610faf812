// LiveRepository on the MemoryStore's tables.
#pragma once

#include <memory>

#include "app/live/live_repository.h"
#include "storage/memory/memory_state.h"

namespace doithoai::storage::memory {

std::unique_ptr<LiveRepository> NewLiveRepository(Tables tables);

}  // namespace doithoai::storage::memory
