// TextRepository on the MemoryStore's tables.
#pragma once

#include <memory>

#include "app/text/text_repository.h"
#include "storage/memory/memory_state.h"

namespace doithoai::storage::memory {

std::unique_ptr<TextRepository> NewTextRepository(Tables tables);

}  // namespace doithoai::storage::memory
