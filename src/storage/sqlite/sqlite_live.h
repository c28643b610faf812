// LiveRepository (app/live/live_repository.h) on SQLite.
#pragma once

#include "app/live/live_repository.h"
#include "storage/sqlite/connection.h"

namespace doithoai::storage::sqlite {

class SqliteLive final : public LiveRepository {
 public:
  explicit SqliteLive(Connection& c) : c_(c) {}
  Result<LiveEntry> Insert(LiveEntry entry) override;
  Status Update(const LiveEntry& entry) override;
  std::optional<LiveEntry> Find(DialogueId dialogue, int64_t seq) override;
  std::optional<LiveEntry> FindByKey(DialogueId dialogue, std::string_view client_key) override;
  std::vector<LiveEntry> List(DialogueId dialogue) override;
  Status SetScreen(DialogueId dialogue, std::optional<int64_t> seq, Instant at) override;
  std::optional<LiveScreenState> Screen(DialogueId dialogue) override;
  Status SetAgenda(DialogueId dialogue, const std::vector<AgendaItem>& items) override;
  std::vector<AgendaItem> Agenda(DialogueId dialogue) override;
  Result<Delegate> InsertDelegate(Delegate delegate) override;
  Status UpdateDelegate(const Delegate& delegate) override;
  std::optional<Delegate> FindDelegate(DialogueId dialogue, int64_t id) override;
  std::vector<Delegate> Delegates(DialogueId dialogue) override;

 private:
  Connection& c_;
};

}  // namespace doithoai::storage::sqlite
