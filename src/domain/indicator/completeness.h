// Completeness and timeliness of a reporting round, per unit and per level, as DHIS2 shows
// them: how many reports were expected, how many arrived, how many by the due date. One
// expected report is one (unit, indicator) pair: every unit of the round reports every
// indicator whose reporting level is the unit's level.
#pragma once

#include <array>
#include <vector>

#include "core/date.h"
#include "domain/indicator/indicator.h"
#include "domain/indicator/unit_tree.h"

namespace doithoai {

struct Completeness {
  int expected = 0;
  int reported = 0;  // expected pairs with a value
  int on_time = 0;   // of those, entered by the due date
  Completeness& operator+=(const Completeness& o) {
    expected += o.expected;
    reported += o.reported;
    on_time += o.on_time;
    return *this;
  }
  friend bool operator==(const Completeness&, const Completeness&) = default;
};

struct EnteredReport {
  UnitId unit;
  IndicatorId indicator;
  Date entered_on;
};

struct CompletenessView {
  std::vector<Completeness> own;           // per tree position: the unit's own reports
  std::vector<Completeness> subtree;       // per tree position: itself and every unit below
  std::array<Completeness, 4> by_level{};  // indexed by UnitLevel: the units of that level
};

// Units of `round_units` missing from `tree` are ignored, as are reports of pairs that were
// not expected. O(units + indicators + reports).
CompletenessView ComputeCompleteness(const UnitTree& tree, const std::vector<UnitId>& round_units,
                                     const std::vector<Indicator>& indicators,
                                     const std::vector<EnteredReport>& reports, Date due_on);

}  // namespace doithoai
