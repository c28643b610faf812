// InitiativeRepository (app/initiative/initiative_repository.h) on SQLite.
#pragma once

#include "app/initiative/initiative_repository.h"
#include "storage/sqlite/connection.h"

namespace doithoai::storage::sqlite {

class SqliteInitiatives final : public InitiativeRepository {
 public:
  explicit SqliteInitiatives(Connection& c) : c_(c) {}
  Result<InitiativeCall> InsertCall(InitiativeCall call) override;
  Status UpdateCallPhase(const InitiativeCall& call) override;
  std::optional<InitiativeCall> FindCall(int64_t id) override;
  std::vector<InitiativeCall> ListCalls() override;
  Result<Initiative> Insert(Initiative initiative) override;
  Status Update(const Initiative& initiative) override;
  std::optional<Initiative> Find(int64_t id) override;
  std::optional<Initiative> FindByCode(std::string_view tracking_code) override;
  std::vector<Initiative> List(int64_t call) override;
  Status PutScorecard(const Scorecard& card) override;
  std::vector<Scorecard> Scorecards(int64_t initiative) override;
  Status AddSupportTask(int64_t initiative, TaskId task) override;
  std::vector<TaskId> SupportTasks(int64_t initiative) override;

 private:
  InitiativeCall ReadCall(const Statement& s);
  Connection& c_;
};

}  // namespace doithoai::storage::sqlite
