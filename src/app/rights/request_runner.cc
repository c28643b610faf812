#include "app/rights/request_runner.h"

#include <set>

#include "app/question/questions.h"
#include "app/rights/rights_repository.h"

namespace doithoai {
namespace {

// FindQuestionByTrackingCode names the field "code"; this API calls it "tracking_code".
Error InTrackingCode(const Error& e) {
  std::vector<FieldError> fields;
  for (const auto& f : e.fields()) {
    fields.push_back({f.field == "code" ? "tracking_code" : f.field, f.reason});
  }
  if (fields.empty()) fields.push_back({"tracking_code", "không có câu hỏi với mã này"});
  return Error(e.code(), e.message(), std::move(fields));
}

// Shape only; whether the question exists is TrackQuestion's to say.
Status CheckProofShape(const Proof& proof) {
  FieldErrors errors;
  if (proof.tracking_code.empty()) errors.Add("tracking_code", "bắt buộc nhập mã theo dõi");
  if (proof.tracking_code.size() > kProofMaxBytes) errors.Add("tracking_code", "quá dài");
  if (proof.contact.size() > kProofMaxBytes) errors.Add("contact", "quá dài");
  if (!errors.empty()) return errors.ToError();
  return Ok();
}

struct Attempt {
  std::optional<MyData> data;
  std::optional<Error> refusal;
};

Status Log(Tx& tx, const Question& q, RequestKind kind, Instant now, RequestOutcome outcome,
           std::string detail) {
  DataRequest r;
  r.question = q.id;
  r.dialogue = q.dialogue;
  r.kind = kind;
  r.received_at = now;
  r.due_on = DueOn(kind, now);
  r.answered_at = now;
  r.outcome = outcome;
  r.detail = std::move(detail);
  auto stored = tx.rights().InsertRequest(std::move(r));
  if (!stored.ok()) return std::move(stored).error();
  return Ok();
}

std::optional<Issue> IssueOf(Tx& tx, const Question& q) {
  std::optional<IssueId> id = q.issue;
  if (!id && q.duplicate_of) {  // a duplicate follows the question it repeats
    if (auto original = tx.questions().Find(*q.duplicate_of)) id = original->issue;
  }
  return id ? tx.issues().Find(*id) : std::nullopt;
}

}  // namespace

MyData CollectMyData(Tx& tx, QuestionId id) {
  MyData m;
  m.question = tx.questions().Find(id).value_or(Question{});
  const Question& q = m.question;
  std::set<AgencyId> agencies;
  if (auto d = tx.dialogues().Find(q.dialogue)) {
    m.dialogue_title = d->title;
    if (auto host = tx.units().Find(d->unit)) m.host_unit = host->name;
    if (d->coordinator_agency) agencies.insert(*d->coordinator_agency);
  }
  if (q.asker_unit) {
    if (auto u = tx.units().Find(*q.asker_unit)) m.asker_unit = u->name;
  }
  auto issue = IssueOf(tx, q);
  std::optional<Answer> answer;
  if (issue) {
    m.issue_title = issue->title;
    answer = tx.answers().Find(issue->id);
    if (issue->lead_agency) agencies.insert(*issue->lead_agency);
    for (auto a : issue->coordinating) agencies.insert(a);
  }
  m.status = PublicStatusOf(q, issue, answer);
  for (AgencyId a : agencies) {
    if (auto agency = tx.agencies().Find(a)) m.handling_agencies.push_back(*agency);
  }
  m.consents = tx.rights().Consents(id);
  m.requests = tx.rights().Requests(id);
  for (const auto& e : tx.rights().AuditOf("question", id.value)) {
    std::string by;
    if (e.user) {
      if (auto u = tx.users().Find(*e.user)) by = u->display_name;
    }
    m.history.push_back({e.at, e.action, std::move(by)});
  }
  return m;
}

Result<MyData> RunDataRequest(Context& ctx, const Proof& proof, RequestKind kind,
                              const RequestWork& work) {
  DT_RETURN_IF_ERROR(CheckProofShape(proof));
  Instant now = ctx.clock.Now();
  auto attempt = WriteValue<Attempt>(ctx.store, [&](Tx& tx) -> Result<Attempt> {
    // The one lookup by tracking code (app/question): codes are read as the tracking page
    // reads them, in any case, with or without hyphens.
    auto found = FindQuestionByTrackingCode(tx, proof.tracking_code);
    if (!found.ok()) return InTrackingCode(found.error());
    Question& q = found->question;
    QuestionId id = q.id;
    if (found->legacy_code && q.asker_contact.empty()) {
      // A sequential code of the old format can be guessed; without a contact to check there
      // is no proof the requester asked the question.
      return Error(ErrorCode::kForbidden,
                   "Mã theo dõi dạng cũ có thể bị đoán và câu hỏi không để lại liên hệ để xác "
                   "minh: hãy liên hệ đơn vị tổ chức đối thoại",
                   {{"tracking_code", "mã dạng cũ không đủ để xác minh"}});
    }
    if (!q.asker_contact.empty()) {
      if (proof.contact.empty()) {
        return Error::Invalid("contact",
                              "câu hỏi này có để lại liên hệ: nhập đúng điện thoại hoặc thư "
                              "điện tử đã để lại");
      }
      if (!SameContact(q.asker_contact, proof.contact)) {
        DT_RETURN_IF_ERROR(Log(tx, q, kind, now, RequestOutcome::kRefused,
                               "liên hệ không khớp / contact does not match"));
        return Attempt{
            std::nullopt,
            Error(ErrorCode::kForbidden, "Liên hệ không khớp với liên hệ đã để lại khi gửi câu hỏi",
                  {{"contact", "không khớp với liên hệ đã để lại"}})};
      }
    }
    auto done = work(tx, q, now);
    if (!done.ok()) {
      if (!done.error().Is(ErrorCode::kConflict)) return std::move(done).error();
      DT_RETURN_IF_ERROR(Log(tx, q, kind, now, RequestOutcome::kRefused, done.error().message()));
      return Attempt{std::nullopt, std::move(done).error()};
    }
    DT_RETURN_IF_ERROR(Log(tx, q, kind, now, RequestOutcome::kDone, std::move(done).value()));
    return Attempt{CollectMyData(tx, id), std::nullopt};
  });
  if (!attempt.ok()) return std::move(attempt).error();
  if (attempt->refusal) return std::move(*attempt->refusal);
  return std::move(*attempt->data);
}

}  // namespace doithoai
