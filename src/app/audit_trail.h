// Writes audit entries (SYSTEM.md §5: "an audit log of who changed what") inside the same
// transaction as the change, so the log and the data can never disagree. Each entry carries
// the unit it concerns, which scopes who may read it (domain/access/audit_access.h). The JSON
// snapshots never include a youth's name or contact (PDP Law 91/2025: data minimisation).
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>

#include "app/ports.h"

namespace doithoai {

nlohmann::json Snapshot(const Unit& u);
nlohmann::json Snapshot(const Agency& a);
nlohmann::json Snapshot(const User& u, const std::vector<RoleGrant>& grants);
nlohmann::json Snapshot(const Dialogue& d);
nlohmann::json Snapshot(const Milestone& m);
nlohmann::json Snapshot(const Question& q);  // without asker_name / asker_contact
nlohmann::json Snapshot(const Issue& i);
nlohmann::json Snapshot(const Answer& a);

// The unit an entry about `entity` #`entity_id` concerns, read in the transaction that
// writes it (the record exists by then): a question's, issue's or answer's dialogue host; a
// task's or document's unit; an agency's unit; an account's grants' nearest common unit. None
// for an entity it does not know: such entries are read at national level only
// (domain/access/audit_access.h). Migration 0006 derives the same for older entries.
std::optional<UnitId> AuditUnitOf(Tx& tx, std::string_view entity, int64_t entity_id,
                                  const nlohmann::json& before, const nlohmann::json& after);

// Appends one entry, with the unit it concerns (AuditUnitOf) and the area of its action.
// `before`/`after` are null for creation/deletion.
Status Record(Tx& tx, Instant at, const std::optional<UserId>& user, std::string action,
              std::string entity, int64_t entity_id, const nlohmann::json& before,
              const nlohmann::json& after);

}  // namespace doithoai
