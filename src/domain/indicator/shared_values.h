// Figures entered once, used by two programmes (issue 13: "a ward that reports to the city's
// programme does not enter the same figures twice for its own programme"). The ward's
// programme links its indicator to the city programme's indicator (values_from); the ward's
// values of it are the ones entered there for the same period — read, never copied, so a
// correction there is seen here at once, and nothing is entered here.
#pragma once

#include <string_view>
#include <vector>

#include "core/error.h"
#include "domain/indicator/indicator_value.h"
#include "domain/indicator/reporting_round.h"

namespace doithoai {

// The link is sound: the source belongs to a programme of a unit above the indicator's own
// programme unit (`own_unit_path` within `source_unit_path`, not equal), measures the same
// thing the same way (kind, measure) and is reported at the same level. Field "values_from_id".
void ValidateValuesFrom(const Indicator& own, std::string_view own_unit_path,
                        const Indicator& source, std::string_view source_unit_path,
                        FieldErrors& errors);

// The values `own` reads in `round`: those of `source_values` (the source indicator's values in
// the source programme's round of the same period) whose unit reports in `round`, relabelled
// with `own`'s id and `round`'s id; entry dates kept (timeliness is judged on them).
std::vector<IndicatorValue> ReadThrough(const Indicator& own, const Round& round,
                                        const std::vector<IndicatorValue>& source_values);

}  // namespace doithoai
