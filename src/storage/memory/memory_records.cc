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
    if (entry.unit && !s->units.count(*entry.unit)) {
      return Error::Invalid("audit", "nhật ký: bản ghi được tham chiếu không tồn tại");
    }
    entry.id = static_cast<int64_t>(s->audit.size()) + 1;
    s->audit.push_back(std::move(entry));
    return Ok();
  }

  // Newest first means latest appended first (by id, not by `at`). A negative limit means
  // no limit.
  std::vector<AuditEntry> List(const AuditQuery& q) override {
    std::vector<AuditEntry> out;
    const State& state = t_.read();
    for (auto it = state.audit.rbegin(); it != state.audit.rend(); ++it) {
      if (q.limit >= 0 && static_cast<int64_t>(out.size()) >= q.limit) break;
      if (!q.entity.empty() && it->entity != q.entity) continue;
      if (!q.entity.empty() && q.entity_id != 0 && it->entity_id != q.entity_id) continue;
      if (q.scope && !InScope(state, *it, *q.scope)) continue;
      out.push_back(*it);
    }
    return out;
  }

 private:
  // As the SQL: the area is one of the scope's, and the unit's path begins with the scope's
  // path (or the entry has no unit and the scope takes those).
  static bool InScope(const State& state, const AuditEntry& e, const AuditScope& scope) {
    if (std::find(scope.areas.begin(), scope.areas.end(), e.area) == scope.areas.end()) {
      return false;
    }
    if (!e.unit) return scope.with_unitless;
    auto unit = state.units.find(*e.unit);
    return unit != state.units.end() &&
           unit->second.path.substr(0, scope.unit_path.size()) == scope.unit_path;
  }

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
