#include "app/audit_queries.h"

#include <algorithm>

namespace doithoai {

Result<std::vector<AuditEntry>> ListAudit(Context& ctx, const Actor& actor,
                                          const std::string& entity, int64_t entity_id,
                                          int64_t limit) {
  bool allowed = std::any_of(actor.grants.begin(), actor.grants.end(), [](const RoleGrant& g) {
    return g.role == Role::kAdministrator || g.role == Role::kCoordinator;
  });
  if (!allowed) return Error::Forbidden();
  return ReadValue<std::vector<AuditEntry>>(ctx.store,
                                            [&](Tx& tx) -> Result<std::vector<AuditEntry>> {
                                              return tx.audit().List(entity, entity_id, limit);
                                            });
}

}  // namespace doithoai
