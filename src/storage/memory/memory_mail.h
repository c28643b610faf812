// MailRepository on the MemoryStore's tables.
#pragma once

#include <memory>

#include "app/mail/mail_repository.h"
#include "storage/memory/memory_state.h"

namespace doithoai::storage::memory {

std::unique_ptr<MailRepository> NewMailRepository(Tables tables);

}  // namespace doithoai::storage::memory
