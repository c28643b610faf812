// Use cases of youth-development indicators (C9), one file per verb:
//   define_programme.cc  DefineProgramme, AddIndicator, LinkIndicatorTask
//   open_round.cc        OpenRound, ReopenRound, GrantException
//   report_values.cc     ReportValues (the form and the XLSX upload alike)
//   indicator_views.cc   ListProgrammes, GetProgramme, RoundDashboard, IndicatorRollUpView,
//                        PublicIndicators
// Each write: authorise → validate → one transaction with its audit entry → outcome.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "app/context.h"
#include "app/indicator/indicator_ports.h"
#include "domain/access/role.h"
#include "domain/indicator/completeness.h"
#include "domain/indicator/indicator_roll_up.h"
#include "domain/indicator/progress.h"
#include "domain/task/task_status.h"

namespace doithoai {

// ---- defining -------------------------------------------------------------------------------

struct ProgrammeInput {
  int64_t unit_id = 0;
  std::string title;
  std::string basis;
  int start_year = 2025;
  int end_year = kHorizonYear;
  std::optional<int64_t> adopts_id;
  // Yearly rounds ("MM-DD"), both or neither: opened on opens_on each year, due on due_on.
  std::optional<std::string> round_opens_on, round_due_on;
};

Result<Programme> DefineProgramme(Context& ctx, const Actor& actor, const ProgrammeInput& in);

// Enumerations arrive as names and are checked here, so an error names the field.
struct IndicatorInput {
  std::string code, name, group, measure;
  std::string kind = "ratio";          // count | ratio
  std::string direction = "at_least";  // at_least | at_most | equal
  int baseline_year = 2024;
  std::optional<double> baseline_value;
  std::vector<YearTarget> targets;
  std::optional<int64_t> responsible_agency_id;
  std::string reporting_level = "commune";
  bool is_public = false;
  std::optional<int64_t> adopted_from_id;
  // A higher programme's indicator whose values this one reads (entered once, issue 13).
  std::optional<int64_t> values_from_id;
};

Result<Indicator> AddIndicator(Context& ctx, const Actor& actor, ProgrammeId programme,
                               const IndicatorInput& in);

// Replaces an indicator's definition and targets (a province tightening its targets); the
// same checks as AddIndicator, the code stays unique in the programme, values are kept.
Result<Indicator> EditIndicator(Context& ctx, const Actor& actor, IndicatorId id,
                                const IndicatorInput& in);

// Appendix II: the task (of the conclusions' task model) moves the indicator. The task must
// exist, sit at the programme's unit or below, and not be linked to the indicator already;
// each refusal names "task_id".
Status LinkIndicatorTask(Context& ctx, const Actor& actor, IndicatorId indicator, TaskId task);

// Undoes a link (NotFound when the task is not linked to the indicator).
Status UnlinkIndicatorTask(Context& ctx, const Actor& actor, IndicatorId indicator, TaskId task);

// ---- rounds ---------------------------------------------------------------------------------

struct RoundInput {
  int period_year = 0;
  std::string opens_on;  // ISO date
  std::string due_on;    // ISO date
  // The units that must report; empty: every unit under the programme's unit at a level
  // some indicator is reported at.
  std::vector<int64_t> unit_ids;
};

Result<Round> OpenRound(Context& ctx, const Actor& actor, ProgrammeId programme,
                        const RoundInput& in);
Result<Round> ReopenRound(Context& ctx, const Actor& actor, RoundId round,
                          const std::string& until);

struct ExceptionInput {
  int64_t unit_id = 0;
  std::string until;
  std::string reason;
};

Result<RoundException> GrantException(Context& ctx, const Actor& actor, RoundId round,
                                      const ExceptionInput& in);

struct RoundsScheduled {
  int64_t opened = 0;   // rounds opened on their programme's yearly schedule by this run
  int64_t notices = 0;  // notices due today (opened, due soon, late), each queued once
};

// The timer job's part for indicators (issue 13): opens every programme's round of the year
// once its opening day has come (never two for a period), then tells each reporting unit
// that has not reported everything that its round opened, is due soon or is late — each
// notice once (RoundNoticeKey), so it may run every hour. No actor: the system acts.
Result<RoundsScheduled> RunRoundSchedule(Context& ctx);

// ---- reporting ------------------------------------------------------------------------------

// One value to store. `fields` name where each part came from, for error reports: by
// default "values[i].numerator"…; an XLSX upload names cells ("D12").
struct ValueInput {
  int64_t indicator_id = 0;
  int64_t unit_id = 0;
  // An upload names indicators and units by code; used when the id is 0.
  std::string indicator_code;
  std::string unit_code;
  std::optional<double> numerator;
  std::optional<double> denominator;
  std::string comment;
  struct Fields {
    std::string indicator, unit, numerator, denominator, comment;
  } fields;
};

inline constexpr size_t kMaxValuesPerReport = 20000;

struct ReportOutcome {
  int saved = 0;
  int late = 0;  // saved after the due date (exception or re-opened round)
};

// All or nothing: every value is checked (every field error is reported at once) before
// any is stored, in one transaction.
Result<ReportOutcome> ReportValues(Context& ctx, const Actor& actor, RoundId round,
                                   std::vector<ValueInput> values, const std::string& source);

// ---- views ----------------------------------------------------------------------------------

std::vector<Programme> ListProgrammes(Context& ctx, const Actor& actor);

// An Appendix II task as the programme view shows it beside its indicator.
struct IndicatorTask {
  Task task;
  TaskStatus status = TaskStatus::kNotStarted;  // StatusOf its deadline and reports, today
  std::string number_symbol;                    // of the document that assigned it
};

struct ProgrammeView {
  Programme programme;
  Unit unit;
  std::vector<Indicator> indicators;
  std::vector<Round> rounds;
  std::map<IndicatorId, std::vector<IndicatorTask>> tasks;  // by ascending task id
  std::map<IndicatorId, Indicator> adopted;  // the national indicators adopted, by own id
};

Result<ProgrammeView> GetProgramme(Context& ctx, const Actor& actor, ProgrammeId id);

struct UnitRow {
  Unit unit;
  Completeness own, subtree;
};

struct IndicatorSeries {
  Indicator indicator;
  std::optional<double> value;  // at the programme's unit, this round
  Aggregate aggregate;
  Progress progress;
  std::vector<YearTarget> history;     // rolled-up value per reported period, ascending
  std::vector<YearTarget> trajectory;  // the straight path still needed to the final target
};

struct RoundDashboardView {
  Programme programme;
  Round round;
  RoundPhase phase = RoundPhase::kOpen;
  std::vector<UnitRow> units;  // the programme's unit and every unit below, by path
  std::array<Completeness, 4> by_level{};
  std::vector<IndicatorSeries> indicators;
  std::vector<RoundException> exceptions;
};

Result<RoundDashboardView> RoundDashboard(Context& ctx, const Actor& actor, RoundId round);

struct UnitValue {
  Unit unit;
  Aggregate aggregate;
  std::optional<double> value;
  std::optional<IndicatorValue> own;  // what the unit itself entered
};

struct RollUpView {
  Indicator indicator;
  Round round;
  std::vector<UnitValue> units;  // by path
};

Result<RollUpView> IndicatorRollUpView(Context& ctx, const Actor& actor, RoundId round,
                                       IndicatorId indicator);

// Public: the indicators marked public of every programme, with their latest progress.
struct PublicProgramme {
  Programme programme;
  std::string unit_name;
  std::vector<IndicatorSeries> indicators;
};

Result<std::vector<PublicProgramme>> PublicIndicators(Context& ctx);

// What the values template of a round holds for the actor: the programme's indicators, the
// round's units the actor may report for (by code), and what they already reported.
struct RoundSheet {
  Programme programme;
  Round round;
  std::vector<Indicator> indicators;
  std::vector<Unit> units;
  std::vector<IndicatorValue> values;
};

Result<RoundSheet> RoundSheetFor(Context& ctx, const Actor& actor, RoundId round);

// What the annual report (Báo cáo) of a round is made of: the dashboard, the programme's
// unit, and the Appendix II tasks linked to its indicators with their status today.
struct LinkedTask {
  TaskId id;
  std::string content, lead, deadline;
  TaskStatus status = TaskStatus::kNotStarted;
};

struct RoundReport {
  RoundDashboardView dashboard;
  Unit unit;
  std::vector<LinkedTask> tasks;
};

Result<RoundReport> RoundReportFor(Context& ctx, const Actor& actor, RoundId round);

// The values the dashboard series are made of, shared with the report and the bench: roll up
// every round of `indicators` over `tree`.
std::vector<IndicatorSeries> BuildSeries(Tx& tx, const Programme& p, const UnitTree& tree,
                                         size_t root, const std::vector<Indicator>& indicators,
                                         const std::vector<Round>& rounds, const Round& current,
                                         bool public_only);

// The tree under the programme's unit, from storage.
Result<std::pair<std::vector<Unit>, UnitTree>> LoadTree(Tx& tx, const Unit& root);

}  // namespace doithoai
