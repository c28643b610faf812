#include "app/audit_trail.h"
#include "app/question/questions.h"
#include "domain/access/permissions.h"
#include "domain/question/tracking_code.h"
#include "text/normalize.h"

namespace doithoai {

Result<Question> ScreenQuestion(Context& ctx, const Actor& actor, QuestionId id,
                                const ScreeningInput& in) {
  auto screening = ParseScreening(in.screening);
  if (!screening) {
    return Error::Invalid("screening", "phải là new, accepted, duplicate hoặc out_of_scope");
  }
  auto note = text::CleanText(in.note, text::Lines::kMultiple);
  if (!note) return Error::Invalid("note", "không phải văn bản UTF-8 hợp lệ");
  if (text::CodePointCount(*note) > 1000) return Error::Invalid("note", "quá dài");
  if (*screening == Screening::kOutOfScope && note->empty()) {
    return Error::Invalid("note", "cần nêu lý do câu hỏi ngoài phạm vi (để trả lời thanh niên)");
  }
  if (*screening == Screening::kDuplicate && !in.duplicate_of) {
    return Error::Invalid("duplicate_of", "cần chỉ ra câu hỏi bị trùng");
  }
  return WriteValue<Question>(ctx.store, [&](Tx& tx) -> Result<Question> {
    auto q = tx.questions().Find(id);
    if (!q) return Error::NotFound("câu hỏi");
    auto d = tx.dialogues().Find(q->dialogue);
    auto unit = d ? tx.units().Find(d->unit) : std::nullopt;
    if (!unit || !CanCoordinate(actor, unit->path)) return Error::Forbidden();
    if (q->issue && *screening != Screening::kAccepted) {
      return Error::Conflict("Câu hỏi đã được gộp vào nhóm vấn đề; không thể đánh dấu lại");
    }
    auto before = Snapshot(*q);
    q->duplicate_of.reset();
    if (*screening == Screening::kDuplicate) {
      auto original = tx.questions().Find(QuestionId(*in.duplicate_of));
      if (!original || original->dialogue != q->dialogue || original->id == q->id) {
        return Error::Invalid("duplicate_of", "câu hỏi gốc không tồn tại trong cùng đối thoại");
      }
      q->duplicate_of = original->id;
    }
    q->screening = *screening;
    q->screening_note = *note;
    DT_RETURN_IF_ERROR(tx.questions().Update(*q));
    DT_RETURN_IF_ERROR(Record(tx, ctx.clock.Now(), actor.user, "question.screened", "question",
                              id.value, before, Snapshot(*q)));
    return *q;
  });
}

Result<QuestionPage> ListQuestions(Context& ctx, const Actor& actor, DialogueId dialogue,
                                   const QuestionFilter& filter) {
  return ReadValue<QuestionPage>(ctx.store, [&](Tx& tx) -> Result<QuestionPage> {
    auto d = tx.dialogues().Find(dialogue);
    if (!d) return Error::NotFound("chương trình đối thoại");
    auto unit = tx.units().Find(d->unit);
    if (!unit || !CanHandleQuestions(actor, unit->path)) return Error::Forbidden();
    return QuestionPage{tx.questions().List(dialogue, filter),
                        tx.questions().Count(dialogue, filter)};
  });
}

Result<Tracking> TrackQuestion(Context& ctx, std::string_view code) {
  if (!LooksLikeTrackingCode(code)) {
    return Error::NotFound("câu hỏi với mã tra cứu này");
  }
  return ReadValue<Tracking>(ctx.store, [&](Tx& tx) -> Result<Tracking> {
    auto q = tx.questions().FindByTrackingCode(code);
    if (!q) return Error::NotFound("câu hỏi với mã tra cứu này");
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
    return t;
  });
}

}  // namespace doithoai
