#include "storage/memory/memory_text.h"

#include <algorithm>

namespace doithoai::storage::memory {
namespace {

class MemoryText final : public TextRepository {
 public:
  explicit MemoryText(Tables t) : t_(t) {}

  Result<GroupingDecision> InsertDecision(GroupingDecision d) override {
    DT_ASSIGN_OR_RETURN(State * s, t_.write());
    if (!s->dialogues.count(d.dialogue))
      return Error::Conflict("chương trình đối thoại không tồn tại");
    d.id = static_cast<int64_t>(s->text.decisions.size()) + 1;
    s->text.decisions.push_back(d);
    return d;
  }

  std::vector<GroupingDecision> Decisions(DialogueId dialogue) override {
    std::vector<GroupingDecision> out;
    for (const auto& d : t_.read().text.decisions) {
      if (d.dialogue == dialogue) out.push_back(d);
    }
    return out;
  }

  std::vector<RoutingRule> RoutingTable(UnitId unit) override {
    auto it = t_.read().text.routing.find(unit);
    return it == t_.read().text.routing.end() ? std::vector<RoutingRule>{} : it->second;
  }

  Status SetRoutingTable(UnitId unit, const std::vector<RoutingRule>& rules) override {
    DT_ASSIGN_OR_RETURN(State * s, t_.write());
    std::vector<RoutingRule> sorted;
    for (const auto& r : rules) {
      if (!r.agencies.empty()) sorted.push_back(r);
    }
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const RoutingRule& a, const RoutingRule& b) { return a.topic < b.topic; });
    if (sorted.empty())
      s->text.routing.erase(unit);
    else
      s->text.routing[unit] = std::move(sorted);
    return Ok();
  }

 private:
  Tables t_;
};

}  // namespace

std::unique_ptr<TextRepository> NewTextRepository(Tables tables) {
  return std::make_unique<MemoryText>(tables);
}

}  // namespace doithoai::storage::memory
