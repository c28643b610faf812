#include "app/audit_trail.h"
#include "app/issue/issues.h"
#include "app/mail/youth_mail.h"
#include "app/task/assignment_scope.h"
#include "domain/access/permissions.h"
#include "text/normalize.h"

namespace doithoai {
namespace {

struct Scope {
  Dialogue dialogue;
  Unit unit;
};

Result<Scope> CoordinatedDialogue(Tx& tx, const Actor& actor, DialogueId id) {
  auto d = tx.dialogues().Find(id);
  if (!d) return Error::NotFound("chương trình đối thoại");
  auto unit = tx.units().Find(d->unit);
  if (!unit || !CanCoordinate(actor, unit->path)) return Error::Forbidden();
  return Scope{*d, *unit};
}

Status CheckIds(const std::vector<int64_t>& ids) {
  if (ids.empty()) return Error::Invalid("question_ids", "chọn ít nhất một câu hỏi");
  if (ids.size() > kIssueMaxQuestions) return Error::Invalid("question_ids", "quá nhiều câu hỏi");
  return Ok();
}

// Puts each question into `issue`, marking it accepted. Every question must belong to the
// dialogue, not be in another issue, and not be screened out.
Status Attach(Tx& tx, const Actor& actor, const Issue& issue, const std::vector<int64_t>& ids,
              Instant now) {
  FieldErrors errors;
  for (size_t i = 0; i < ids.size(); ++i) {
    std::string f = "question_ids[" + std::to_string(i) + "]";
    auto q = tx.questions().Find(QuestionId(ids[i]));
    if (!q || q->dialogue != issue.dialogue) {
      errors.Add(f, "câu hỏi không thuộc chương trình đối thoại này");
      continue;
    }
    if (q->issue == issue.id) continue;
    if (q->issue) {
      errors.Add(f, "câu hỏi đã thuộc nhóm vấn đề #" + std::to_string(q->issue->value));
      continue;
    }
    if (q->screening == Screening::kDuplicate || q->screening == Screening::kOutOfScope) {
      errors.Add(f, "câu hỏi đã bị đánh dấu trùng lặp hoặc ngoài phạm vi");
      continue;
    }
    auto before = Snapshot(*q);
    q->issue = issue.id;
    q->screening = Screening::kAccepted;
    DT_RETURN_IF_ERROR(tx.questions().Update(*q));
    DT_RETURN_IF_ERROR(QueueYouthMail(tx, *q, YouthEvent::kGrouped, now));
    DT_RETURN_IF_ERROR(Record(tx, now, actor.user, "question.grouped", "question", q->id.value,
                              before, Snapshot(*q)));
  }
  if (!errors.empty()) return errors.ToError();
  return Ok();
}

}  // namespace

Result<Issue> CreateIssue(Context& ctx, const Actor& actor, DialogueId dialogue,
                          const IssueInput& in) {
  auto title = text::CleanText(in.title);
  if (!title) return Error::Invalid("title", "không phải văn bản UTF-8 hợp lệ");
  FieldErrors errors;
  if (title->empty()) errors.Add("title", "bắt buộc đặt tên nhóm vấn đề");
  if (text::CodePointCount(*title) > kIssueTitleMaxChars) errors.Add("title", "quá dài");
  if (auto s = CheckIds(in.question_ids); !s.ok())
    errors.Add("question_ids", s.error().fields()[0].reason);
  if (!errors.empty()) return errors.ToError();
  Instant now = ctx.clock.Now();
  return WriteValue<Issue>(ctx.store, [&](Tx& tx) -> Result<Issue> {
    DT_ASSIGN_OR_RETURN(Scope scope, CoordinatedDialogue(tx, actor, dialogue));
    Issue issue;
    issue.dialogue = scope.dialogue.id;
    issue.title = *title;
    issue.created_at = now;
    DT_ASSIGN_OR_RETURN(Issue stored, tx.issues().Insert(issue));
    DT_RETURN_IF_ERROR(Attach(tx, actor, stored, in.question_ids, now));
    DT_RETURN_IF_ERROR(Record(tx, now, actor.user, "issue.created", "issue", stored.id.value,
                              nullptr, Snapshot(stored)));
    return stored;
  });
}

Result<Issue> AddQuestionsToIssue(Context& ctx, const Actor& actor, IssueId id,
                                  const std::vector<int64_t>& question_ids) {
  DT_RETURN_IF_ERROR(CheckIds(question_ids));
  Instant now = ctx.clock.Now();
  return WriteValue<Issue>(ctx.store, [&](Tx& tx) -> Result<Issue> {
    auto issue = tx.issues().Find(id);
    if (!issue) return Error::NotFound("nhóm vấn đề");
    DT_ASSIGN_OR_RETURN(Scope scope, CoordinatedDialogue(tx, actor, issue->dialogue));
    (void)scope;
    DT_RETURN_IF_ERROR(Attach(tx, actor, *issue, question_ids, now));
    return *issue;
  });
}

Result<Issue> RouteIssue(Context& ctx, const Actor& actor, IssueId id, const RoutingInput& in) {
  Instant now = ctx.clock.Now();
  return WriteValue<Issue>(ctx.store, [&](Tx& tx) -> Result<Issue> {
    auto issue = tx.issues().Find(id);
    if (!issue) return Error::NotFound("nhóm vấn đề");
    DT_ASSIGN_OR_RETURN(Scope scope, CoordinatedDialogue(tx, actor, issue->dialogue));
    DT_ASSIGN_OR_RETURN(Routing routing,
                        ValidateRouting(in, now.VietnamDate(), scope.dialogue.held_on));
    // Agencies answering a dialogue belong to its host unit or a unit below it: the rule the
    // conclusion's tasks are assigned under (tree_scope.h), applied here where they are chosen.
    FieldErrors errors;
    AssignmentScope assignees(tx, scope.unit, errors);
    assignees.Assignee(routing.lead, "lead_agency_id");
    for (size_t i = 0; i < routing.coordinating.size(); ++i) {
      assignees.Assignee(routing.coordinating[i],
                         "coordinating_agency_ids[" + std::to_string(i) + "]");
    }
    if (!errors.empty()) return errors.ToError();
    auto answer = tx.answers().Find(id);
    if (answer && answer->status == AnswerStatus::kApproved) {
      return Error::Conflict("Câu trả lời đã được duyệt và công bố; không thể chuyển lại");
    }
    if (answer && answer->status == AnswerStatus::kSubmitted && answer->agency != routing.lead) {
      return Error::Conflict(
          "Câu trả lời đang chờ duyệt; hãy trả lại trước khi đổi cơ quan chủ trì");
    }
    auto before = Snapshot(*issue);
    issue->lead_agency = routing.lead;
    issue->coordinating = routing.coordinating;
    issue->answer_due_on = routing.answer_due_on;
    issue->routed_at = now;
    DT_RETURN_IF_ERROR(tx.issues().Update(*issue));
    DT_RETURN_IF_ERROR(
        Record(tx, now, actor.user, "issue.routed", "issue", id.value, before, Snapshot(*issue)));
    return *issue;
  });
}

}  // namespace doithoai
