#include "app/audit_queries.h"

#include <algorithm>

#include "domain/access/audit_access.h"

namespace doithoai {

Result<std::vector<AuditEntry>> ListAudit(Context& ctx, const Actor& actor,
                                          const std::string& entity, int64_t entity_id,
                                          int64_t limit) {
  std::vector<AuditScope> scopes = AuditScopes(actor);
  if (scopes.empty()) return Error::Forbidden();
  return ReadValue<std::vector<AuditEntry>>(
      ctx.store, [&](Tx& tx) -> Result<std::vector<AuditEntry>> {
        // One query per grant, each newest first; their union cut at `limit` is the newest
        // `limit` entries the actor may read (grants may overlap: an entry is listed once).
        std::vector<AuditEntry> out;
        for (auto& scope : scopes) {
          auto part = tx.audit().List({entity, entity_id, std::move(scope), limit});
          out.insert(out.end(), std::make_move_iterator(part.begin()),
                     std::make_move_iterator(part.end()));
        }
        std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.id > b.id; });
        out.erase(std::unique(out.begin(), out.end(),
                              [](const auto& a, const auto& b) { return a.id == b.id; }),
                  out.end());
        if (static_cast<int64_t>(out.size()) > limit) out.resize(static_cast<size_t>(limit));
        return out;
      });
}

}  // namespace doithoai
