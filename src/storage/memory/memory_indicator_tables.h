// The indicator tables of a MemoryStore's State (app/indicator/indicator_ports.h).
#pragma once

#include <map>
#include <set>
#include <tuple>
#include <utility>

#include "domain/indicator/indicator.h"
#include "domain/indicator/indicator_value.h"
#include "domain/indicator/reporting_round.h"

namespace doithoai::storage::memory {

struct IndicatorTables {
  std::map<ProgrammeId, Programme> programmes;
  std::map<IndicatorId, Indicator> indicators;  // with targets
  std::map<RoundId, Round> rounds;              // with units
  std::map<std::pair<RoundId, UnitId>, RoundException> exceptions;
  std::map<std::tuple<RoundId, IndicatorId, UnitId>, IndicatorValue> values;
  std::set<std::pair<IndicatorId, TaskId>> task_links;
};

}  // namespace doithoai::storage::memory
