// Dialogues and their milestones in a MemoryStore.
#include <algorithm>

#include "storage/memory/memory_repositories.h"

namespace doithoai::storage::memory {
namespace {

class MemoryDialogues final : public DialogueRepository {
 public:
  explicit MemoryDialogues(Tables tables) : t_(tables) {}

  Result<Dialogue> Insert(Dialogue dialogue) override {
    DT_ASSIGN_OR_RETURN(State * s, t_.write());
    dialogue.id = NextId(s->dialogues);
    s->dialogues.emplace(dialogue.id, dialogue);
    return dialogue;
  }

  Status Update(const Dialogue& dialogue) override {
    DT_ASSIGN_OR_RETURN(State * s, t_.write());
    auto it = s->dialogues.find(dialogue.id);
    if (it == s->dialogues.end()) return Error::NotFound("chương trình đối thoại");
    it->second = dialogue;
    return Ok();
  }

  std::optional<Dialogue> Find(DialogueId id) override {
    auto it = t_.read().dialogues.find(id);
    if (it == t_.read().dialogues.end()) return std::nullopt;
    return it->second;
  }

  // Newest held_on first; of dialogues held the same day, the newest (largest id) first.
  std::vector<Dialogue> List() override {
    std::vector<Dialogue> out;
    for (const auto& [id, dialogue] : t_.read().dialogues) out.push_back(dialogue);
    std::sort(out.begin(), out.end(), [](const Dialogue& a, const Dialogue& b) {
      if (a.held_on != b.held_on) return a.held_on > b.held_on;
      return a.id > b.id;
    });
    return out;
  }

  Result<Milestone> InsertMilestone(Milestone milestone) override {
    DT_ASSIGN_OR_RETURN(State * s, t_.write());
    milestone.id = NextId(s->milestones);
    s->milestones.emplace(milestone.id, milestone);
    return milestone;
  }

  Status UpdateMilestone(const Milestone& milestone) override {
    DT_ASSIGN_OR_RETURN(State * s, t_.write());
    auto it = s->milestones.find(milestone.id);
    if (it == s->milestones.end()) return Error::NotFound("mốc kế hoạch");
    it->second = milestone;
    return Ok();
  }

  // By due date; milestones due the same day by id.
  std::vector<Milestone> Milestones(DialogueId dialogue) override {
    std::vector<Milestone> out;
    for (const auto& [id, milestone] : t_.read().milestones) {
      if (milestone.dialogue == dialogue) out.push_back(milestone);
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const Milestone& a, const Milestone& b) { return a.due_on < b.due_on; });
    return out;
  }

 private:
  Tables t_;
};

}  // namespace

std::unique_ptr<DialogueRepository> NewDialogueRepository(Tables tables) {
  return std::make_unique<MemoryDialogues>(tables);
}

}  // namespace doithoai::storage::memory
