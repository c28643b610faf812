// An indicator rolled up the administrative tree (SYSTEM.md C9): counts are summed; ratios
// sum their numerators and their denominators separately and divide at each level — never
// an average of percentages, which would weigh a ward of 300 youths like a city of 300,000.
// A unit's aggregate covers its own reported value and every unit below it. Explicit and
// pure; checked against a naive walk of every unit's ancestors on random trees.
#pragma once

#include <optional>
#include <vector>

#include "core/result.h"
#include "domain/indicator/indicator.h"
#include "domain/indicator/unit_tree.h"

namespace doithoai {

struct Reported {
  UnitId unit;
  double numerator = 0;    // the count, or the ratio's numerator
  double denominator = 0;  // 0 for counts
};

struct Aggregate {
  double numerator = 0;
  double denominator = 0;
  int reporting_units = 0;  // units in the subtree that reported a value
  friend bool operator==(const Aggregate&, const Aggregate&) = default;
};

// One aggregate per position of `tree`. Fails (kInvalid, field "values[i].unit") on a value
// of a unit outside the tree or a unit reported twice. O(units + values).
Result<std::vector<Aggregate>> RollUpIndicator(const UnitTree& tree,
                                               const std::vector<Reported>& values);

// The aggregate as the indicator's measure shows it: the sum for counts, Σnum/Σden × scale
// for ratios; nullopt when nothing was reported (or every denominator was 0).
std::optional<double> AggregateValue(const Indicator& ind, const Aggregate& a);

}  // namespace doithoai
