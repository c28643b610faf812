#include "app/rights/rights.h"
#include "app/rights/rights_repository.h"
#include "domain/access/data_request_access.h"

namespace doithoai {

Result<DataRequestPage> ListDataRequests(Context& ctx, const Actor& actor, DialogueId dialogue,
                                         int64_t limit, int64_t offset) {
  return ReadValue<DataRequestPage>(ctx.store, [&](Tx& tx) -> Result<DataRequestPage> {
    auto d = tx.dialogues().Find(dialogue);
    if (!d) return Error::NotFound("chương trình đối thoại");
    auto unit = tx.units().Find(d->unit);
    if (!unit || !CanReadDataRequests(actor, unit->path)) return Error::Forbidden();
    return DataRequestPage{tx.rights().RequestsOfDialogue(dialogue, limit, offset),
                           tx.rights().CountRequests(dialogue)};
  });
}

}  // namespace doithoai
