// What the youths' rights over their personal data store (issue 10; migration 0006): the
// consent given per purpose for each question, and the log of data-subject requests. Reached
// through Tx::rights(); adapters in storage/sqlite/sqlite_rights.* and
// storage/memory/memory_rights.*.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/ids.h"
#include "core/result.h"
#include "domain/privacy/consent.h"
#include "domain/privacy/data_request.h"

namespace doithoai {

class RightsRepository {
 public:
  virtual ~RightsRepository() = default;
  // Inserts or replaces the consent of (question, purpose). kInvalid naming "question_id" when
  // the question does not exist.
  virtual Status SaveConsent(const Consent& consent) = 0;
  // The question's consents in the order of kPurposes.
  virtual std::vector<Consent> Consents(QuestionId question) = 0;
  // The questions of `dialogue` whose `purpose` consent is in force (granted, not withdrawn),
  // ascending.
  virtual std::vector<QuestionId> ConsentingQuestions(DialogueId dialogue, Purpose purpose) = 0;

  // Assigns the id (from 1). kInvalid naming "question_id" for an unknown question.
  virtual Result<DataRequest> InsertRequest(DataRequest request) = 0;
  // Oldest first.
  virtual std::vector<DataRequest> Requests(QuestionId question) = 0;
  // Newest first; a negative limit means no limit.
  virtual std::vector<DataRequest> RequestsOfDialogue(DialogueId dialogue, int64_t limit,
                                                      int64_t offset) = 0;
  virtual int64_t CountRequests(DialogueId dialogue) = 0;

  // The questions of `dialogue` that still hold an asker's name or contact, ascending (for the
  // retention job).
  virtual std::vector<QuestionId> QuestionsWithIdentity(DialogueId dialogue) = 0;
  // The audit entries about (entity, entity_id), oldest first: what the youth's data went
  // through (who screened it, who revealed the contact) and the snapshots to redact.
  struct AuditSnapshots {
    int64_t entry_id = 0;
    Instant at;
    std::optional<UserId> user;
    std::string action;
    std::string before_json, after_json;
  };
  virtual std::vector<AuditSnapshots> AuditOf(std::string_view entity, int64_t entity_id) = 0;
  // Replaces the snapshots of one audit entry: the only change the audit log ever takes, made
  // when a youth's deleted text or identity must leave it too. kNotFound for an unknown id.
  virtual Status RedactAudit(const AuditSnapshots& redacted) = 0;
};

}  // namespace doithoai
