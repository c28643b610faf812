// The indicator repository of a MemoryStore transaction.
#pragma once

#include <memory>

#include "app/indicator/indicator_ports.h"
#include "storage/memory/memory_state.h"

namespace doithoai::storage::memory {

std::unique_ptr<IndicatorRepository> NewIndicatorRepository(Tables tables);

}  // namespace doithoai::storage::memory
