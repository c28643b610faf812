// The code holder's side of a question (C3): finding it by its tracking code, and the public
// tracking page.
#include "app/question/questions.h"
#include "app/task/task_ports.h"
#include "domain/question/tracking_code.h"

namespace doithoai {

Result<CodeHolderQuestion> FindQuestionByTrackingCode(Tx& tx, std::string_view typed_code) {
  constexpr const char* kMessage = "Không tìm thấy câu hỏi với mã theo dõi này";
  auto typed = ParseTrackingCode(typed_code);
  if (!typed.ok()) {
    return Error(ErrorCode::kNotFound, kMessage, typed.error().fields());
  }
  auto q = tx.questions().FindByTrackingCode(typed->code);
  if (!q) {
    return Error(ErrorCode::kNotFound, kMessage,
                 {{"code", "không có câu hỏi nào với mã này: kiểm tra lại mã đã ghi"}});
  }
  return CodeHolderQuestion{std::move(*q), typed->legacy};
}

namespace {

std::string AgencyName(Tx& tx, std::optional<AgencyId> id) {
  if (!id) return "";
  auto a = tx.agencies().Find(*id);
  return a ? a->name : "";
}

// The issue's tasks as the asker sees them, and the conclusion notice that set them: only the
// tasks of issued documents, top-level (a split's sub-tasks roll up into their parent).
void AddTasks(Tx& tx, IssueId issue, TimelineFacts& facts) {
  for (Task& t : tx.tasks().ListByIssue(issue)) {
    if (t.parent) continue;
    auto doc = tx.documents().Find(t.document);
    if (!doc || !doc->issued_on) continue;
    if (!facts.conclusion)
      facts.conclusion = TimelineConclusion{doc->number_symbol, doc->issued_on};
    std::string lead = t.lead.name.empty() ? AgencyName(tx, t.lead.agency) : t.lead.name;
    facts.tasks.push_back(
        TimelineTask{std::move(t.content), std::move(t.deadline), std::move(t.progress), lead});
  }
}

}  // namespace

Result<Tracking> TrackQuestion(Context& ctx, std::string_view code) {
  return ReadValue<Tracking>(ctx.store, [&](Tx& tx) -> Result<Tracking> {
    DT_ASSIGN_OR_RETURN(CodeHolderQuestion found, FindQuestionByTrackingCode(tx, code));
    const Question* q = &found.question;
    Tracking t;
    t.question = *q;
    if (auto d = tx.dialogues().Find(q->dialogue)) t.dialogue_title = d->title;
    std::optional<Issue> issue;
    std::optional<Answer> answer;
    // A duplicate follows the answer of the question it repeats.
    std::optional<IssueId> issue_id = q->issue;
    if (!issue_id && q->duplicate_of) {
      if (auto original = tx.questions().Find(*q->duplicate_of)) issue_id = original->issue;
    }
    if (issue_id) {
      issue = tx.issues().Find(*issue_id);
      answer = tx.answers().Find(*issue_id);
    }
    t.status = PublicStatusOf(*q, issue, answer);
    if (answer && answer->IsPublished()) {
      t.answer = answer;
      t.answering_agency = tx.agencies().Find(answer->agency);
    }
    // An answered question's text is public with its answer; before that, only a holder of
    // an unguessable code sees it.
    t.shows_question = !found.legacy_code || t.status == PublicStatus::kAnswered;
    if (q->screening == Screening::kDuplicate && issue) {
      t.original_issue = issue->id;
      t.original_answered = t.answer.has_value();
    }
    if (!t.shows_question) return t;
    TimelineFacts facts;
    facts.question = *q;
    facts.issue = issue;
    if (issue) facts.lead_agency_name = AgencyName(tx, issue->lead_agency);
    if (t.answer) {
      facts.answer = t.answer;
      facts.answer_agency_name = t.answering_agency ? t.answering_agency->name : "";
    }
    if (issue) AddTasks(tx, issue->id, facts);
    t.timeline = BuildTimeline(facts, ctx.clock.Today());
    return t;
  });
}

}  // namespace doithoai
