// Questions, import batches and issues of a MemoryStore.
#include "storage/memory/memory_repositories.h"

namespace doithoai::storage::memory {
namespace {

bool Matches(const Question& q, DialogueId dialogue, const QuestionFilter& filter) {
  if (q.dialogue != dialogue) return false;
  if (filter.screening && q.screening != *filter.screening) return false;
  if (filter.grouped && q.issue.has_value() != *filter.grouped) return false;
  if (filter.issue && q.issue != filter.issue) return false;
  return true;
}

class MemoryQuestions final : public QuestionRepository {
 public:
  explicit MemoryQuestions(Tables tables) : t_(tables) {}

  Result<Question> Insert(Question question) override {
    DT_ASSIGN_OR_RETURN(State * s, t_.write());
    if (FindByTrackingCode(question.tracking_code)) return CodeTaken();
    question.id = NextId(s->questions);
    s->questions.emplace(question.id, question);
    return question;
  }

  Status Update(const Question& question) override {
    DT_ASSIGN_OR_RETURN(State * s, t_.write());
    auto it = s->questions.find(question.id);
    if (it == s->questions.end()) return Error::NotFound("câu hỏi");
    auto same_code = FindByTrackingCode(question.tracking_code);
    if (same_code && same_code->id != question.id) return CodeTaken();
    it->second = question;
    return Ok();
  }

  std::optional<Question> Find(QuestionId id) override {
    auto it = t_.read().questions.find(id);
    if (it == t_.read().questions.end()) return std::nullopt;
    return it->second;
  }

  std::optional<Question> FindByTrackingCode(std::string_view code) override {
    for (const auto& [id, question] : t_.read().questions) {
      if (question.tracking_code == code) return question;
    }
    return std::nullopt;
  }

  std::vector<Question> List(DialogueId dialogue, const QuestionFilter& filter) override {
    std::vector<Question> out;
    for (const auto& [id, question] : t_.read().questions) {
      if (Matches(question, dialogue, filter)) out.push_back(question);
    }
    return Page(std::move(out), filter.limit, filter.offset);
  }

  // Ignores the filter's limit and offset.
  int64_t Count(DialogueId dialogue, const QuestionFilter& filter) override {
    int64_t n = 0;
    for (const auto& [id, question] : t_.read().questions) n += Matches(question, dialogue, filter);
    return n;
  }

  Result<ImportBatch> InsertBatch(ImportBatch batch) override {
    DT_ASSIGN_OR_RETURN(State * s, t_.write());
    batch.id = NextId(s->batches);
    s->batches.emplace(batch.id, batch);
    return batch;
  }

 private:
  static Error CodeTaken() { return Duplicate("tracking_code", "Mã tra cứu đã tồn tại"); }

  Tables t_;
};

class MemoryIssues final : public IssueRepository {
 public:
  explicit MemoryIssues(Tables tables) : t_(tables) {}

  Result<Issue> Insert(Issue issue) override {
    DT_ASSIGN_OR_RETURN(State * s, t_.write());
    issue.id = NextId(s->issues);
    s->issues.emplace(issue.id, issue);
    return issue;
  }

  Status Update(const Issue& issue) override {
    DT_ASSIGN_OR_RETURN(State * s, t_.write());
    auto it = s->issues.find(issue.id);
    if (it == s->issues.end()) return Error::NotFound("nhóm vấn đề");
    it->second = issue;
    return Ok();
  }

  std::optional<Issue> Find(IssueId id) override {
    auto it = t_.read().issues.find(id);
    if (it == t_.read().issues.end()) return std::nullopt;
    return it->second;
  }

  std::vector<Issue> ListByDialogue(DialogueId dialogue) override {
    std::vector<Issue> out;
    for (const auto& [id, issue] : t_.read().issues) {
      if (issue.dialogue == dialogue) out.push_back(issue);
    }
    return out;
  }

  Result<bool> AddSupport(IssueId issue, std::string_view supporter, Instant at) override {
    DT_ASSIGN_OR_RETURN(State * s, t_.write());
    if (!s->issues.count(issue)) return Error::NotFound("nhóm vấn đề");
    return s->issue_supports[issue].emplace(std::string(supporter), at).second;
  }

  int64_t CountSupport(IssueId issue) override {
    auto it = t_.read().issue_supports.find(issue);
    return it == t_.read().issue_supports.end() ? 0 : static_cast<int64_t>(it->second.size());
  }

  std::map<IssueId, int64_t> SupportCounts(DialogueId dialogue) override {
    std::map<IssueId, int64_t> out;
    for (const auto& [id, supporters] : t_.read().issue_supports) {
      auto issue = t_.read().issues.find(id);
      if (issue != t_.read().issues.end() && issue->second.dialogue == dialogue &&
          !supporters.empty()) {
        out.emplace(id, static_cast<int64_t>(supporters.size()));
      }
    }
    return out;
  }

  Result<IssueFollow> RequestFollow(IssueId issue, std::string_view address, Instant at) override {
    DT_ASSIGN_OR_RETURN(State * s, t_.write());
    if (!s->issues.count(issue)) return Error::NotFound("nhóm vấn đề");
    for (auto& [id, f] : s->issue_follows) {
      if (f.issue == issue && f.address == address) {
        f.requested_at = at;
        return f;
      }
    }
    int64_t id = s->issue_follows.empty() ? 1 : s->issue_follows.rbegin()->first + 1;
    IssueFollow f{id, issue, std::string(address), at, std::nullopt};
    s->issue_follows.emplace(id, f);
    return f;
  }

  std::optional<IssueFollow> FindFollow(int64_t id) override {
    auto it = t_.read().issue_follows.find(id);
    if (it == t_.read().issue_follows.end()) return std::nullopt;
    return it->second;
  }

  std::optional<IssueFollow> FindFollowOf(IssueId issue, std::string_view address) override {
    for (const auto& [id, f] : t_.read().issue_follows) {
      if (f.issue == issue && f.address == address) return f;
    }
    return std::nullopt;
  }

  Status ConfirmFollow(int64_t id, Instant at) override {
    DT_ASSIGN_OR_RETURN(State * s, t_.write());
    auto it = s->issue_follows.find(id);
    if (it == s->issue_follows.end()) return Error::NotFound("đăng ký theo dõi");
    if (!it->second.confirmed_at) it->second.confirmed_at = at;
    return Ok();
  }

  std::vector<IssueFollow> ConfirmedFollows(IssueId issue) override {
    std::vector<IssueFollow> out;
    for (const auto& [id, f] : t_.read().issue_follows) {
      if (f.issue == issue && f.confirmed_at) out.push_back(f);
    }
    return out;
  }

  int64_t CountFollowRequests(std::string_view address, Instant since) override {
    int64_t n = 0;
    for (const auto& [id, f] : t_.read().issue_follows) {
      if (f.address == address && f.requested_at.unix_seconds >= since.unix_seconds) ++n;
    }
    return n;
  }

 private:
  Tables t_;
};

}  // namespace

std::unique_ptr<QuestionRepository> NewQuestionRepository(Tables tables) {
  return std::make_unique<MemoryQuestions>(tables);
}

std::unique_ptr<IssueRepository> NewIssueRepository(Tables tables) {
  return std::make_unique<MemoryIssues>(tables);
}

}  // namespace doithoai::storage::memory
