#include "app/audit_trail.h"
#include "app/mail/youth_mail.h"
#include "app/question/questions.h"
#include "domain/access/asker_access.h"
#include "domain/access/permissions.h"
#include "text/normalize.h"

namespace doithoai {

Result<StaffQuestion> ScreenQuestion(Context& ctx, const Actor& actor, QuestionId id,
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
  return WriteValue<StaffQuestion>(ctx.store, [&](Tx& tx) -> Result<StaffQuestion> {
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
    // The youth hears why (issue 14): the coordinator's note when out of scope; a duplicate is
    // pointed to the tracking page, which links the original.
    if (*screening == Screening::kOutOfScope) {
      DT_RETURN_IF_ERROR(
          QueueYouthMail(tx, *q, YouthEvent::kOutOfScope, ctx.clock.Now(), q->screening_note));
    } else if (*screening == Screening::kDuplicate) {
      DT_RETURN_IF_ERROR(QueueYouthMail(tx, *q, YouthEvent::kDuplicate, ctx.clock.Now()));
    }
    DT_RETURN_IF_ERROR(Record(tx, ctx.clock.Now(), actor.user, "question.screened", "question",
                              id.value, before, Snapshot(*q)));
    return StaffViewOf(*q, CanSeeAskers(actor, unit->path));
  });
}

Result<QuestionPage> ListQuestions(Context& ctx, const Actor& actor, DialogueId dialogue,
                                   const QuestionFilter& filter) {
  return ReadValue<QuestionPage>(ctx.store, [&](Tx& tx) -> Result<QuestionPage> {
    auto d = tx.dialogues().Find(dialogue);
    if (!d) return Error::NotFound("chương trình đối thoại");
    auto unit = tx.units().Find(d->unit);
    if (!unit || !CanHandleQuestions(actor, unit->path)) return Error::Forbidden();
    QuestionPage page;
    bool askers = CanSeeAskers(actor, unit->path);
    for (auto& q : tx.questions().List(dialogue, filter)) {
      page.items.push_back(StaffViewOf(std::move(q), askers));
    }
    page.total = tx.questions().Count(dialogue, filter);
    return page;
  });
}

}  // namespace doithoai
