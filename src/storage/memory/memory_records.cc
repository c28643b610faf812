// The audit log and the named counters of a MemoryStore.
#include "storage/memory/memory_repositories.h"

namespace doithoai::storage::memory {
namespace {

class MemoryAudit final : public AuditRepository {
 public:
  explicit MemoryAudit(Tables tables) : t_(tables) {}

  // Assigns the id, from 1 upward.
  Status Append(AuditEntry entry) override {
    DT_ASSIGN_OR_RETURN(State * s, t_.write());
    entry.id = static_cast<int64_t>(s->audit.size()) + 1;
    s->audit.push_back(std::move(entry));
    return Ok();
  }

  // Newest first means latest appended first (by id, not by `at`). A negative limit means
  // no limit.
  std::vector<AuditEntry> List(std::string_view entity, int64_t entity_id, int64_t limit) override {
    std::vector<AuditEntry> out;
    const auto& log = t_.read().audit;
    for (auto it = log.rbegin(); it != log.rend(); ++it) {
      if (limit >= 0 && static_cast<int64_t>(out.size()) >= limit) break;
      if (!entity.empty() && it->entity != entity) continue;
      if (!entity.empty() && entity_id != 0 && it->entity_id != entity_id) continue;
      out.push_back(*it);
    }
    return out;
  }

 private:
  Tables t_;
};

class MemoryCounters final : public CounterRepository {
 public:
  explicit MemoryCounters(Tables tables) : t_(tables) {}

  Result<int64_t> Next(std::string_view name) override {
    DT_ASSIGN_OR_RETURN(State * s, t_.write());
    auto it = s->counters.find(name);
    if (it == s->counters.end()) it = s->counters.emplace(std::string(name), 0).first;
    return ++it->second;
  }

 private:
  Tables t_;
};

}  // namespace

std::unique_ptr<AuditRepository> NewAuditRepository(Tables tables) {
  return std::make_unique<MemoryAudit>(tables);
}

std::unique_ptr<CounterRepository> NewCounterRepository(Tables tables) {
  return std::make_unique<MemoryCounters>(tables);
}

}  // namespace doithoai::storage::memory
