// Who may enter a unit's value of an indicator (C9; issue 13: "the responsible agency reports
// its own indicators — another agency of the same ward cannot overwrite them"). The rule for
// the indicator-value resource; the route's gate is kReportIndicatorsRoles (rule_roles.h).
#pragma once

#include <optional>
#include <string_view>

#include "core/ids.h"
#include "domain/access/role.h"

namespace doithoai {

struct IndicatorValueTarget {
  std::string_view unit_path;           // the unit whose value it is
  std::optional<AgencyId> responsible;  // the indicator's responsible agency, if any
  // The responsible agency is one of the reporting unit's own bodies (Phòng VH-XH of the
  // ward); false for a body above it (a city department answering for what its wards report).
  bool responsible_in_unit = false;
};

// A coordinator whose grant covers the unit may enter any value (and correct one). An agency
// officer or Youth Union officer whose grant covers it may enter the value when the indicator
// has no responsible agency in the unit, or when it is their own agency; the officer of
// another body of the same unit may not.
bool CanEnterIndicatorValue(const Actor& actor, const IndicatorValueTarget& target);

}  // namespace doithoai
