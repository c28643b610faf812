#include "storage/memory/memory_live.h"

#include <algorithm>

namespace doithoai::storage::memory {
namespace {

class MemoryLive final : public LiveRepository {
 public:
  explicit MemoryLive(Tables t) : t_(t) {}

  Result<LiveEntry> Insert(LiveEntry e) override {
    DT_ASSIGN_OR_RETURN(State * s, t_.write());
    if (!s->dialogues.count(e.dialogue)) {
      return Error::Invalid("dialogue_id", "chương trình đối thoại: bản ghi không tồn tại");
    }
    int64_t last = 0;
    for (const auto& [id, other] : s->live.entries) {
      if (other.dialogue != e.dialogue) continue;
      if (other.client_key == e.client_key) {
        return Duplicate("client_key", "bản ghi đã tồn tại");
      }
      last = std::max(last, other.seq);
    }
    e.id = s->live.entries.empty() ? 1 : s->live.entries.rbegin()->first + 1;
    e.seq = last + 1;
    s->live.entries[e.id] = e;
    return e;
  }

  Status Update(const LiveEntry& e) override {
    DT_ASSIGN_OR_RETURN(State * s, t_.write());
    auto it = s->live.entries.find(e.id);
    if (it == s->live.entries.end()) return Error::NotFound("mục phiên đối thoại");
    LiveEntry& stored = it->second;
    LiveEntry next = e;
    next.dialogue = stored.dialogue;
    next.seq = stored.seq;
    next.client_key = stored.client_key;
    next.entered_by = stored.entered_by;
    next.entered_at = stored.entered_at;
    stored = std::move(next);
    return Ok();
  }

  std::optional<LiveEntry> Find(DialogueId dialogue, int64_t seq) override {
    for (const auto& [id, e] : t_.read().live.entries) {
      if (e.dialogue == dialogue && e.seq == seq) return e;
    }
    return std::nullopt;
  }

  std::optional<LiveEntry> FindByKey(DialogueId dialogue, std::string_view client_key) override {
    for (const auto& [id, e] : t_.read().live.entries) {
      if (e.dialogue == dialogue && e.client_key == client_key) return e;
    }
    return std::nullopt;
  }

  std::vector<LiveEntry> List(DialogueId dialogue) override {
    std::vector<LiveEntry> out;
    for (const auto& [id, e] : t_.read().live.entries) {
      if (e.dialogue == dialogue) out.push_back(e);
    }
    std::sort(out.begin(), out.end(),
              [](const LiveEntry& a, const LiveEntry& b) { return a.seq < b.seq; });
    return out;
  }

  Status SetScreen(DialogueId dialogue, std::optional<int64_t> seq, Instant at) override {
    DT_ASSIGN_OR_RETURN(State * s, t_.write());
    if (!s->dialogues.count(dialogue)) {
      return Error::Invalid("dialogue_id", "chương trình đối thoại: bản ghi không tồn tại");
    }
    s->live.screens[dialogue] = LiveScreenState{seq, at};
    return Ok();
  }

  std::optional<LiveScreenState> Screen(DialogueId dialogue) override {
    const auto& screens = t_.read().live.screens;
    auto it = screens.find(dialogue);
    if (it == screens.end()) return std::nullopt;
    return it->second;
  }

  Status SetAgenda(DialogueId dialogue, const std::vector<AgendaItem>& items) override {
    DT_ASSIGN_OR_RETURN(State * s, t_.write());
    if (!s->dialogues.count(dialogue)) {
      return Error::Invalid("dialogue_id", "chương trình đối thoại: bản ghi không tồn tại");
    }
    s->live.agendas[dialogue] = items;
    return Ok();
  }

  std::vector<AgendaItem> Agenda(DialogueId dialogue) override {
    const auto& agendas = t_.read().live.agendas;
    auto it = agendas.find(dialogue);
    return it == agendas.end() ? std::vector<AgendaItem>{} : it->second;
  }

  Result<Delegate> InsertDelegate(Delegate d) override {
    DT_ASSIGN_OR_RETURN(State * s, t_.write());
    if (!s->dialogues.count(d.dialogue)) {
      return Error::Invalid("dialogue_id", "chương trình đối thoại: bản ghi không tồn tại");
    }
    d.id = s->live.delegates.empty() ? 1 : s->live.delegates.rbegin()->first + 1;
    s->live.delegates[d.id] = d;
    return d;
  }

  Status UpdateDelegate(const Delegate& d) override {
    DT_ASSIGN_OR_RETURN(State * s, t_.write());
    auto it = s->live.delegates.find(d.id);
    if (it == s->live.delegates.end()) return Error::NotFound("đại biểu");
    Delegate next = d;
    next.dialogue = it->second.dialogue;
    next.created_at = it->second.created_at;
    it->second = std::move(next);
    return Ok();
  }

  std::optional<Delegate> FindDelegate(DialogueId dialogue, int64_t id) override {
    const auto& all = t_.read().live.delegates;
    auto it = all.find(id);
    if (it == all.end() || it->second.dialogue != dialogue) return std::nullopt;
    return it->second;
  }

  std::vector<Delegate> Delegates(DialogueId dialogue) override {
    std::vector<Delegate> out;
    for (const auto& [id, d] : t_.read().live.delegates) {
      if (d.dialogue == dialogue) out.push_back(d);
    }
    return out;
  }

 private:
  Tables t_;
};

}  // namespace

std::unique_ptr<LiveRepository> NewLiveRepository(Tables tables) {
  return std::make_unique<MemoryLive>(tables);
}

}  // namespace doithoai::storage::memory
