// TextRepository (app/text/text_repository.h) on SQLite.
#pragma once

#include "app/text/text_repository.h"
#include "storage/sqlite/connection.h"

namespace doithoai::storage::sqlite {

class SqliteText final : public TextRepository {
 public:
  explicit SqliteText(Connection& c) : c_(c) {}
  Result<GroupingDecision> InsertDecision(GroupingDecision decision) override;
  std::vector<GroupingDecision> Decisions(DialogueId dialogue) override;
  std::vector<RoutingRule> RoutingTable(UnitId unit) override;
  Status SetRoutingTable(UnitId unit, const std::vector<RoutingRule>& rules) override;

 private:
  Connection& c_;
};

}  // namespace doithoai::storage::sqlite
