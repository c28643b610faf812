// Programmes, indicators and their targets, rounds, exceptions and values on SQLite.
#include "storage/sqlite/indicator_repositories.h"

#include <algorithm>
#include <unordered_map>

#include "storage/sqlite/indicator_queries.h"
#include "storage/sqlite/rows.h"
#include "storage/sqlite/sqlite_tx.h"

namespace doithoai::storage::sqlite {
namespace {

std::optional<double> OptReal(const Statement& s, int col) {
  return s.IsNull(col) ? std::nullopt : std::optional<double>(s.Real(col));
}

Programme ReadProgramme(const Statement& s) {
  Programme p;
  p.id = ProgrammeId(s.Int(0));
  p.unit = UnitId(s.Int(1));
  p.title = s.Text(2);
  p.basis = s.Text(3);
  p.start_year = static_cast<int>(s.Int(4));
  p.end_year = static_cast<int>(s.Int(5));
  p.adopts = IdOf<ProgrammeId>(s, 6);
  p.created_at = {s.Int(7)};
  p.schedule = {static_cast<unsigned>(s.Int(8)), static_cast<unsigned>(s.Int(9)),
                static_cast<unsigned>(s.Int(10)), static_cast<unsigned>(s.Int(11))};
  return p;
}

Indicator ReadIndicator(const Statement& s) {
  Indicator i;
  i.id = IndicatorId(s.Int(0));
  i.programme = ProgrammeId(s.Int(1));
  i.code = s.Text(2);
  i.name = s.Text(3);
  i.group = s.Text(4);
  i.measure = s.Text(5);
  i.kind = ParseIndicatorKind(s.Text(6)).value_or(IndicatorKind::kRatio);
  i.direction = ParseDirection(s.Text(7)).value_or(Direction::kAtLeast);
  i.baseline_year = static_cast<int>(s.Int(8));
  i.baseline_value = OptReal(s, 9);
  i.responsible = IdOf<AgencyId>(s, 10);
  i.reporting_level = static_cast<UnitLevel>(s.Int(11));
  i.is_public = s.Int(12) != 0;
  i.adopted_from = IdOf<IndicatorId>(s, 13);
  i.position = static_cast<int>(s.Int(14));
  i.values_from = IdOf<IndicatorId>(s, 15);
  return i;
}

void BindIndicator(Statement& s, const Indicator& i) {
  s.Bind(i.programme.value)
      .Bind(i.code)
      .Bind(i.name)
      .Bind(i.group)
      .Bind(i.measure)
      .Bind(IndicatorKindName(i.kind))
      .Bind(DirectionName(i.direction))
      .Bind(i.baseline_year)
      .Bind(i.baseline_value)
      .Bind(ValueOf(i.responsible))
      .Bind(static_cast<int>(i.reporting_level))
      .Bind(i.is_public)
      .Bind(ValueOf(i.adopted_from))
      .Bind(i.position)
      .Bind(ValueOf(i.values_from));
}

Round ReadRound(const Statement& s) {
  Round r;
  r.id = RoundId(s.Int(0));
  r.programme = ProgrammeId(s.Int(1));
  r.period_year = static_cast<int>(s.Int(2));
  r.opens_on = Date::Parse(s.Text(3)).value_or(Date());
  r.due_on = Date::Parse(s.Text(4)).value_or(Date());
  r.reopened_until = OptDate(s, 5);
  r.created_at = {s.Int(6)};
  return r;
}

IndicatorValue ReadValue(const Statement& s) {
  IndicatorValue v;
  v.round = RoundId(s.Int(0));
  v.indicator = IndicatorId(s.Int(1));
  v.unit = UnitId(s.Int(2));
  v.numerator = s.Real(3);
  v.denominator = OptReal(s, 4);
  v.comment = s.Text(5);
  v.entered_by = IdOf<UserId>(s, 6);
  v.entered_at = {s.Int(7)};
  v.entered_on = Date::Parse(s.Text(8)).value_or(Date());
  return v;
}

}  // namespace

Result<Programme> SqliteIndicators::InsertProgramme(Programme p) {
  auto s = c_.Prepare(sql::kInsertProgramme);
  s.Bind(p.unit.value)
      .Bind(p.title)
      .Bind(p.basis)
      .Bind(p.start_year)
      .Bind(p.end_year)
      .Bind(ValueOf(p.adopts))
      .Bind(p.created_at.unix_seconds)
      .Bind(static_cast<int64_t>(p.schedule.opens_month))
      .Bind(static_cast<int64_t>(p.schedule.opens_day))
      .Bind(static_cast<int64_t>(p.schedule.due_month))
      .Bind(static_cast<int64_t>(p.schedule.due_day));
  DT_ASSIGN_OR_RETURN(int64_t id, InsertReturningId(s, "unit_id"));
  p.id = ProgrammeId(id);
  return p;
}

std::optional<Programme> SqliteIndicators::FindProgramme(ProgrammeId id) {
  auto s = c_.Prepare(sql::kFindProgramme);
  s.Bind(id.value);
  if (!s.Next()) return std::nullopt;
  return ReadProgramme(s);
}

std::vector<Programme> SqliteIndicators::ListProgrammes() {
  auto s = c_.Prepare(sql::kListProgrammes);
  std::vector<Programme> out;
  while (s.Next()) out.push_back(ReadProgramme(s));
  return out;
}

Status SqliteIndicators::SaveTargets(const Indicator& ind) {
  {
    auto d = c_.Prepare(sql::kDeleteTargets);
    d.Bind(ind.id.value);
    DT_RETURN_IF_ERROR(CheckRun(d.Run(), "targets", "chỉ tiêu theo năm"));
  }
  for (const auto& t : ind.targets) {
    auto s = c_.Prepare(sql::kInsertTarget);
    s.Bind(ind.id.value).Bind(t.year).Bind(t.value);
    DT_RETURN_IF_ERROR(CheckRun(s.Run(), "targets", "chỉ tiêu theo năm"));
  }
  return Ok();
}

Result<Indicator> SqliteIndicators::InsertIndicator(Indicator ind) {
  auto s = c_.Prepare(sql::kInsertIndicator);
  BindIndicator(s, ind);
  DT_ASSIGN_OR_RETURN(int64_t id, InsertReturningId(s, "code"));
  ind.id = IndicatorId(id);
  DT_RETURN_IF_ERROR(SaveTargets(ind));
  return ind;
}

Status SqliteIndicators::UpdateIndicator(const Indicator& ind) {
  {
    auto s = c_.Prepare(sql::kUpdateIndicator);
    BindIndicator(s, ind);
    s.Bind(ind.id.value);
    DT_RETURN_IF_ERROR(CheckUpdated(c_, s.Run(), "code", "chỉ tiêu"));
  }
  return SaveTargets(ind);
}

std::optional<Indicator> SqliteIndicators::FindIndicator(IndicatorId id) {
  std::optional<Indicator> out;
  {
    auto s = c_.Prepare(sql::kFindIndicator);
    s.Bind(id.value);
    if (!s.Next()) return std::nullopt;
    out = ReadIndicator(s);
  }
  auto t = c_.Prepare(sql::kTargetsOf);
  t.Bind(id.value);
  while (t.Next()) out->targets.push_back({static_cast<int>(t.Int(0)), t.Real(1)});
  return out;
}

std::vector<Indicator> SqliteIndicators::ListIndicators(ProgrammeId programme) {
  std::vector<Indicator> out;
  std::unordered_map<IndicatorId, size_t> at;
  {
    auto s = c_.Prepare(sql::kListIndicators);
    s.Bind(programme.value);
    while (s.Next()) {
      out.push_back(ReadIndicator(s));
      at[out.back().id] = out.size() - 1;
    }
  }
  auto t = c_.Prepare(sql::kTargetsOfProgramme);
  t.Bind(programme.value);
  while (t.Next()) {
    auto it = at.find(IndicatorId(t.Int(0)));
    if (it != at.end()) out[it->second].targets.push_back({static_cast<int>(t.Int(1)), t.Real(2)});
  }
  return out;
}

Result<Round> SqliteIndicators::InsertRound(Round r) {
  auto s = c_.Prepare(sql::kInsertRound);
  s.Bind(r.programme.value)
      .Bind(r.period_year)
      .Bind(r.opens_on.ToIso())
      .Bind(r.due_on.ToIso())
      .Bind(IsoOf(r.reopened_until))
      .Bind(r.created_at.unix_seconds);
  DT_ASSIGN_OR_RETURN(int64_t id, InsertReturningId(s, "period_year"));
  r.id = RoundId(id);
  std::sort(r.units.begin(), r.units.end());
  r.units.erase(std::unique(r.units.begin(), r.units.end()), r.units.end());
  for (UnitId u : r.units) {
    auto iu = c_.Prepare(sql::kInsertRoundUnit);
    iu.Bind(r.id.value).Bind(u.value);
    DT_RETURN_IF_ERROR(CheckRun(iu.Run(), "unit_ids", "đơn vị báo cáo"));
  }
  return r;
}

Status SqliteIndicators::UpdateRound(const Round& r) {
  auto s = c_.Prepare(sql::kUpdateRound);
  s.Bind(IsoOf(r.reopened_until)).Bind(r.id.value);
  return CheckUpdated(c_, s.Run(), "round_id", "kỳ báo cáo");
}

void SqliteIndicators::LoadRoundUnits(Round& r) {
  auto s = c_.Prepare(sql::kRoundUnits);
  s.Bind(r.id.value);
  while (s.Next()) r.units.push_back(UnitId(s.Int(0)));
}

std::optional<Round> SqliteIndicators::FindRound(RoundId id) {
  std::optional<Round> out;
  {
    auto s = c_.Prepare(sql::kFindRound);
    s.Bind(id.value);
    if (!s.Next()) return std::nullopt;
    out = ReadRound(s);
  }
  LoadRoundUnits(*out);
  return out;
}

std::vector<Round> SqliteIndicators::ListRounds(ProgrammeId programme) {
  std::vector<Round> out;
  {
    auto s = c_.Prepare(sql::kListRounds);
    s.Bind(programme.value);
    while (s.Next()) out.push_back(ReadRound(s));
  }
  for (auto& r : out) LoadRoundUnits(r);
  return out;
}

Status SqliteIndicators::SaveException(const RoundException& e) {
  auto s = c_.Prepare(sql::kSaveException);
  s.Bind(e.round.value)
      .Bind(e.unit.value)
      .Bind(e.until.ToIso())
      .Bind(e.reason)
      .Bind(ValueOf(e.granted_by))
      .Bind(e.granted_at.unix_seconds);
  return CheckRun(s.Run(), "unit_id", "ngoại lệ báo cáo muộn");
}

std::vector<RoundException> SqliteIndicators::Exceptions(RoundId round) {
  auto s = c_.Prepare(sql::kExceptions);
  s.Bind(round.value);
  std::vector<RoundException> out;
  while (s.Next()) {
    RoundException e;
    e.round = RoundId(s.Int(0));
    e.unit = UnitId(s.Int(1));
    e.until = Date::Parse(s.Text(2)).value_or(Date());
    e.reason = s.Text(3);
    e.granted_by = IdOf<UserId>(s, 4);
    e.granted_at = {s.Int(5)};
    out.push_back(std::move(e));
  }
  return out;
}

Status SqliteIndicators::SaveValue(const IndicatorValue& v) {
  auto s = c_.Prepare(sql::kSaveValue);
  s.Bind(v.round.value)
      .Bind(v.indicator.value)
      .Bind(v.unit.value)
      .Bind(v.numerator)
      .Bind(v.denominator)
      .Bind(v.comment)
      .Bind(ValueOf(v.entered_by))
      .Bind(v.entered_at.unix_seconds)
      .Bind(v.entered_on.ToIso());
  return CheckRun(s.Run(), "values", "số liệu chỉ tiêu");
}

std::vector<IndicatorValue> SqliteIndicators::Values(RoundId round) {
  auto s = c_.Prepare(sql::kValuesOfRound);
  s.Bind(round.value);
  std::vector<IndicatorValue> out;
  while (s.Next()) out.push_back(ReadValue(s));
  return out;
}

std::vector<IndicatorValue> SqliteIndicators::ValuesOf(RoundId round, IndicatorId indicator) {
  auto s = c_.Prepare(sql::kValuesOfIndicator);
  s.Bind(round.value).Bind(indicator.value);
  std::vector<IndicatorValue> out;
  while (s.Next()) out.push_back(ReadValue(s));
  return out;
}

std::vector<EnteredReport> SqliteIndicators::Entered(RoundId round) {
  auto s = c_.Prepare(sql::kEnteredOfRound);
  s.Bind(round.value);
  std::vector<EnteredReport> out;
  while (s.Next()) {
    out.push_back(
        {UnitId(s.Int(0)), IndicatorId(s.Int(1)), Date::Parse(s.Text(2)).value_or(Date())});
  }
  return out;
}

std::vector<RoundFigure> SqliteIndicators::Figures(RoundId round) {
  auto s = c_.Prepare(sql::kFiguresOfRound);
  s.Bind(round.value);
  std::vector<RoundFigure> out;
  while (s.Next()) out.push_back({IndicatorId(s.Int(0)), {UnitId(s.Int(1)), s.Real(2), s.Real(3)}});
  return out;
}

Status SqliteIndicators::LinkTask(IndicatorId indicator, TaskId task) {
  auto s = c_.Prepare(sql::kLinkTask);
  s.Bind(indicator.value).Bind(task.value);
  return CheckRun(s.Run(), "task_id", "liên kết nhiệm vụ");
}

Status SqliteIndicators::UnlinkTask(IndicatorId indicator, TaskId task) {
  auto s = c_.Prepare(sql::kUnlinkTask);
  s.Bind(indicator.value).Bind(task.value);
  DT_RETURN_IF_ERROR(CheckRun(s.Run(), "task_id", "liên kết nhiệm vụ"));
  if (c_.Changes() == 0) return Error::NotFound("liên kết nhiệm vụ");
  return Ok();
}

std::vector<TaskId> SqliteIndicators::LinkedTasks(IndicatorId indicator) {
  auto s = c_.Prepare(sql::kLinkedTasks);
  s.Bind(indicator.value);
  std::vector<TaskId> out;
  while (s.Next()) out.push_back(TaskId(s.Int(0)));
  return out;
}

std::vector<Unit> SqliteIndicators::UnitsWithin(std::string_view path) {
  std::string upper(path);
  if (!upper.empty()) upper.back() = '0';  // the character after '/'
  auto s = c_.Prepare(sql::kUnitsWithin);
  s.Bind(path).Bind(upper);
  std::vector<Unit> out;
  while (s.Next()) out.push_back(ReadUnit(s));
  return out;
}

}  // namespace doithoai::storage::sqlite
