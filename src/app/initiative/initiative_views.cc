// What staff and the public read of calls and initiatives.
#include <algorithm>

#include "app/initiative/initiatives.h"
#include "app/task/task_ports.h"
#include "domain/access/initiative_access.h"

namespace doithoai {
namespace {

std::vector<SupportProgress> SupportOf(Tx& tx, int64_t initiative, Date today) {
  std::vector<SupportProgress> out;
  for (TaskId id : tx.initiatives().SupportTasks(initiative)) {
    auto t = tx.tasks().Find(id);
    if (!t) continue;
    SupportProgress p{t->id, t->lead.name, t->deadline, StatusOf(t->deadline, t->progress, today),
                      t->progress.empty() ? 0 : t->progress.back().percent};
    out.push_back(std::move(p));
  }
  return out;
}

bool RunsCall(Tx& tx, const Actor& actor, const InitiativeCall& call) {
  auto unit = tx.units().Find(call.unit);
  return unit && CanRunInitiativeCalls(actor, unit->path);
}

void ClearContact(Initiative& i) {
  i.contact_name.clear();
  i.contact_email.clear();
}

bool IsPublicResult(InitiativeStatus s) {
  return s == InitiativeStatus::kSelected || s == InitiativeStatus::kRecognised;
}

PublicCallView PublicView(Tx& tx, const InitiativeCall& call, Date today) {
  PublicCallView v;
  v.call = call;
  v.call.council.clear();  // the council's accounts are staff's business
  if (auto unit = tx.units().Find(call.unit)) v.unit_name = unit->name;
  std::vector<Initiative> all = tx.initiatives().List(call.id);
  v.received = static_cast<int64_t>(all.size());
  if (call.phase != CallPhase::kPublished) return v;
  for (Initiative& i : all) {
    if (!IsPublicResult(i.status)) continue;
    std::vector<Scorecard> cards = tx.initiatives().Scorecards(i.id);
    ClearContact(i);
    std::vector<SupportProgress> support = SupportOf(tx, i.id, today);
    v.results.push_back({std::move(i), Summarise(call, cards), std::move(support)});
  }
  std::stable_sort(v.results.begin(), v.results.end(),
                   [](const PublicInitiative& a, const PublicInitiative& b) {
                     return a.summary.mean > b.summary.mean;
                   });
  return v;
}

}  // namespace

Result<StaffCallView> ReadStaffCall(Context& ctx, const Actor& actor, int64_t id) {
  return ReadValue<StaffCallView>(ctx.store, [&](Tx& tx) -> Result<StaffCallView> {
    auto call = tx.initiatives().FindCall(id);
    if (!call) return Error::NotFound("đợt phát động sáng kiến");
    StaffCallView v;
    v.call = *call;
    v.can_run = RunsCall(tx, actor, *call);
    v.is_member = IsCouncilMember(*call, actor.user);
    if (!v.can_run && !v.is_member) return Error::NotFound("đợt phát động sáng kiến");
    for (UserId member : call->council) {
      auto user = tx.users().Find(member);
      v.council.push_back({member, user ? user->username : "", user ? user->display_name : ""});
    }
    for (Initiative& i : tx.initiatives().List(id)) {
      // The council scores what was admitted; what it never saw stays out of its view.
      bool scored_stage =
          i.status != InitiativeStatus::kSubmitted && i.status != InitiativeStatus::kScreenedOut;
      if (!v.can_run && !scored_stage) continue;
      StaffInitiativeRow row;
      std::vector<Scorecard> cards = tx.initiatives().Scorecards(i.id);
      for (const Scorecard& c : cards) {
        if (c.member == actor.user) row.my_card = c;
      }
      if (v.can_run) {
        row.summary = Summarise(*call, cards);
        row.cards = std::move(cards);
      } else {
        ClearContact(i);
        // After publication every member may see the combined result.
        if (call->phase == CallPhase::kPublished) row.summary = Summarise(*call, cards);
      }
      row.support = SupportOf(tx, i.id, ctx.clock.Today());
      row.initiative = std::move(i);
      v.rows.push_back(std::move(row));
    }
    return v;
  });
}

Result<InitiativeRecords> CollectInitiativeRecords(Context& ctx, const Actor& actor, int64_t id) {
  return ReadValue<InitiativeRecords>(ctx.store, [&](Tx& tx) -> Result<InitiativeRecords> {
    auto call = tx.initiatives().FindCall(id);
    if (!call) return Error::NotFound("đợt phát động sáng kiến");
    auto unit = tx.units().Find(call->unit);
    if (!unit || !CanRunInitiativeCalls(actor, unit->path)) return Error::Forbidden();
    InitiativeRecords r{*call, *unit, std::nullopt, {}};
    if (unit->parent) r.parent = tx.units().Find(*unit->parent);
    for (Initiative& i : tx.initiatives().List(id)) {
      if (i.status == InitiativeStatus::kRecognised) r.recognised.push_back(std::move(i));
    }
    if (r.recognised.empty()) {
      return Error::Conflict("Chưa có sáng kiến nào được khen thưởng trong đợt phát động này");
    }
    return r;
  });
}

Result<std::vector<InitiativeCall>> ListStaffCalls(Context& ctx, const Actor& actor) {
  using Calls = std::vector<InitiativeCall>;
  return ReadValue<Calls>(ctx.store, [&](Tx& tx) -> Result<Calls> {
    Calls out;
    for (InitiativeCall& c : tx.initiatives().ListCalls()) {
      if (IsCouncilMember(c, actor.user) || RunsCall(tx, actor, c)) out.push_back(std::move(c));
    }
    return out;
  });
}

Result<std::vector<PublicCallView>> ListPublicCalls(Context& ctx) {
  using Views = std::vector<PublicCallView>;
  return ReadValue<Views>(ctx.store, [&](Tx& tx) -> Result<Views> {
    Views out;
    for (const InitiativeCall& c : tx.initiatives().ListCalls()) {
      out.push_back(PublicView(tx, c, ctx.clock.Today()));
    }
    return out;
  });
}

Result<PublicCallView> ReadPublicCall(Context& ctx, int64_t id) {
  return ReadValue<PublicCallView>(ctx.store, [&](Tx& tx) -> Result<PublicCallView> {
    auto call = tx.initiatives().FindCall(id);
    if (!call) return Error::NotFound("đợt phát động sáng kiến");
    return PublicView(tx, *call, ctx.clock.Today());
  });
}

}  // namespace doithoai
