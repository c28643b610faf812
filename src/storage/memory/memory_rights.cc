#include "storage/memory/memory_rights.h"

#include <algorithm>

namespace doithoai::storage::memory {
namespace {

class MemoryRights final : public RightsRepository {
 public:
  explicit MemoryRights(Tables t) : t_(t) {}

  Status SaveConsent(const Consent& consent) override {
    DT_ASSIGN_OR_RETURN(State * s, t_.write());
    if (!s->questions.count(consent.question)) return UnknownQuestion();
    s->rights.consents[{consent.question, consent.purpose}] = consent;
    return Ok();
  }

  std::vector<Consent> Consents(QuestionId question) override {
    std::vector<Consent> out;
    for (auto p : kPurposes) {
      auto it = t_.read().rights.consents.find({question, p});
      if (it != t_.read().rights.consents.end()) out.push_back(it->second);
    }
    return out;
  }

  std::vector<QuestionId> ConsentingQuestions(DialogueId dialogue, Purpose purpose) override {
    std::vector<QuestionId> out;
    for (const auto& [key, c] : t_.read().rights.consents) {
      if (key.second != purpose || !c.InForce()) continue;
      auto q = t_.read().questions.find(key.first);
      if (q != t_.read().questions.end() && q->second.dialogue == dialogue)
        out.push_back(key.first);
    }
    return out;  // the map is ordered by question id
  }

  Result<DataRequest> InsertRequest(DataRequest request) override {
    DT_ASSIGN_OR_RETURN(State * s, t_.write());
    if (!s->questions.count(request.question)) return UnknownQuestion();
    request.id = static_cast<int64_t>(s->rights.requests.size()) + 1;
    s->rights.requests.push_back(request);
    return request;
  }

  std::vector<DataRequest> Requests(QuestionId question) override {
    std::vector<DataRequest> out;
    for (const auto& r : t_.read().rights.requests) {
      if (r.question == question) out.push_back(r);
    }
    return out;
  }

  std::vector<DataRequest> RequestsOfDialogue(DialogueId dialogue, int64_t limit,
                                              int64_t offset) override {
    std::vector<DataRequest> out;
    const auto& all = t_.read().rights.requests;
    for (auto it = all.rbegin(); it != all.rend(); ++it) {
      if (it->dialogue == dialogue) out.push_back(*it);
    }
    return Page(std::move(out), limit, offset);
  }

  int64_t CountRequests(DialogueId dialogue) override {
    const auto& all = t_.read().rights.requests;
    return std::count_if(all.begin(), all.end(),
                         [&](const DataRequest& r) { return r.dialogue == dialogue; });
  }

  std::vector<QuestionId> QuestionsWithIdentity(DialogueId dialogue) override {
    std::vector<QuestionId> out;
    for (const auto& [id, q] : t_.read().questions) {
      if (q.dialogue == dialogue && (!q.asker_name.empty() || !q.asker_contact.empty())) {
        out.push_back(id);
      }
    }
    return out;
  }

  std::vector<AuditSnapshots> AuditOf(std::string_view entity, int64_t entity_id) override {
    std::vector<AuditSnapshots> out;
    for (const auto& e : t_.read().audit) {
      if (e.entity == entity && e.entity_id == entity_id) {
        out.push_back({e.id, e.at, e.user, e.action, e.before_json, e.after_json});
      }
    }
    return out;
  }

  Status RedactAudit(const AuditSnapshots& redacted) override {
    DT_ASSIGN_OR_RETURN(State * s, t_.write());
    if (redacted.entry_id < 1 || redacted.entry_id > static_cast<int64_t>(s->audit.size())) {
      return Error::NotFound("mục nhật ký");
    }
    AuditEntry& e = s->audit[static_cast<size_t>(redacted.entry_id - 1)];
    e.before_json = redacted.before_json;
    e.after_json = redacted.after_json;
    return Ok();
  }

 private:
  static Error UnknownQuestion() { return Error::Invalid("question_id", "câu hỏi không tồn tại"); }

  Tables t_;
};

}  // namespace

std::unique_ptr<RightsRepository> NewRightsRepository(Tables tables) {
  return std::make_unique<MemoryRights>(tables);
}

}  // namespace doithoai::storage::memory
