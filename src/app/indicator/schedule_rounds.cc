// Yearly reporting rounds opened on their programme's schedule and the notices to the units
// that report in them (issue 13: "reporting rounds recur every year from the programme,
// opened automatically, with reminders sent"). Run by the server's timer job with the task
// reminders (cli/reminder_job.cc), by `doithoai remind` and POST /api/reminders/run; opening
// is idempotent per (programme, period) and each notice per (round, unit, kind).
#include <map>
#include <set>

#include "app/audit_trail.h"
#include "app/indicator/indicator_json.h"
#include "app/indicator/indicator_loading.h"
#include "app/indicator/round_values.h"
#include "domain/indicator/round_schedule.h"

namespace doithoai {
namespace {

Result<int64_t> OpenDueRounds(Tx& tx, Instant now) {
  Date today = now.VietnamDate();
  int64_t opened = 0;
  for (const auto& p : tx.indicators().ListProgrammes()) {
    std::vector<int> periods;
    for (const auto& r : tx.indicators().ListRounds(p.id)) periods.push_back(r.period_year);
    auto period = PeriodToOpen(p, p.schedule, periods, today);
    if (!period) continue;
    DT_ASSIGN_OR_RETURN(LoadedProgramme lp, LoadProgramme(tx, p.id));
    Round r = ScheduledRound(p.schedule, p.id, *period);
    r.units = DefaultUnits(tx, lp);
    r.created_at = now;
    if (r.units.empty()) continue;  // no indicator yet: nobody to ask
    DT_ASSIGN_OR_RETURN(r, tx.indicators().InsertRound(r));
    DT_RETURN_IF_ERROR(Record(tx, now, std::nullopt, "indicator_round.opened", "indicator_round",
                              r.id.value, nullptr, RoundJson(r)));
    ++opened;
  }
  return opened;
}

std::string NoticeSubject(RoundNotice n, const Round& r) {
  std::string year = std::to_string(r.period_year);
  switch (n) {
    case RoundNotice::kOpened:
      return "[doithoai] Mở kỳ báo cáo chỉ tiêu năm " + year + " (hạn " + r.due_on.ToVietnamese() +
             ")";
    case RoundNotice::kDueSoon:
      return "[doithoai] Sắp đến hạn báo cáo chỉ tiêu năm " + year + " (" +
             r.due_on.ToVietnamese() + ")";
    case RoundNotice::kLate:
      return "[doithoai] Quá hạn báo cáo chỉ tiêu năm " + year + " (hạn " +
             r.due_on.ToVietnamese() + "): báo cáo muộn vẫn được nhận";
  }
  return "[doithoai] Kỳ báo cáo chỉ tiêu";
}

// Notices to the units of every round still taking entries that have not reported every
// indicator expected of them.
Result<int64_t> SendRoundNotices(Tx& tx, Instant now) {
  Date today = now.VietnamDate();
  int64_t notices = 0;
  for (const auto& p : tx.indicators().ListProgrammes()) {
    auto indicators = tx.indicators().ListIndicators(p.id);
    std::map<UnitLevel, int> expected;
    for (const auto& ind : indicators) expected[ind.reporting_level]++;
    for (const auto& r : tx.indicators().ListRounds(p.id)) {
      RoundPhase phase = PhaseOn(r, today);
      if (phase != RoundPhase::kOpen && phase != RoundPhase::kDueSoon &&
          phase != RoundPhase::kLate) {
        continue;
      }
      std::map<UnitId, std::set<IndicatorId>> reported;
      for (const auto& e : tx.indicators().Entered(r.id)) reported[e.unit].insert(e.indicator);
      for (const auto& ind : indicators) {
        for (const auto& v : ReadThroughValues(tx, r, ind)) reported[v.unit].insert(v.indicator);
      }
      for (UnitId u : r.units) {
        auto unit = tx.units().Find(u);
        if (!unit) continue;
        bool complete = static_cast<int>(reported[u].size()) >= expected[unit->level];
        auto notice = RoundNoticeFor(r, complete, today);
        if (!notice) continue;
        std::string key = RoundNoticeKey(r.id, u, *notice);
        std::string body = p.title + " — " + unit->name + ": " +
                           std::to_string(reported[u].size()) + "/" +
                           std::to_string(expected[unit->level]) + " chỉ tiêu đã báo cáo.";
        // To the unit's leaders and coordinators (domain/mail/recipients.h); the outbox keeps
        // one mail per key, so a repeat run queues nothing new.
        DT_RETURN_IF_ERROR(
            tx.notifications().QueueMail({0,
                                          "unit:" + std::to_string(u.value) + ":leaders",
                                          NoticeSubject(*notice, r),
                                          std::move(body),
                                          key,
                                          now,
                                          {}}));
        ++notices;
      }
    }
  }
  return notices;
}

}  // namespace

Result<RoundsScheduled> RunRoundSchedule(Context& ctx) {
  Instant now = ctx.clock.Now();
  return WriteValue<RoundsScheduled>(ctx.store, [&](Tx& tx) -> Result<RoundsScheduled> {
    RoundsScheduled out;
    DT_ASSIGN_OR_RETURN(out.opened, OpenDueRounds(tx, now));
    DT_ASSIGN_OR_RETURN(out.notices, SendRoundNotices(tx, now));
    return out;
  });
}

}  // namespace doithoai
