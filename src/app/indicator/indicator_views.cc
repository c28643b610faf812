// Reading views of indicators: the programme with its indicators and rounds, a round's
// dashboard (completeness per unit and level, each indicator rolled up with its progress and
// history), one indicator rolled up over every unit (the ranked table), and the public
// progress of the indicators marked public. All computed by the pure functions of
// domain/indicator from one read transaction.
#include <algorithm>
#include <set>
#include <unordered_map>

#include "app/indicator/indicator_loading.h"
#include "app/indicator/round_values.h"
#include "domain/indicator/indicator_access.h"

namespace doithoai {

Result<std::pair<std::vector<Unit>, UnitTree>> LoadTree(Tx& tx, const Unit& root) {
  std::vector<Unit> units = tx.indicators().UnitsWithin(root.path);
  std::vector<TreeUnit> nodes;
  nodes.reserve(units.size());
  for (const auto& u : units) nodes.push_back({u.id, u.parent, u.level});
  DT_ASSIGN_OR_RETURN(UnitTree tree, UnitTree::Build(std::move(nodes)));
  return std::pair{std::move(units), std::move(tree)};
}

namespace {

std::vector<Reported> ToReported(const std::vector<IndicatorValue>& values) {
  std::vector<Reported> out;
  out.reserve(values.size());
  for (const auto& v : values) out.push_back({v.unit, v.numerator, v.denominator.value_or(0)});
  return out;
}

// Values are keyed by unit in storage, so a value outside the tree (a unit moved away)
// cannot occur in practice; if it does the value is skipped rather than failing the view.
Aggregate RollUpAt(const UnitTree& tree, size_t root, std::vector<Reported>& values) {
  std::erase_if(values, [&](const Reported& r) { return !tree.IndexOf(r.unit); });
  auto agg = RollUpIndicator(tree, values);
  return agg.ok() ? (*agg)[root] : Aggregate{};
}

// The tasks linked to `indicator`, with their status today and their document's number.
std::vector<IndicatorTask> LinkedTasksOf(Tx& tx, IndicatorId indicator, Date today) {
  std::vector<IndicatorTask> out;
  for (TaskId id : tx.indicators().LinkedTasks(indicator)) {
    auto t = tx.tasks().Find(id);
    if (!t) continue;
    auto doc = tx.documents().Find(t->document);
    TaskStatus status = StatusOf(t->deadline, t->progress, today);
    out.push_back({std::move(*t), status, doc ? doc->number_symbol : std::string()});
  }
  return out;
}

}  // namespace

std::vector<IndicatorSeries> BuildSeries(Tx& tx, const Programme& p, const UnitTree& tree,
                                         size_t root, const std::vector<Indicator>& indicators,
                                         const std::vector<Round>& rounds, const Round& current,
                                         bool public_only) {
  // Per round, the values grouped by indicator: one pass over each round's rows.
  std::map<RoundId, std::unordered_map<IndicatorId, std::vector<Reported>>> by_round;
  for (const auto& r : rounds) {
    auto& groups = by_round[r.id];
    for (const auto& f : tx.indicators().Figures(r.id)) groups[f.indicator].push_back(f.value);
    for (const auto& ind : indicators) {  // figures entered once, for a higher programme
      if (!ind.values_from || (public_only && !ind.is_public)) continue;
      for (const auto& v : ReadThroughValues(tx, r, ind))
        groups[ind.id].push_back({v.unit, v.numerator, v.denominator.value_or(0)});
    }
  }
  std::vector<IndicatorSeries> out;
  for (const auto& ind : indicators) {
    if (public_only && !ind.is_public) continue;
    IndicatorSeries s;
    s.indicator = ind;
    for (auto it = rounds.rbegin(); it != rounds.rend(); ++it) {  // oldest period first
      Aggregate a = RollUpAt(tree, root, by_round[it->id][ind.id]);
      auto value = AggregateValue(ind, a);
      if (value) s.history.push_back({it->period_year, *value});
      if (it->id == current.id) {
        s.aggregate = a;
        s.value = value;
      }
    }
    s.progress = ComputeProgress(ind, current.period_year, s.value);
    if (s.value) s.trajectory = NeededTrajectory(ind, current.period_year, *s.value);
    out.push_back(std::move(s));
  }
  return out;
}

std::vector<Programme> ListProgrammes(Context& ctx, const Actor& actor) {
  std::vector<Programme> out;
  (void)ctx.store.Read([&](Tx& tx) -> Status {
    for (auto& p : tx.indicators().ListProgrammes()) {
      auto u = tx.units().Find(p.unit);
      if (u && CanViewIndicators(actor, u->path)) out.push_back(std::move(p));
    }
    return Ok();
  });
  return out;
}

Result<ProgrammeView> GetProgramme(Context& ctx, const Actor& actor, ProgrammeId id) {
  Date today = ctx.clock.Today();
  return ReadValue<ProgrammeView>(ctx.store, [&](Tx& tx) -> Result<ProgrammeView> {
    DT_ASSIGN_OR_RETURN(LoadedProgramme lp, LoadProgramme(tx, id));
    if (!CanViewIndicators(actor, lp.unit.path)) return Error::NotFound("chương trình chỉ tiêu");
    ProgrammeView v{
        lp.programme, lp.unit, tx.indicators().ListIndicators(id), tx.indicators().ListRounds(id),
        {},           {}};
    for (const auto& ind : v.indicators) {
      v.tasks[ind.id] = LinkedTasksOf(tx, ind.id, today);
      if (ind.adopted_from) {
        if (auto n = tx.indicators().FindIndicator(*ind.adopted_from)) v.adopted[ind.id] = *n;
      }
    }
    return v;
  });
}

Result<RoundDashboardView> RoundDashboard(Context& ctx, const Actor& actor, RoundId round) {
  Date today = ctx.clock.Today();
  return ReadValue<RoundDashboardView>(ctx.store, [&](Tx& tx) -> Result<RoundDashboardView> {
    DT_ASSIGN_OR_RETURN(LoadedRound lr, LoadRound(tx, round));
    if (!CanViewIndicators(actor, lr.unit.path)) return Error::NotFound("kỳ báo cáo");
    RoundDashboardView d;
    d.programme = lr.programme;
    d.round = lr.round;
    d.phase = PhaseOn(lr.round, today);
    d.exceptions = tx.indicators().Exceptions(round);
    DT_ASSIGN_OR_RETURN(auto loaded, LoadTree(tx, lr.unit));
    auto& [units, tree] = loaded;
    auto indicators = tx.indicators().ListIndicators(lr.programme.id);
    auto entered = tx.indicators().Entered(round);
    for (const auto& ind : indicators) {
      if (!ind.values_from) continue;
      for (const auto& v : ReadThroughValues(tx, lr.round, ind))
        entered.push_back({v.unit, v.indicator, v.entered_on});
    }
    auto c = ComputeCompleteness(tree, lr.round.units, indicators, entered, lr.round.due_on);
    d.by_level = c.by_level;
    for (size_t i = 0; i < units.size(); ++i) {
      // Units that expect nothing and have nothing below that does are left out.
      if (c.subtree[i].expected == 0 && units[i].id != lr.unit.id) continue;
      d.units.push_back({units[i], c.own[i], c.subtree[i]});
    }
    size_t root = *tree.IndexOf(lr.unit.id);
    d.indicators = BuildSeries(tx, lr.programme, tree, root, indicators,
                               tx.indicators().ListRounds(lr.programme.id), lr.round, false);
    return d;
  });
}

Result<RollUpView> IndicatorRollUpView(Context& ctx, const Actor& actor, RoundId round,
                                       IndicatorId indicator) {
  return ReadValue<RollUpView>(ctx.store, [&](Tx& tx) -> Result<RollUpView> {
    DT_ASSIGN_OR_RETURN(LoadedRound lr, LoadRound(tx, round));
    if (!CanViewIndicators(actor, lr.unit.path)) return Error::NotFound("kỳ báo cáo");
    auto ind = tx.indicators().FindIndicator(indicator);
    if (!ind || ind->programme != lr.programme.id) return Error::NotFound("chỉ tiêu");
    DT_ASSIGN_OR_RETURN(auto loaded, LoadTree(tx, lr.unit));
    auto& [units, tree] = loaded;
    auto values = ind->values_from ? ReadThroughValues(tx, lr.round, *ind)
                                   : tx.indicators().ValuesOf(round, indicator);
    DT_ASSIGN_OR_RETURN(auto agg, RollUpIndicator(tree, ToReported(values)));
    RollUpView v{*ind, lr.round, {}};
    std::unordered_map<UnitId, const IndicatorValue*> own;
    for (const auto& x : values) own[x.unit] = &x;
    for (size_t i = 0; i < units.size(); ++i) {
      UnitValue u{units[i], agg[i], AggregateValue(*ind, agg[i]), std::nullopt};
      if (auto it = own.find(units[i].id); it != own.end()) u.own = *it->second;
      v.units.push_back(std::move(u));
    }
    return v;
  });
}

Result<std::vector<PublicProgramme>> PublicIndicators(Context& ctx) {
  return ReadValue<std::vector<PublicProgramme>>(
      ctx.store, [&](Tx& tx) -> Result<std::vector<PublicProgramme>> {
        std::vector<PublicProgramme> out;
        for (const auto& p : tx.indicators().ListProgrammes()) {
          auto indicators = tx.indicators().ListIndicators(p.id);
          if (std::none_of(indicators.begin(), indicators.end(),
                           [](const Indicator& i) { return i.is_public; }))
            continue;
          auto rounds = tx.indicators().ListRounds(p.id);
          auto unit = tx.units().Find(p.unit);
          if (rounds.empty() || !unit) continue;
          DT_ASSIGN_OR_RETURN(auto loaded, LoadTree(tx, *unit));
          auto& [units, tree] = loaded;
          size_t root = *tree.IndexOf(unit->id);
          out.push_back({p, unit->name,
                         BuildSeries(tx, p, tree, root, indicators, rounds, rounds.front(), true)});
        }
        return out;
      });
}

Result<RoundSheet> RoundSheetFor(Context& ctx, const Actor& actor, RoundId round) {
  return ReadValue<RoundSheet>(ctx.store, [&](Tx& tx) -> Result<RoundSheet> {
    DT_ASSIGN_OR_RETURN(LoadedRound lr, LoadRound(tx, round));
    if (!CanViewIndicators(actor, lr.unit.path)) return Error::NotFound("kỳ báo cáo");
    RoundSheet s{lr.programme, lr.round, tx.indicators().ListIndicators(lr.programme.id), {}, {}};
    for (const auto& u : tx.indicators().UnitsWithin(lr.unit.path)) {
      if (std::binary_search(lr.round.units.begin(), lr.round.units.end(), u.id) &&
          CanReportFor(actor, u.path)) {
        s.units.push_back(u);
      }
    }
    std::sort(s.units.begin(), s.units.end(),
              [](const Unit& a, const Unit& b) { return a.code < b.code; });
    // An indicator that reads a higher programme's values is entered there, not here.
    std::erase_if(s.indicators, [](const Indicator& i) { return i.values_from.has_value(); });
    s.values = tx.indicators().Values(round);
    return s;
  });
}

Result<RoundReport> RoundReportFor(Context& ctx, const Actor& actor, RoundId round) {
  DT_ASSIGN_OR_RETURN(RoundDashboardView d, RoundDashboard(ctx, actor, round));
  Date today = ctx.clock.Today();
  return ReadValue<RoundReport>(ctx.store, [&](Tx& tx) -> Result<RoundReport> {
    auto unit = tx.units().Find(d.programme.unit);
    if (!unit) return Error::NotFound("đơn vị");
    RoundReport r{d, *unit, {}};
    std::set<TaskId> seen;
    for (const auto& s : d.indicators) {
      for (const auto& t : LinkedTasksOf(tx, s.indicator.id, today)) {
        if (!seen.insert(t.task.id).second) continue;
        r.tasks.push_back(
            {t.task.id, t.task.content, t.task.lead.name, t.task.deadline.text, t.status});
      }
    }
    return r;
  });
}

}  // namespace doithoai
