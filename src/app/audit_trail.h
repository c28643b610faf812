// Writes audit entries (SYSTEM.md §5: "an audit log of who changed what") inside the same
// transaction as the change, so the log and the data can never disagree. The JSON snapshots
// never include a youth's name or contact (PDP Law 91/2025: data minimisation).
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>

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

// Appends one entry. `before`/`after` are null for creation/deletion.
Status Record(Tx& tx, Instant at, const std::optional<UserId>& user, std::string action,
              std::string entity, int64_t entity_id, const nlohmann::json& before,
              const nlohmann::json& after);

}  // namespace doithoai
