#include "app/audit_trail.h"
#include "app/question/questions.h"
#include "domain/access/asker_access.h"

namespace doithoai {

Result<AskerContact> RevealContact(Context& ctx, const Actor& actor, QuestionId id) {
  Instant now = ctx.clock.Now();
  return WriteValue<AskerContact>(ctx.store, [&](Tx& tx) -> Result<AskerContact> {
    auto q = tx.questions().Find(id);
    auto d = q ? tx.dialogues().Find(q->dialogue) : std::nullopt;
    auto unit = d ? tx.units().Find(d->unit) : std::nullopt;
    // Out of the actor's reach reads as missing: the ids of other units' youths are not
    // confirmed.
    if (!unit || !CanSeeAskers(actor, unit->path)) return Error::NotFound("câu hỏi");
    DT_RETURN_IF_ERROR(
        Record(tx, now, actor.user, "question.contact_revealed", "question", id.value, nullptr,
               {{"tracking_code", q->tracking_code}, {"had_contact", !q->asker_contact.empty()}}));
    return AskerContact{q->id, q->tracking_code, q->asker_name, q->asker_contact};
  });
}

}  // namespace doithoai
