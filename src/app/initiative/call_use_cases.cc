// The Youth Union's verbs on a call: open it, hand it to the council, publish the results.
#include <algorithm>
#include <nlohmann/json.hpp>
#include <set>

#include "app/audit_trail.h"
#include "app/initiative/initiative_snapshots.h"
#include "app/initiative/initiatives.h"
#include "domain/access/initiative_access.h"

namespace doithoai {

Result<InitiativeCall> CreateCall(Context& ctx, const Actor& actor, UnitId unit,
                                  const CallInput& input) {
  DT_ASSIGN_OR_RETURN(ValidCall valid, ValidateCall(input));
  InitiativeCall call = std::move(valid.call);
  Instant now = ctx.clock.Now();
  return WriteValue<InitiativeCall>(ctx.store, [&](Tx& tx) -> Result<InitiativeCall> {
    auto u = tx.units().Find(unit);
    if (!u) return Error::Invalid("unit_id", "đơn vị không tồn tại");
    if (!CanRunInitiativeCalls(actor, u->path)) return Error::Forbidden();
    for (size_t i = 0; i < valid.council.size(); ++i) {
      auto user = tx.users().FindByUsername(valid.council[i]);
      if (!user || !user->active) {
        return Error::Invalid("council[" + std::to_string(i) + "]",
                              "không có tài khoản đang hoạt động với tên đăng nhập này");
      }
      call.council.push_back(user->id);
    }
    call.unit = unit;
    call.phase = CallPhase::kOpen;
    call.created_by = actor.user;
    call.created_at = now;
    DT_ASSIGN_OR_RETURN(InitiativeCall stored, tx.initiatives().InsertCall(call));
    DT_RETURN_IF_ERROR(Record(tx, now, actor.user, "initiative_call.created", "initiative_call",
                              stored.id, nullptr, Snapshot(stored)));
    return stored;
  });
}

namespace {

// The call, found and the actor's to run.
Result<InitiativeCall> CallToRun(Tx& tx, const Actor& actor, int64_t id) {
  auto call = tx.initiatives().FindCall(id);
  if (!call) return Error::NotFound("đợt phát động sáng kiến");
  auto unit = tx.units().Find(call->unit);
  if (!unit || !CanRunInitiativeCalls(actor, unit->path)) return Error::Forbidden();
  return *call;
}

}  // namespace

Result<InitiativeCall> StartReview(Context& ctx, const Actor& actor, int64_t id) {
  Instant now = ctx.clock.Now();
  return WriteValue<InitiativeCall>(ctx.store, [&](Tx& tx) -> Result<InitiativeCall> {
    DT_ASSIGN_OR_RETURN(InitiativeCall call, CallToRun(tx, actor, id));
    DT_RETURN_IF_ERROR(CheckAdvance(call, CallPhase::kReviewing));
    InitiativeCall next = call;
    next.phase = CallPhase::kReviewing;
    DT_RETURN_IF_ERROR(tx.initiatives().UpdateCallPhase(next));
    DT_RETURN_IF_ERROR(Record(tx, now, actor.user, "initiative_call.review_started",
                              "initiative_call", id, Snapshot(call), Snapshot(next)));
    return next;
  });
}

Result<InitiativeCall> PublishResults(Context& ctx, const Actor& actor, int64_t id,
                                      const std::vector<int64_t>& selected) {
  Instant now = ctx.clock.Now();
  return WriteValue<InitiativeCall>(ctx.store, [&](Tx& tx) -> Result<InitiativeCall> {
    DT_ASSIGN_OR_RETURN(InitiativeCall call, CallToRun(tx, actor, id));
    DT_RETURN_IF_ERROR(CheckAdvance(call, CallPhase::kPublished));
    std::vector<Initiative> all = tx.initiatives().List(id);
    auto waiting = std::count_if(all.begin(), all.end(), [](const Initiative& i) {
      return i.status == InitiativeStatus::kSubmitted;
    });
    if (waiting > 0) {
      return Error::Conflict("Còn " + std::to_string(waiting) +
                             " sáng kiến chưa sơ loại: sơ loại xong mới công bố kết quả");
    }
    FieldErrors errors;
    std::set<int64_t> chosen;
    for (size_t k = 0; k < selected.size(); ++k) {
      auto it = std::find_if(all.begin(), all.end(),
                             [&](const Initiative& i) { return i.id == selected[k]; });
      if (it == all.end() || it->status != InitiativeStatus::kInReview) {
        errors.Add("selected[" + std::to_string(k) + "]",
                   "không phải sáng kiến đang được hội đồng chấm của đợt này");
      }
      chosen.insert(selected[k]);
    }
    if (!errors.empty()) return errors.ToError();
    for (Initiative& i : all) {
      if (i.status != InitiativeStatus::kInReview) continue;
      i.status = chosen.count(i.id) ? InitiativeStatus::kSelected : InitiativeStatus::kNotSelected;
      i.updated_at = now;
      DT_RETURN_IF_ERROR(tx.initiatives().Update(i));
    }
    InitiativeCall next = call;
    next.phase = CallPhase::kPublished;
    next.published_on = now.VietnamDate();
    DT_RETURN_IF_ERROR(tx.initiatives().UpdateCallPhase(next));
    nlohmann::json after = Snapshot(next);
    after["selected"] = selected;
    DT_RETURN_IF_ERROR(Record(tx, now, actor.user, "initiative_call.results_published",
                              "initiative_call", id, Snapshot(call), after));
    return next;
  });
}

}  // namespace doithoai
