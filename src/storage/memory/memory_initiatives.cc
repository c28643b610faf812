#include "storage/memory/memory_initiatives.h"

namespace doithoai::storage::memory {
namespace {

class MemoryInitiatives final : public InitiativeRepository {
 public:
  explicit MemoryInitiatives(Tables t) : t_(t) {}

  Result<InitiativeCall> InsertCall(InitiativeCall call) override {
    DT_ASSIGN_OR_RETURN(State * s, t_.write());
    if (!s->units.count(call.unit)) {
      return Error::Invalid("unit_id", "đơn vị: bản ghi không tồn tại");
    }
    auto& calls = s->initiatives.calls;
    call.id = calls.empty() ? 1 : calls.rbegin()->first + 1;
    calls[call.id] = call;
    return call;
  }

  Status UpdateCallPhase(const InitiativeCall& call) override {
    DT_ASSIGN_OR_RETURN(State * s, t_.write());
    auto it = s->initiatives.calls.find(call.id);
    if (it == s->initiatives.calls.end()) return Error::NotFound("đợt phát động");
    it->second.phase = call.phase;
    it->second.published_on = call.published_on;
    it->second.decision = call.decision;
    return Ok();
  }

  std::optional<InitiativeCall> FindCall(int64_t id) override {
    const auto& calls = t_.read().initiatives.calls;
    auto it = calls.find(id);
    if (it == calls.end()) return std::nullopt;
    return it->second;
  }

  std::vector<InitiativeCall> ListCalls() override {
    std::vector<InitiativeCall> out;
    const auto& calls = t_.read().initiatives.calls;
    for (auto it = calls.rbegin(); it != calls.rend(); ++it) out.push_back(it->second);
    return out;
  }

  Result<Initiative> Insert(Initiative i) override {
    DT_ASSIGN_OR_RETURN(State * s, t_.write());
    if (!s->initiatives.calls.count(i.call)) {
      return Error::Invalid("call_id", "đợt phát động: bản ghi không tồn tại");
    }
    auto& rows = s->initiatives.initiatives;
    for (const auto& [id, other] : rows) {
      if (other.tracking_code == i.tracking_code) {
        return Duplicate("tracking_code", "mã tra cứu đã tồn tại");
      }
    }
    i.id = rows.empty() ? 1 : rows.rbegin()->first + 1;
    rows[i.id] = i;
    return i;
  }

  Status Update(const Initiative& i) override {
    DT_ASSIGN_OR_RETURN(State * s, t_.write());
    auto it = s->initiatives.initiatives.find(i.id);
    if (it == s->initiatives.initiatives.end()) return Error::NotFound("sáng kiến");
    it->second.status = i.status;
    it->second.screening_note = i.screening_note;
    it->second.recognition = i.recognition;
    it->second.updated_at = i.updated_at;
    return Ok();
  }

  std::optional<Initiative> Find(int64_t id) override {
    const auto& rows = t_.read().initiatives.initiatives;
    auto it = rows.find(id);
    if (it == rows.end()) return std::nullopt;
    return it->second;
  }

  std::optional<Initiative> FindByCode(std::string_view code) override {
    for (const auto& [id, i] : t_.read().initiatives.initiatives) {
      if (i.tracking_code == code) return i;
    }
    return std::nullopt;
  }

  std::vector<Initiative> List(int64_t call) override {
    std::vector<Initiative> out;
    for (const auto& [id, i] : t_.read().initiatives.initiatives) {
      if (i.call == call) out.push_back(i);
    }
    return out;
  }

  Status PutScorecard(const Scorecard& card) override {
    DT_ASSIGN_OR_RETURN(State * s, t_.write());
    if (!s->initiatives.initiatives.count(card.initiative)) {
      return Error::Invalid("initiative_id", "sáng kiến: bản ghi không tồn tại");
    }
    s->initiatives.scorecards[{card.initiative, card.member.value}] = card;
    return Ok();
  }

  std::vector<Scorecard> Scorecards(int64_t initiative) override {
    std::vector<Scorecard> out;
    const auto& cards = t_.read().initiatives.scorecards;
    for (auto it = cards.lower_bound({initiative, 0});
         it != cards.end() && it->first.first == initiative; ++it) {
      out.push_back(it->second);
    }
    return out;
  }

  Status AddSupportTask(int64_t initiative, TaskId task) override {
    DT_ASSIGN_OR_RETURN(State * s, t_.write());
    if (!s->initiatives.initiatives.count(initiative)) {
      return Error::Invalid("initiative_id", "sáng kiến: bản ghi không tồn tại");
    }
    s->initiatives.support_tasks.insert({initiative, task});
    return Ok();
  }

  std::vector<TaskId> SupportTasks(int64_t initiative) override {
    std::vector<TaskId> out;
    for (const auto& [i, task] : t_.read().initiatives.support_tasks) {
      if (i == initiative) out.push_back(task);
    }
    return out;
  }

 private:
  Tables t_;
};

}  // namespace

std::unique_ptr<InitiativeRepository> NewInitiativeRepository(Tables tables) {
  return std::make_unique<MemoryInitiatives>(tables);
}

}  // namespace doithoai::storage::memory
