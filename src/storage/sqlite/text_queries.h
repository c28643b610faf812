// Named SQL of the text-intelligence tables (migration 0004_text.sql).
#pragma once

namespace doithoai::storage::sqlite::sql {

inline constexpr const char kInsertGroupingDecision[] =
    "INSERT INTO grouping_decisions (dialogue_id, verdict, members, parts, decided_by, "
    "decided_at) VALUES (?, ?, ?, ?, ?, ?)";
inline constexpr const char kListGroupingDecisions[] =
    "SELECT id, dialogue_id, verdict, members, parts, decided_by, decided_at "
    "FROM grouping_decisions WHERE dialogue_id = ? ORDER BY id";
inline constexpr const char kListRoutingRules[] =
    "SELECT topic, agency_id FROM routing_rules WHERE unit_id = ? ORDER BY topic, position";
inline constexpr const char kDeleteRoutingRules[] = "DELETE FROM routing_rules WHERE unit_id = ?";
inline constexpr const char kInsertRoutingRule[] =
    "INSERT INTO routing_rules (unit_id, topic, position, agency_id) VALUES (?, ?, ?, ?)";

}  // namespace doithoai::storage::sqlite::sql
