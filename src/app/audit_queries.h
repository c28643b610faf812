// Reading the audit log: administrators and coordinators.
#pragma once

#include <string>
#include <vector>

#include "app/context.h"
#include "domain/access/role.h"

namespace doithoai {

Result<std::vector<AuditEntry>> ListAudit(Context& ctx, const Actor& actor,
                                          const std::string& entity, int64_t entity_id,
                                          int64_t limit);

}  // namespace doithoai
