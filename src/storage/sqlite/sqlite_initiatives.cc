#include "storage/sqlite/sqlite_initiatives.h"

#include <charconv>

#include "storage/sqlite/initiative_queries.h"
#include "storage/sqlite/rows.h"
#include "storage/sqlite/sqlite_tx.h"

namespace doithoai::storage::sqlite {
namespace {

// Scorecard points are stored as "20,30,20", in the call's order of criteria.
std::string JoinPoints(const std::vector<int>& points) {
  std::string out;
  for (size_t i = 0; i < points.size(); ++i) {
    if (i) out += ',';
    out += std::to_string(points[i]);
  }
  return out;
}

std::vector<int> SplitPoints(std::string_view text) {
  std::vector<int> out;
  while (!text.empty()) {
    size_t comma = text.find(',');
    std::string_view part = text.substr(0, comma);
    int v = 0;
    std::from_chars(part.data(), part.data() + part.size(), v);
    out.push_back(v);
    if (comma == std::string_view::npos) break;
    text.remove_prefix(comma + 1);
  }
  return out;
}

Initiative ReadInitiative(const Statement& s) {
  Initiative i;
  i.id = s.Int(0);
  i.call = s.Int(1);
  i.tracking_code = s.Text(2);
  i.title = s.Text(3);
  i.problem = s.Text(4);
  i.solution = s.Text(5);
  i.field = ParseInitiativeField(s.Text(6)).value_or(InitiativeField::kOther);
  i.team = s.Text(7);
  i.unit = s.Text(8);
  i.contact_name = s.Text(9);
  i.contact_email = s.Text(10);
  i.status = ParseInitiativeStatus(s.Text(11)).value_or(InitiativeStatus::kSubmitted);
  i.screening_note = s.Text(12);
  i.recognition = s.Text(13);
  i.submitted_at = Instant{s.Int(14)};
  i.updated_at = Instant{s.Int(15)};
  return i;
}

}  // namespace

InitiativeCall SqliteInitiatives::ReadCall(const Statement& s) {
  InitiativeCall c;
  c.id = s.Int(0);
  c.unit = UnitId(s.Int(1));
  c.title = s.Text(2);
  c.description = s.Text(3);
  c.opens_on = Date::Parse(s.Text(4)).value_or(Date{});
  c.closes_on = Date::Parse(s.Text(5)).value_or(Date{});
  c.phase = ParseCallPhase(s.Text(6)).value_or(CallPhase::kOpen);
  c.published_on = OptDate(s, 7);
  c.created_by = UserId(s.Int(8));
  c.created_at = Instant{s.Int(9)};
  c.decision = IdOf<DocumentId>(s, 10);
  auto criteria = c_.Prepare(sql::kCallCriteria);
  criteria.Bind(c.id);
  while (criteria.Next())
    c.criteria.push_back({criteria.Text(0), static_cast<int>(criteria.Int(1))});
  auto council = c_.Prepare(sql::kCallCouncil);
  council.Bind(c.id);
  while (council.Next()) c.council.push_back(UserId(council.Int(0)));
  return c;
}

Result<InitiativeCall> SqliteInitiatives::InsertCall(InitiativeCall c) {
  auto s = c_.Prepare(sql::kInsertInitiativeCall);
  s.Bind(c.unit.value)
      .Bind(c.title)
      .Bind(c.description)
      .Bind(c.opens_on.ToIso())
      .Bind(c.closes_on.ToIso())
      .Bind(CallPhaseName(c.phase))
      .Bind(IsoOf(c.published_on))
      .Bind(c.created_by.value)
      .Bind(c.created_at.unix_seconds);
  DT_ASSIGN_OR_RETURN(c.id, InsertReturningId(s, "unit_id"));
  int64_t position = 0;
  for (const Criterion& k : c.criteria) {
    auto row = c_.Prepare(sql::kInsertCriterion);
    row.Bind(c.id).Bind(++position).Bind(k.name).Bind(k.max_points);
    DT_RETURN_IF_ERROR(CheckRun(row.Run(), "criteria", "tiêu chí"));
  }
  for (UserId member : c.council) {
    auto row = c_.Prepare(sql::kInsertCouncilMember);
    row.Bind(c.id).Bind(member.value);
    DT_RETURN_IF_ERROR(CheckRun(row.Run(), "council", "hội đồng"));
  }
  return c;
}

Status SqliteInitiatives::UpdateCallPhase(const InitiativeCall& c) {
  auto s = c_.Prepare(sql::kUpdateCallPhase);
  s.Bind(CallPhaseName(c.phase)).Bind(IsoOf(c.published_on)).Bind(ValueOf(c.decision)).Bind(c.id);
  return CheckUpdated(c_, s.Run(), "id", "đợt phát động");
}

std::optional<InitiativeCall> SqliteInitiatives::FindCall(int64_t id) {
  auto s = c_.Prepare(sql::kFindInitiativeCall);
  s.Bind(id);
  if (!s.Next()) return std::nullopt;
  return ReadCall(s);
}

std::vector<InitiativeCall> SqliteInitiatives::ListCalls() {
  auto s = c_.Prepare(sql::kListInitiativeCalls);
  std::vector<InitiativeCall> out;
  while (s.Next()) out.push_back(ReadCall(s));
  return out;
}

Result<Initiative> SqliteInitiatives::Insert(Initiative i) {
  auto s = c_.Prepare(sql::kInsertInitiative);
  s.Bind(i.call)
      .Bind(i.tracking_code)
      .Bind(i.title)
      .Bind(i.problem)
      .Bind(i.solution)
      .Bind(InitiativeFieldName(i.field))
      .Bind(i.team)
      .Bind(i.unit)
      .Bind(i.contact_name)
      .Bind(i.contact_email)
      .Bind(InitiativeStatusName(i.status))
      .Bind(i.screening_note)
      .Bind(i.recognition)
      .Bind(i.submitted_at.unix_seconds)
      .Bind(i.updated_at.unix_seconds);
  DT_ASSIGN_OR_RETURN(i.id, InsertReturningId(s, "tracking_code"));
  return i;
}

Status SqliteInitiatives::Update(const Initiative& i) {
  auto s = c_.Prepare(sql::kUpdateInitiative);
  s.Bind(InitiativeStatusName(i.status))
      .Bind(i.screening_note)
      .Bind(i.recognition)
      .Bind(i.updated_at.unix_seconds)
      .Bind(i.id);
  return CheckUpdated(c_, s.Run(), "id", "sáng kiến");
}

std::optional<Initiative> SqliteInitiatives::Find(int64_t id) {
  auto s = c_.Prepare(sql::kFindInitiative);
  s.Bind(id);
  if (!s.Next()) return std::nullopt;
  return ReadInitiative(s);
}

std::optional<Initiative> SqliteInitiatives::FindByCode(std::string_view code) {
  auto s = c_.Prepare(sql::kFindInitiativeByCode);
  s.Bind(code);
  if (!s.Next()) return std::nullopt;
  return ReadInitiative(s);
}

std::vector<Initiative> SqliteInitiatives::List(int64_t call) {
  auto s = c_.Prepare(sql::kListInitiatives);
  s.Bind(call);
  std::vector<Initiative> out;
  while (s.Next()) out.push_back(ReadInitiative(s));
  return out;
}

Status SqliteInitiatives::PutScorecard(const Scorecard& card) {
  auto s = c_.Prepare(sql::kPutScorecard);
  s.Bind(card.initiative)
      .Bind(card.member.value)
      .Bind(JoinPoints(card.points))
      .Bind(card.comment)
      .Bind(card.scored_at.unix_seconds);
  return CheckRun(s.Run(), "initiative_id", "phiếu chấm");
}

std::vector<Scorecard> SqliteInitiatives::Scorecards(int64_t initiative) {
  auto s = c_.Prepare(sql::kScorecards);
  s.Bind(initiative);
  std::vector<Scorecard> out;
  while (s.Next()) {
    out.push_back(
        {s.Int(0), UserId(s.Int(1)), SplitPoints(s.Text(2)), s.Text(3), Instant{s.Int(4)}});
  }
  return out;
}

Status SqliteInitiatives::AddSupportTask(int64_t initiative, TaskId task) {
  auto s = c_.Prepare(sql::kAddSupportTask);
  s.Bind(initiative).Bind(task.value);
  return CheckRun(s.Run(), "initiative_id", "nhiệm vụ hỗ trợ");
}

std::vector<TaskId> SqliteInitiatives::SupportTasks(int64_t initiative) {
  auto s = c_.Prepare(sql::kSupportTasks);
  s.Bind(initiative);
  std::vector<TaskId> out;
  while (s.Next()) out.push_back(TaskId(s.Int(0)));
  return out;
}

}  // namespace doithoai::storage::sqlite
