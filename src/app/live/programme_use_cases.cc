#include "app/live/programme_use_cases.h"

#include <nlohmann/json.hpp>

#include "app/audit_trail.h"
#include "domain/access/live_access.h"
#include "domain/access/permissions.h"

namespace doithoai {
namespace {

// Found, the actor's to organise, and not yet concluded.
Status CheckOrganiser(Tx& tx, const Actor& actor, DialogueId id) {
  auto d = tx.dialogues().Find(id);
  if (!d) return Error::NotFound("chương trình đối thoại");
  auto unit = tx.units().Find(d->unit);
  if (!unit) return Error::NotFound("đơn vị");
  if (!CanKeepLiveRecord(actor, unit->path)) return Error::Forbidden();
  if (d->conclusion_issued_on) {
    return Error::Conflict(
        "Đã ban hành thông báo kết luận: chương trình và đại biểu không sửa "
        "được nữa");
  }
  return Ok();
}

nlohmann::json Snapshot(const Delegate& d) {  // the name is kept: an official's invitation
  return {{"dialogue_id", d.dialogue.value},
          {"kind", DelegateKindName(d.kind)},
          {"name", d.name},
          {"position", d.position},
          {"unit", d.unit},
          {"present", d.checked_in_at.has_value()}};
}

}  // namespace

Result<std::vector<AgendaItem>> SetProgramme(Context& ctx, const Actor& actor, DialogueId dialogue,
                                             const std::vector<AgendaItem>& items) {
  DT_ASSIGN_OR_RETURN(std::vector<AgendaItem> clean, ValidateAgenda(items));
  Instant now = ctx.clock.Now();
  return WriteValue<std::vector<AgendaItem>>(
      ctx.store, [&](Tx& tx) -> Result<std::vector<AgendaItem>> {
        DT_RETURN_IF_ERROR(CheckOrganiser(tx, actor, dialogue));
        DT_RETURN_IF_ERROR(tx.live().SetAgenda(dialogue, clean));
        nlohmann::json after = nlohmann::json::array();
        for (const auto& a : clean) after.push_back({a.starts_at, a.title, a.speaker});
        DT_RETURN_IF_ERROR(Record(tx, now, actor.user, "dialogue.agenda_set", "dialogue",
                                  dialogue.value, nullptr, {{"agenda", after}}));
        return clean;
      });
}

Result<Delegate> InviteDelegate(Context& ctx, const Actor& actor, DialogueId dialogue,
                                const DelegateInput& input) {
  DT_ASSIGN_OR_RETURN(Delegate d, ValidateDelegate(input));
  d.dialogue = dialogue;
  d.created_at = ctx.clock.Now();
  return WriteValue<Delegate>(ctx.store, [&](Tx& tx) -> Result<Delegate> {
    DT_RETURN_IF_ERROR(CheckOrganiser(tx, actor, dialogue));
    DT_ASSIGN_OR_RETURN(Delegate stored, tx.live().InsertDelegate(d));
    DT_RETURN_IF_ERROR(Record(tx, d.created_at, actor.user, "delegate.invited", "delegate",
                              stored.id, nullptr, Snapshot(stored)));
    return stored;
  });
}

Result<Delegate> CheckInDelegate(Context& ctx, const Actor& actor, DialogueId dialogue,
                                 int64_t delegate, bool present) {
  Instant now = ctx.clock.Now();
  return WriteValue<Delegate>(ctx.store, [&](Tx& tx) -> Result<Delegate> {
    DT_RETURN_IF_ERROR(CheckOrganiser(tx, actor, dialogue));
    auto before = tx.live().FindDelegate(dialogue, delegate);
    if (!before) return Error::NotFound("đại biểu");
    Delegate after = *before;
    if (present && !after.checked_in_at) after.checked_in_at = now;
    if (!present) after.checked_in_at.reset();
    DT_RETURN_IF_ERROR(tx.live().UpdateDelegate(after));
    DT_RETURN_IF_ERROR(Record(tx, now, actor.user, "delegate.checked_in", "delegate", after.id,
                              Snapshot(*before), Snapshot(after)));
    return after;
  });
}

Result<DayProgramme> ReadProgramme(Context& ctx, const Actor& actor, DialogueId dialogue) {
  return ReadValue<DayProgramme>(ctx.store, [&](Tx& tx) -> Result<DayProgramme> {
    auto d = tx.dialogues().Find(dialogue);
    if (!d) return Error::NotFound("chương trình đối thoại");
    auto unit = tx.units().Find(d->unit);
    if (!unit) return Error::NotFound("đơn vị");
    bool organises = CanKeepLiveRecord(actor, unit->path);
    if (!organises && !CanHandleQuestions(actor, unit->path)) return Error::Forbidden();
    DayProgramme p;
    p.agenda = tx.live().Agenda(dialogue);
    p.delegates = tx.live().Delegates(dialogue);
    for (const auto& x : p.delegates) p.present += x.checked_in_at ? 1 : 0;
    p.can_edit = organises && !d->conclusion_issued_on;
    return p;
  });
}

}  // namespace doithoai
