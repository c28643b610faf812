#include "storage/memory/memory_state.h"

namespace doithoai::storage::memory {

Result<State*> Tables::write() const {
  if (write_ == nullptr) return Error::Internal("read-only transaction");
  return write_;
}

Error Duplicate(std::string field, std::string message) {
  return Error(ErrorCode::kConflict, message, {{std::move(field), "đã tồn tại"}});
}

}  // namespace doithoai::storage::memory
