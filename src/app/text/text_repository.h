// What text intelligence stores (issue 5): the coordinator's decisions on grouping proposals
// (domain/grouping/grouping_decision.h), so a rejected or split proposal is not shown again,
// and each unit's routing table topic → lead agencies (C4: "each unit has a routing table").
// Reached through Tx::text(); adapters in storage/sqlite/sqlite_text.* and
// storage/memory/memory_text.*.
#pragma once

#include <string>
#include <vector>

#include "core/ids.h"
#include "core/result.h"
#include "domain/grouping/grouping_decision.h"

namespace doithoai {

// One row of a unit's routing table: questions on `topic` usually go to `agencies[0]`, then
// the others in order of preference.
struct RoutingRule {
  std::string topic;  // a code of text::TopicCatalogue()
  std::vector<AgencyId> agencies;
};

class TextRepository {
 public:
  virtual ~TextRepository() = default;
  // Assigns the id.
  virtual Result<GroupingDecision> InsertDecision(GroupingDecision decision) = 0;
  virtual std::vector<GroupingDecision> Decisions(DialogueId dialogue) = 0;  // oldest first
  // Rows ordered by topic code; empty when the unit has no table of its own.
  virtual std::vector<RoutingRule> RoutingTable(UnitId unit) = 0;
  // Replaces the whole table of `unit`.
  virtual Status SetRoutingTable(UnitId unit, const std::vector<RoutingRule>& rules) = 0;
};

}  // namespace doithoai
