// One unit's reported value of one indicator in one reporting round, and the rules a value
// must pass before it is stored (SYSTEM.md C9: "a percentage stays in 0–100, a numerator
// never exceeds its denominator"; issue 4: "a count is a non-negative integer, a value far
// from last year's asks for a comment").
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/date.h"
#include "core/error.h"
#include "domain/indicator/indicator.h"

namespace doithoai {

struct IndicatorValue {
  RoundId round;
  IndicatorId indicator;
  UnitId unit;
  // For a count: the count. For a ratio: the numerator (youth counselled).
  double numerator = 0;
  std::optional<double> denominator;  // ratios only: the population (youth of the ward)
  std::string comment;                // why it moved, where it came from
  std::optional<UserId> entered_by;
  Instant entered_at;
  Date entered_on;  // the civil date in Vietnam of entered_at: what timeliness is judged on
};

// The value as the indicator's measure shows it: the count, or numerator/denominator ×
// RatioScale. nullopt for a ratio whose denominator is 0.
std::optional<double> MeasuredValue(const Indicator& ind, double numerator,
                                    std::optional<double> denominator);

// A value this far from last year's (relative to last year's) needs a comment.
inline constexpr double kFarFromLastYearRelative = 0.5;
// For percentages the distance is in percentage points.
inline constexpr double kFarFromLastYearPoints = 20.0;

// True when `value` is far enough from `last_year` that a comment is required.
bool IsFarFromLastYear(const Indicator& ind, double value, double last_year);

// Validates one value; field names are `prefix` + "numerator" / "denominator" / "comment".
// `last_year` is the same unit's measured value in the previous period, when known.
void ValidateValue(const Indicator& ind, const IndicatorValue& v, std::optional<double> last_year,
                   std::string_view prefix, FieldErrors& errors);

}  // namespace doithoai
