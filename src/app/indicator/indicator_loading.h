// Loading what the indicator use cases check before they act: a programme (or round) and the
// unit it belongs to, so permissions can be tested against the unit's path.
#pragma once

#include "app/indicator/indicators.h"

namespace doithoai {

struct LoadedProgramme {
  Programme programme;
  Unit unit;
};

Result<LoadedProgramme> LoadProgramme(Tx& tx, ProgrammeId id);

struct LoadedRound {
  Round round;
  Programme programme;
  Unit unit;
};

Result<LoadedRound> LoadRound(Tx& tx, RoundId id);

// The units under the programme's unit at a level some indicator is reported at: who reports
// in a round opened without a unit list, by hand or on the schedule.
std::vector<UnitId> DefaultUnits(Tx& tx, const LoadedProgramme& lp);

// Parses an ISO date field; the error names `field`.
Result<Date> ParseDateField(const std::string& field, const std::string& iso);

}  // namespace doithoai
