// Opening a reporting round, re-opening it after the due date, and granting one unit an
// exception to report late (issue 4: "lock after the due date with exceptions granted by the
// coordinator").
#include <algorithm>
#include <set>

#include "app/audit_trail.h"
#include "app/indicator/indicator_json.h"
#include "app/indicator/indicator_loading.h"
#include "domain/indicator/indicator_access.h"

namespace doithoai {

std::vector<UnitId> DefaultUnits(Tx& tx, const LoadedProgramme& lp) {
  std::set<UnitLevel> levels;
  for (const auto& ind : tx.indicators().ListIndicators(lp.programme.id))
    levels.insert(ind.reporting_level);
  std::vector<UnitId> out;
  for (const auto& u : tx.indicators().UnitsWithin(lp.unit.path)) {
    if (levels.contains(u.level)) out.push_back(u.id);
  }
  return out;
}

Result<Round> OpenRound(Context& ctx, const Actor& actor, ProgrammeId programme,
                        const RoundInput& in) {
  Instant now = ctx.clock.Now();
  Date today = now.VietnamDate();
  return WriteValue<Round>(ctx.store, [&](Tx& tx) -> Result<Round> {
    DT_ASSIGN_OR_RETURN(LoadedProgramme lp, LoadProgramme(tx, programme));
    if (!CanManageIndicators(actor, lp.unit.path)) return Error::Forbidden();
    FieldErrors errors;
    Round r;
    r.programme = programme;
    r.period_year = in.period_year;
    r.created_at = now;
    auto opens = Date::Parse(in.opens_on);
    auto due = Date::Parse(in.due_on);
    if (!opens) errors.Add("opens_on", "phải là ngày dạng YYYY-MM-DD");
    if (!due) errors.Add("due_on", "phải là ngày dạng YYYY-MM-DD");
    if (!errors.empty()) return errors.ToError();
    r.opens_on = *opens;
    r.due_on = *due;
    if (in.unit_ids.empty()) {
      r.units = DefaultUnits(tx, lp);
    } else {
      for (size_t i = 0; i < in.unit_ids.size(); ++i) {
        auto u = tx.units().Find(UnitId(in.unit_ids[i]));
        if (!u || !IsWithin(u->path, lp.unit.path)) {
          errors.Add("unit_ids[" + std::to_string(i) + "]",
                     "đơn vị không tồn tại hoặc không thuộc " + lp.unit.name);
        } else {
          r.units.push_back(u->id);
        }
      }
    }
    std::sort(r.units.begin(), r.units.end());
    r.units.erase(std::unique(r.units.begin(), r.units.end()), r.units.end());
    ValidateRound(r, lp.programme, today, errors);
    if (!errors.empty()) return errors.ToError();
    DT_ASSIGN_OR_RETURN(r, tx.indicators().InsertRound(r));
    DT_RETURN_IF_ERROR(Record(tx, now, actor.user, "indicator_round.opened", "indicator_round",
                              r.id.value, nullptr, RoundJson(r)));
    return r;
  });
}

Result<Round> ReopenRound(Context& ctx, const Actor& actor, RoundId round,
                          const std::string& until) {
  Instant now = ctx.clock.Now();
  return WriteValue<Round>(ctx.store, [&](Tx& tx) -> Result<Round> {
    DT_ASSIGN_OR_RETURN(LoadedRound lr, LoadRound(tx, round));
    if (!CanManageIndicators(actor, lr.unit.path)) return Error::Forbidden();
    DT_ASSIGN_OR_RETURN(Date d, ParseDateField("until", until));
    DT_RETURN_IF_ERROR(ValidateReopen(lr.round, d, now.VietnamDate()));
    Round next = lr.round;
    next.reopened_until = d;
    DT_RETURN_IF_ERROR(tx.indicators().UpdateRound(next));
    DT_RETURN_IF_ERROR(Record(tx, now, actor.user, "indicator_round.reopened", "indicator_round",
                              round.value, RoundJson(lr.round), RoundJson(next)));
    return next;
  });
}

Result<RoundException> GrantException(Context& ctx, const Actor& actor, RoundId round,
                                      const ExceptionInput& in) {
  Instant now = ctx.clock.Now();
  return WriteValue<RoundException>(ctx.store, [&](Tx& tx) -> Result<RoundException> {
    DT_ASSIGN_OR_RETURN(LoadedRound lr, LoadRound(tx, round));
    if (!CanManageIndicators(actor, lr.unit.path)) return Error::Forbidden();
    DT_ASSIGN_OR_RETURN(Date until, ParseDateField("until", in.until));
    RoundException e{round, UnitId(in.unit_id), until, in.reason, actor.user, now};
    DT_RETURN_IF_ERROR(ValidateException(lr.round, e, now.VietnamDate()));
    DT_RETURN_IF_ERROR(tx.indicators().SaveException(e));
    DT_RETURN_IF_ERROR(Record(tx, now, actor.user, "indicator_round.exception_granted",
                              "indicator_round", round.value, nullptr, ExceptionJson(e)));
    return e;
  });
}

}  // namespace doithoai
