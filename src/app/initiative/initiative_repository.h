// What youth initiatives store (issue 15, C10; migration 0014): calls with their criteria and
// council, the initiatives sent to them, and the council's scorecards. Reached through
// Tx::initiatives(); adapters in storage/sqlite/sqlite_initiatives.* and
// storage/memory/memory_initiatives.*.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "domain/initiative/initiative.h"
#include "domain/initiative/initiative_call.h"
#include "domain/initiative/scorecard.h"

namespace doithoai {

class InitiativeRepository {
 public:
  virtual ~InitiativeRepository() = default;
  // Stores a call with its criteria and council; assigns its id.
  virtual Result<InitiativeCall> InsertCall(InitiativeCall call) = 0;
  // Stores the phase, published_on and decision of the call with that id (the rest never
  // changes).
  virtual Status UpdateCallPhase(const InitiativeCall& call) = 0;
  virtual std::optional<InitiativeCall> FindCall(int64_t id) = 0;
  virtual std::vector<InitiativeCall> ListCalls() = 0;  // newest first

  // Assigns the id. kConflict naming "tracking_code" when the code is taken.
  virtual Result<Initiative> Insert(Initiative initiative) = 0;
  // Replaces status, screening_note, recognition and updated_at of the row with that id.
  virtual Status Update(const Initiative& initiative) = 0;
  virtual std::optional<Initiative> Find(int64_t id) = 0;
  virtual std::optional<Initiative> FindByCode(std::string_view tracking_code) = 0;
  virtual std::vector<Initiative> List(int64_t call) = 0;  // by id

  // Inserts or replaces the member's card for that initiative.
  virtual Status PutScorecard(const Scorecard& card) = 0;
  virtual std::vector<Scorecard> Scorecards(int64_t initiative) = 0;  // by member

  // The tasks an initiative's support became (migration 0016).
  virtual Status AddSupportTask(int64_t initiative, TaskId task) = 0;
  virtual std::vector<TaskId> SupportTasks(int64_t initiative) = 0;  // by task id
};

}  // namespace doithoai
