// The storage port of the indicator use cases (C9), reached through Tx::indicators(). Same
// contract as app/ports.h: Insert* assign ids and return the stored record, Find* return
// nullopt for a missing id, a uniqueness violation is kConflict naming the field.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "domain/indicator/completeness.h"
#include "domain/indicator/indicator.h"
#include "domain/indicator/indicator_roll_up.h"
#include "domain/indicator/indicator_value.h"
#include "domain/indicator/reporting_round.h"
#include "domain/unit/unit.h"

namespace doithoai {

// One value as the roll-up needs it (a count has denominator 0).
struct RoundFigure {
  IndicatorId indicator;
  Reported value;
};

class IndicatorRepository {
 public:
  virtual ~IndicatorRepository() = default;

  virtual Result<Programme> InsertProgramme(Programme p) = 0;
  virtual std::optional<Programme> FindProgramme(ProgrammeId id) = 0;
  virtual std::vector<Programme> ListProgrammes() = 0;  // by id

  // Stores the indicator with its targets. Conflict (field "code") on a duplicate code in
  // the programme.
  virtual Result<Indicator> InsertIndicator(Indicator ind) = 0;
  // Replaces the definition and the targets. kNotFound for an unknown id.
  virtual Status UpdateIndicator(const Indicator& ind) = 0;
  virtual std::optional<Indicator> FindIndicator(IndicatorId id) = 0;
  virtual std::vector<Indicator> ListIndicators(ProgrammeId programme) = 0;  // by position, id

  // Stores the round with its units. Conflict (field "period_year") when the programme
  // already has a round for the period.
  virtual Result<Round> InsertRound(Round r) = 0;
  // Updates reopened_until (the only mutable field of a round).
  virtual Status UpdateRound(const Round& r) = 0;
  virtual std::optional<Round> FindRound(RoundId id) = 0;
  virtual std::vector<Round> ListRounds(ProgrammeId programme) = 0;  // newest period first

  // Insert or replace the unit's exception.
  virtual Status SaveException(const RoundException& e) = 0;
  virtual std::vector<RoundException> Exceptions(RoundId round) = 0;  // by unit id

  // Insert or replace the value of (round, indicator, unit).
  virtual Status SaveValue(const IndicatorValue& v) = 0;
  // By indicator id, then unit id.
  virtual std::vector<IndicatorValue> Values(RoundId round) = 0;
  virtual std::vector<IndicatorValue> ValuesOf(RoundId round, IndicatorId indicator) = 0;
  // The same rows, only what completeness and roll-ups read (a national round holds 100,000
  // values: the views must not carry comments and instants they do not show).
  virtual std::vector<EnteredReport> Entered(RoundId round) = 0;
  virtual std::vector<RoundFigure> Figures(RoundId round) = 0;

  // Appendix II: tasks linked to an indicator (ascending task ids).
  virtual Status LinkTask(IndicatorId indicator, TaskId task) = 0;
  // NotFound when the task is not linked to the indicator.
  virtual Status UnlinkTask(IndicatorId indicator, TaskId task) = 0;
  virtual std::vector<TaskId> LinkedTasks(IndicatorId indicator) = 0;

  // Every unit whose path starts with `path` (the subtree), by path. One query instead of a
  // walk: a national dashboard needs the 3,355 units of the tree at once.
  virtual std::vector<Unit> UnitsWithin(std::string_view path) = 0;
};

}  // namespace doithoai
