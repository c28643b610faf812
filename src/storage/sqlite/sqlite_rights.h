// RightsRepository (app/rights/rights_repository.h) on SQLite.
#pragma once

#include "app/rights/rights_repository.h"
#include "storage/sqlite/connection.h"

namespace doithoai::storage::sqlite {

class SqliteRights final : public RightsRepository {
 public:
  explicit SqliteRights(Connection& c) : c_(c) {}
  Status SaveConsent(const Consent& consent) override;
  std::vector<Consent> Consents(QuestionId question) override;
  std::vector<QuestionId> ConsentingQuestions(DialogueId dialogue, Purpose purpose) override;
  Result<DataRequest> InsertRequest(DataRequest request) override;
  std::vector<DataRequest> Requests(QuestionId question) override;
  std::vector<DataRequest> RequestsOfDialogue(DialogueId dialogue, int64_t limit,
                                              int64_t offset) override;
  int64_t CountRequests(DialogueId dialogue) override;
  std::vector<QuestionId> QuestionsWithIdentity(DialogueId dialogue) override;
  std::vector<AuditSnapshots> AuditOf(std::string_view entity, int64_t entity_id) override;
  Status RedactAudit(const AuditSnapshots& redacted) override;

 private:
  Connection& c_;
};

}  // namespace doithoai::storage::sqlite
