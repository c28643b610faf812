#include "storage/sqlite/sqlite_rights.h"

#include "storage/sqlite/rights_queries.h"
#include "storage/sqlite/rows.h"
#include "storage/sqlite/sqlite_tx.h"

namespace doithoai::storage::sqlite {
namespace {

DataRequest ReadRequest(const Statement& s) {
  DataRequest r;
  r.id = s.Int(0);
  r.question = QuestionId(s.Int(1));
  r.dialogue = DialogueId(s.Int(2));
  r.kind = ParseRequestKind(s.Text(3)).value_or(RequestKind::kAccess);
  r.received_at = Instant{s.Int(4)};
  r.due_on = Date::Parse(s.Text(5)).value_or(Date());
  r.answered_at = OptInstant(s, 6);
  r.outcome = ParseRequestOutcome(s.Text(7)).value_or(RequestOutcome::kDone);
  r.detail = s.Text(8);
  return r;
}

}  // namespace

Status SqliteRights::SaveConsent(const Consent& c) {
  auto s = c_.Prepare(sql::kSaveConsent);
  s.Bind(c.question.value)
      .Bind(PurposeName(c.purpose))
      .Bind(c.granted)
      .Bind(c.text_version)
      .Bind(c.decided_at.unix_seconds)
      .Bind(SecondsOf(c.withdrawn_at));
  return CheckRun(s.Run(), "question_id", "sự đồng ý");
}

std::vector<Consent> SqliteRights::Consents(QuestionId question) {
  auto s = c_.Prepare(sql::kConsentsOfQuestion);
  s.Bind(question.value);
  std::vector<Consent> rows;
  while (s.Next()) {
    Consent c;
    c.question = QuestionId(s.Int(0));
    auto purpose = ParsePurpose(s.Text(1));
    if (!purpose) continue;
    c.purpose = *purpose;
    c.granted = s.Int(2) != 0;
    c.text_version = s.Text(3);
    c.decided_at = Instant{s.Int(4)};
    c.withdrawn_at = OptInstant(s, 5);
    rows.push_back(std::move(c));
  }
  std::vector<Consent> out;  // in the order of kPurposes
  for (auto p : kPurposes) {
    for (auto& c : rows) {
      if (c.purpose == p) out.push_back(std::move(c));
    }
  }
  return out;
}

std::vector<QuestionId> SqliteRights::ConsentingQuestions(DialogueId dialogue, Purpose purpose) {
  auto s = c_.Prepare(sql::kConsentingQuestions);
  s.Bind(dialogue.value).Bind(PurposeName(purpose));
  std::vector<QuestionId> out;
  while (s.Next()) out.emplace_back(s.Int(0));
  return out;
}

Result<DataRequest> SqliteRights::InsertRequest(DataRequest r) {
  auto s = c_.Prepare(sql::kInsertRequest);
  s.Bind(r.question.value)
      .Bind(r.dialogue.value)
      .Bind(RequestKindName(r.kind))
      .Bind(r.received_at.unix_seconds)
      .Bind(r.due_on.ToIso())
      .Bind(SecondsOf(r.answered_at))
      .Bind(RequestOutcomeName(r.outcome))
      .Bind(r.detail);
  DT_RETURN_IF_ERROR(CheckRun(s.Run(), "question_id", "yêu cầu về dữ liệu cá nhân"));
  r.id = c_.LastInsertId();
  return r;
}

std::vector<DataRequest> SqliteRights::Requests(QuestionId question) {
  auto s = c_.Prepare(sql::kRequestsOfQuestion);
  s.Bind(question.value);
  std::vector<DataRequest> out;
  while (s.Next()) out.push_back(ReadRequest(s));
  return out;
}

std::vector<DataRequest> SqliteRights::RequestsOfDialogue(DialogueId dialogue, int64_t limit,
                                                          int64_t offset) {
  auto s = c_.Prepare(sql::kRequestsOfDialogue);
  s.Bind(dialogue.value).Bind(limit).Bind(offset);
  std::vector<DataRequest> out;
  while (s.Next()) out.push_back(ReadRequest(s));
  return out;
}

int64_t SqliteRights::CountRequests(DialogueId dialogue) {
  auto s = c_.Prepare(sql::kCountRequests);
  s.Bind(dialogue.value);
  return s.Next() ? s.Int(0) : 0;
}

std::vector<QuestionId> SqliteRights::QuestionsWithIdentity(DialogueId dialogue) {
  auto s = c_.Prepare(sql::kQuestionsWithIdentity);
  s.Bind(dialogue.value);
  std::vector<QuestionId> out;
  while (s.Next()) out.emplace_back(s.Int(0));
  return out;
}

std::vector<RightsRepository::AuditSnapshots> SqliteRights::AuditOf(std::string_view entity,
                                                                    int64_t entity_id) {
  auto s = c_.Prepare(sql::kAuditOf);
  s.Bind(entity).Bind(entity_id);
  std::vector<AuditSnapshots> out;
  while (s.Next()) {
    out.push_back(
        {s.Int(0), Instant{s.Int(1)}, IdOf<UserId>(s, 2), s.Text(3), s.Text(4), s.Text(5)});
  }
  return out;
}

Status SqliteRights::RedactAudit(const AuditSnapshots& redacted) {
  auto s = c_.Prepare(sql::kRedactAudit);
  s.Bind(redacted.before_json).Bind(redacted.after_json).Bind(redacted.entry_id);
  return CheckUpdated(c_, s.Run(), "entry_id", "mục nhật ký");
}

}  // namespace doithoai::storage::sqlite
