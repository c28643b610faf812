// Progress of an indicator toward its targets, and the trajectory needed to reach the final
// target by the programme's end (2030): what the dashboard's chart and the annual report's
// Appendix I show. Pure arithmetic on the indicator's measure.
#pragma once

#include <optional>
#include <vector>

#include "domain/indicator/indicator.h"

namespace doithoai {

struct Progress {
  int year = 0;
  std::optional<double> value;       // the rolled-up value of `year`
  std::optional<double> target;      // the target set for `year`, if any
  std::optional<bool> meets_target;  // value against that target
  std::optional<YearTarget> final_target;
  std::optional<bool> meets_final;
  // Share of the way from the baseline to the final target, 0 at the baseline and 1 at the
  // target (may exceed 1, or be negative when moving away). nullopt without a baseline.
  std::optional<double> share_of_way;
  // Where a straight line from the baseline to the final target stands in `year`.
  std::optional<double> expected_on_path;
  // Whether `value` is at or beyond the straight line (in the indicator's direction).
  std::optional<bool> on_track;
  // The yearly change still needed from `value` to reach the final target in time.
  std::optional<double> needed_per_year;
};

Progress ComputeProgress(const Indicator& ind, int year, std::optional<double> value);

// The straight path from (year, value) to the final target, one point per year, for the
// chart's dashed line. Empty without a value or a final target after `year`.
std::vector<YearTarget> NeededTrajectory(const Indicator& ind, int year, double value);

}  // namespace doithoai
