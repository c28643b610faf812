// The code holder's side of a question (C3): finding it by its tracking code, and the public
// tracking page.
#include "app/question/questions.h"
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
    return t;
  });
}

}  // namespace doithoai
