// The indicator repository (app/indicator/indicator_ports.h) on SQLite.
#pragma once

#include "app/indicator/indicator_ports.h"
#include "storage/sqlite/connection.h"

namespace doithoai::storage::sqlite {

class SqliteIndicators final : public IndicatorRepository {
 public:
  explicit SqliteIndicators(Connection& c) : c_(c) {}
  Result<Programme> InsertProgramme(Programme p) override;
  std::optional<Programme> FindProgramme(ProgrammeId id) override;
  std::vector<Programme> ListProgrammes() override;
  Result<Indicator> InsertIndicator(Indicator ind) override;
  Status UpdateIndicator(const Indicator& ind) override;
  std::optional<Indicator> FindIndicator(IndicatorId id) override;
  std::vector<Indicator> ListIndicators(ProgrammeId programme) override;
  Result<Round> InsertRound(Round r) override;
  Status UpdateRound(const Round& r) override;
  std::optional<Round> FindRound(RoundId id) override;
  std::vector<Round> ListRounds(ProgrammeId programme) override;
  Status SaveException(const RoundException& e) override;
  std::vector<RoundException> Exceptions(RoundId round) override;
  Status SaveValue(const IndicatorValue& v) override;
  std::vector<IndicatorValue> Values(RoundId round) override;
  std::vector<IndicatorValue> ValuesOf(RoundId round, IndicatorId indicator) override;
  std::vector<EnteredReport> Entered(RoundId round) override;
  std::vector<RoundFigure> Figures(RoundId round) override;
  Status LinkTask(IndicatorId indicator, TaskId task) override;
  Status UnlinkTask(IndicatorId indicator, TaskId task) override;
  std::vector<TaskId> LinkedTasks(IndicatorId indicator) override;
  std::vector<Unit> UnitsWithin(std::string_view path) override;

 private:
  Status SaveTargets(const Indicator& ind);
  void LoadRoundUnits(Round& r);
  Connection& c_;
};

}  // namespace doithoai::storage::sqlite
