// Reading the audit log: each reader sees the entries of their subtree that their role reads
// (domain/access/audit_access.h).
#pragma once

#include <string>
#include <vector>

#include "app/context.h"
#include "domain/access/role.h"

namespace doithoai {

// Newest first, at most `limit`; filtered by entity (and id) as AuditRepository::List.
// Forbidden when the actor reads no part of the log.
Result<std::vector<AuditEntry>> ListAudit(Context& ctx, const Actor& actor,
                                          const std::string& entity, int64_t entity_id,
                                          int64_t limit);

}  // namespace doithoai
