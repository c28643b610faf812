// Defining a programme (Appendix I) and its indicators; linking and unlinking Appendix II
// tasks.
#include <algorithm>

#include "app/audit_trail.h"
#include "app/indicator/indicator_json.h"
#include "app/indicator/indicator_loading.h"
#include "domain/indicator/indicator_access.h"
#include "domain/indicator/round_schedule.h"
#include "domain/indicator/shared_values.h"
#include "domain/unit/unit.h"

namespace doithoai {

Result<Programme> DefineProgramme(Context& ctx, const Actor& actor, const ProgrammeInput& in) {
  Instant now = ctx.clock.Now();
  return WriteValue<Programme>(ctx.store, [&](Tx& tx) -> Result<Programme> {
    auto unit = tx.units().Find(UnitId(in.unit_id));
    if (!unit) return Error::Invalid("unit_id", "đơn vị không tồn tại");
    if (!CanManageIndicators(actor, unit->path)) return Error::Forbidden();
    Programme p;
    p.unit = unit->id;
    p.title = in.title;
    p.basis = in.basis;
    p.start_year = in.start_year;
    p.end_year = in.end_year;
    p.created_at = now;
    FieldErrors errors;
    ValidateProgramme(p, errors);
    if (in.round_opens_on || in.round_due_on) {
      auto opens = ParseMonthDay(in.round_opens_on.value_or(""));
      auto due = ParseMonthDay(in.round_due_on.value_or(""));
      if (!opens) errors.Add("round_schedule.opens_on", "phải là ngày dạng MM-DD có thật");
      if (!due) errors.Add("round_schedule.due_on", "phải là ngày dạng MM-DD có thật");
      if (opens && due) {
        p.schedule = {opens->first, opens->second, due->first, due->second};
        ValidateSchedule(p.schedule, errors);
      }
    }
    if (in.adopts_id) {
      auto parent = tx.indicators().FindProgramme(ProgrammeId(*in.adopts_id));
      auto parent_unit = parent ? tx.units().Find(parent->unit) : std::nullopt;
      if (!parent_unit) {
        errors.Add("adopts_id", "chương trình không tồn tại");
      } else if (parent_unit->id == unit->id || !IsWithin(unit->path, parent_unit->path)) {
        errors.Add("adopts_id", "chỉ tiếp nhận chương trình của cấp trên");
      } else {
        p.adopts = parent->id;
      }
    }
    if (!errors.empty()) return errors.ToError();
    DT_ASSIGN_OR_RETURN(p, tx.indicators().InsertProgramme(p));
    DT_RETURN_IF_ERROR(Record(tx, now, actor.user, "indicator_programme.defined",
                              "indicator_programme", p.id.value, nullptr, ProgrammeJson(p)));
    return p;
  });
}

namespace {

// The indicator `in` describes in the programme of `lp`, checked; every field error at once.
Result<Indicator> BuildIndicator(Tx& tx, const LoadedProgramme& lp, const IndicatorInput& in) {
  FieldErrors errors;
  Indicator ind;
  ind.programme = lp.programme.id;
  ind.code = in.code;
  ind.name = in.name;
  ind.group = in.group;
  ind.measure = in.measure;
  auto kind = ParseIndicatorKind(in.kind);
  if (!kind) errors.Add("kind", "phải là count hoặc ratio");
  ind.kind = kind.value_or(IndicatorKind::kRatio);
  auto direction = ParseDirection(in.direction);
  if (!direction) errors.Add("direction", "phải là at_least, at_most hoặc equal");
  ind.direction = direction.value_or(Direction::kAtLeast);
  auto level = ParseUnitLevel(in.reporting_level);
  if (!level || *level == UnitLevel::kNation || *level < lp.unit.level) {
    errors.Add("reporting_level", "phải là cấp của đơn vị hoặc cấp dưới (province, commune)");
  }
  ind.reporting_level = level.value_or(UnitLevel::kCommune);
  ind.baseline_year = in.baseline_year;
  ind.baseline_value = in.baseline_value;
  ind.targets = in.targets;
  std::sort(ind.targets.begin(), ind.targets.end(),
            [](const YearTarget& a, const YearTarget& b) { return a.year < b.year; });
  ind.is_public = in.is_public;
  if (in.responsible_agency_id) {
    auto agency = tx.agencies().Find(AgencyId(*in.responsible_agency_id));
    if (!agency)
      errors.Add("responsible_agency_id", "cơ quan không tồn tại");
    else
      ind.responsible = agency->id;
  }
  if (in.adopted_from_id) {
    auto national = tx.indicators().FindIndicator(IndicatorId(*in.adopted_from_id));
    if (!national || !lp.programme.adopts || national->programme != *lp.programme.adopts) {
      errors.Add("adopted_from_id", "phải là chỉ tiêu của chương trình cấp trên được tiếp nhận");
    } else {
      ind.adopted_from = national->id;
    }
  }
  ValidateIndicator(ind, lp.programme, "", errors);
  if (in.values_from_id) {
    auto source = tx.indicators().FindIndicator(IndicatorId(*in.values_from_id));
    auto source_programme =
        source ? tx.indicators().FindProgramme(source->programme) : std::nullopt;
    auto source_unit = source_programme ? tx.units().Find(source_programme->unit) : std::nullopt;
    if (!source_unit) {
      errors.Add("values_from_id", "chỉ tiêu không tồn tại");
    } else {
      ValidateValuesFrom(ind, lp.unit.path, *source, source_unit->path, errors);
      ind.values_from = source->id;
    }
  }
  if (!errors.empty()) return errors.ToError();
  return ind;
}

}  // namespace

Result<Indicator> AddIndicator(Context& ctx, const Actor& actor, ProgrammeId programme,
                               const IndicatorInput& in) {
  Instant now = ctx.clock.Now();
  return WriteValue<Indicator>(ctx.store, [&](Tx& tx) -> Result<Indicator> {
    DT_ASSIGN_OR_RETURN(LoadedProgramme lp, LoadProgramme(tx, programme));
    if (!CanManageIndicators(actor, lp.unit.path)) return Error::Forbidden();
    DT_ASSIGN_OR_RETURN(Indicator ind, BuildIndicator(tx, lp, in));
    ind.position = static_cast<int>(tx.indicators().ListIndicators(programme).size()) + 1;
    DT_ASSIGN_OR_RETURN(ind, tx.indicators().InsertIndicator(ind));
    DT_RETURN_IF_ERROR(Record(tx, now, actor.user, "indicator.defined", "indicator", ind.id.value,
                              nullptr, IndicatorJson(ind)));
    return ind;
  });
}

Result<Indicator> EditIndicator(Context& ctx, const Actor& actor, IndicatorId id,
                                const IndicatorInput& in) {
  Instant now = ctx.clock.Now();
  return WriteValue<Indicator>(ctx.store, [&](Tx& tx) -> Result<Indicator> {
    auto before = tx.indicators().FindIndicator(id);
    if (!before) return Error::NotFound("chỉ tiêu");
    DT_ASSIGN_OR_RETURN(LoadedProgramme lp, LoadProgramme(tx, before->programme));
    if (!CanManageIndicators(actor, lp.unit.path)) return Error::Forbidden();
    DT_ASSIGN_OR_RETURN(Indicator ind, BuildIndicator(tx, lp, in));
    ind.id = id;
    ind.position = before->position;
    DT_RETURN_IF_ERROR(tx.indicators().UpdateIndicator(ind));
    DT_RETURN_IF_ERROR(Record(tx, now, actor.user, "indicator.edited", "indicator", id.value,
                              IndicatorJson(*before), IndicatorJson(ind)));
    return ind;
  });
}

namespace {

// The indicator and its programme, once the actor may manage them.
Result<LoadedProgramme> ManagedProgrammeOf(Tx& tx, const Actor& actor, IndicatorId indicator) {
  auto ind = tx.indicators().FindIndicator(indicator);
  if (!ind) return Error::NotFound("chỉ tiêu");
  DT_ASSIGN_OR_RETURN(LoadedProgramme lp, LoadProgramme(tx, ind->programme));
  if (!CanManageIndicators(actor, lp.unit.path)) return Error::Forbidden();
  return lp;
}

bool IsLinked(Tx& tx, IndicatorId indicator, TaskId task) {
  auto linked = tx.indicators().LinkedTasks(indicator);
  return std::find(linked.begin(), linked.end(), task) != linked.end();
}

}  // namespace

Status LinkIndicatorTask(Context& ctx, const Actor& actor, IndicatorId indicator, TaskId task) {
  Instant now = ctx.clock.Now();
  return ctx.store.Write([&](Tx& tx) -> Status {
    DT_ASSIGN_OR_RETURN(LoadedProgramme lp, ManagedProgrammeOf(tx, actor, indicator));
    auto t = tx.tasks().Find(task);
    if (!t) return Error::Invalid("task_id", "nhiệm vụ không tồn tại");
    // A programme's Appendix II tasks are those of its unit and the units below it.
    if (!IsWithin(t->unit_path, lp.unit.path))
      return Error::Invalid("task_id", "nhiệm vụ không thuộc " + lp.unit.name + " hoặc cấp dưới");
    if (IsLinked(tx, indicator, task))
      return Error::Invalid("task_id", "nhiệm vụ đã được liên kết với chỉ tiêu này");
    DT_RETURN_IF_ERROR(tx.indicators().LinkTask(indicator, task));
    return Record(tx, now, actor.user, "indicator.task_linked", "indicator", indicator.value,
                  nullptr, {{"task_id", task.value}});
  });
}

Status UnlinkIndicatorTask(Context& ctx, const Actor& actor, IndicatorId indicator, TaskId task) {
  Instant now = ctx.clock.Now();
  return ctx.store.Write([&](Tx& tx) -> Status {
    if (auto lp = ManagedProgrammeOf(tx, actor, indicator); !lp.ok()) return lp.error();
    DT_RETURN_IF_ERROR(tx.indicators().UnlinkTask(indicator, task));
    return Record(tx, now, actor.user, "indicator.task_unlinked", "indicator", indicator.value,
                  {{"task_id", task.value}}, nullptr);
  });
}

}  // namespace doithoai
