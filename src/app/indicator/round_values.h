// The values an indicator linked to a higher programme's indicator reads (Indicator::values_from,
// issue 13): those entered there for the same period (domain/indicator/shared_values.h).
#pragma once

#include <optional>
#include <vector>

#include "app/indicator/indicators.h"

namespace doithoai {

// The source indicator of `ind` and the source programme's round of `period`, when both exist.
struct ValuesSource {
  Indicator indicator;
  Round round;
};
std::optional<ValuesSource> SourceOf(Tx& tx, const Indicator& ind, int period);

// The values `ind` reads through its link in `round` (empty without a link or a source round).
std::vector<IndicatorValue> ReadThroughValues(Tx& tx, const Round& round, const Indicator& ind);

}  // namespace doithoai
