// Answers of a MemoryStore, keyed by their issue.
#include <algorithm>

#include "storage/memory/memory_repositories.h"

namespace doithoai::storage::memory {
namespace {

class MemoryAnswers final : public AnswerRepository {
 public:
  explicit MemoryAnswers(Tables tables) : t_(tables) {}

  // The issue must exist: an answer is listed through its issue's dialogue.
  Status Save(const Answer& answer) override {
    DT_ASSIGN_OR_RETURN(State * s, t_.write());
    if (!s->issues.contains(answer.issue)) return Error::NotFound("nhóm vấn đề");
    s->answers.insert_or_assign(answer.issue, answer);
    return Ok();
  }

  std::optional<Answer> Find(IssueId issue) override {
    auto it = t_.read().answers.find(issue);
    if (it == t_.read().answers.end()) return std::nullopt;
    return it->second;
  }

  // By issue id.
  std::vector<Answer> ListByDialogue(DialogueId dialogue) override {
    std::vector<Answer> out;
    for (const auto& [issue, answer] : t_.read().answers) {
      if (DialogueOf(issue) == dialogue) out.push_back(answer);
    }
    return out;
  }

  // Newest publication first, then by issue id; an approved answer without published_at
  // sorts last, as NULL does in SQL's ORDER BY ... DESC.
  std::vector<Answer> ListPublished(DialogueId dialogue, int64_t limit, int64_t offset) override {
    std::vector<Answer> out = Published(dialogue);
    std::stable_sort(out.begin(), out.end(), [](const Answer& a, const Answer& b) {
      return a.published_at > b.published_at;
    });
    return Page(std::move(out), limit, offset);
  }

  int64_t CountPublished(DialogueId dialogue) override {
    return static_cast<int64_t>(Published(dialogue).size());
  }

 private:
  DialogueId DialogueOf(IssueId issue) const { return t_.read().issues.at(issue).dialogue; }

  std::vector<Answer> Published(DialogueId dialogue) const {
    std::vector<Answer> out;
    for (const auto& [issue, answer] : t_.read().answers) {
      if (answer.IsPublished() && DialogueOf(issue) == dialogue) out.push_back(answer);
    }
    return out;
  }

  Tables t_;
};

}  // namespace

std::unique_ptr<AnswerRepository> NewAnswerRepository(Tables tables) {
  return std::make_unique<MemoryAnswers>(tables);
}

}  // namespace doithoai::storage::memory
