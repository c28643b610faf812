// Each unit's routing table topic → lead agencies (C4, issue 5), stored and edited by the
// unit's coordinators and administrators. A unit without a table of its own falls back to
// the shipped demo table for Hải Phòng (text::HaiPhongRoutingTable) when it is "hai-phong",
// and to nothing otherwise. RoutingAdvisor starts from this table and learns from every
// routing decision on top of it.
#pragma once

#include <string>
#include <vector>

#include "app/context.h"
#include "app/text/text_repository.h"
#include "domain/access/role.h"

namespace doithoai {

inline constexpr size_t kRoutingRuleMaxAgencies = 5;

struct RoutingTableRow {
  std::string topic;  // catalogue code
  std::vector<Agency> agencies;
};

struct RoutingTableView {
  Unit unit;
  std::string source;                 // "stored", "demo" or "none"
  std::vector<RoutingTableRow> rows;  // one per catalogue topic, in catalogue order
};

// The rules of `unit` as used for suggestions: its stored table, or the demo fallback as
// agency ids (codes unknown in the unit are skipped). `source` as in RoutingTableView.
std::vector<RoutingRule> EffectiveRoutingTable(Tx& tx, const Unit& unit, std::string* source);

// For coordinators and administrators of the unit (subtree rule).
Result<RoutingTableView> GetRoutingTable(Context& ctx, const Actor& actor, UnitId unit);

struct RoutingRuleInput {
  std::string topic;
  std::vector<int64_t> agency_ids;
};
// Replaces the unit's table. Field errors: "rules[i].topic" (unknown or repeated topic),
// "rules[i].agency_ids" (none or too many), "rules[i].agency_ids[j]" (not an active agency
// of the unit, or repeated). An empty list of rules goes back to the fallback.
Result<RoutingTableView> SetRoutingTable(Context& ctx, const Actor& actor, UnitId unit,
                                         const std::vector<RoutingRuleInput>& rules);

}  // namespace doithoai
