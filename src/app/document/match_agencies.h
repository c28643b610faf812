// Matching the bodies a document names to the agencies of the unit it is recorded at (issue 11,
// item 3): the import preview asks before the person confirms, so leads and coordinating bodies
// arrive pre-selected, group recipients arrive as lists to tick, and unsure ones are flagged.
#pragma once

#include <string>
#include <vector>

#include "app/context.h"
#include "domain/access/role.h"
#include "domain/agency/agency_match.h"

namespace doithoai {

inline constexpr size_t kMaxMatchNames = 200;       // a long plan's leads and recipients
inline constexpr size_t kMaxMatchNameLength = 300;  // characters, as the task's lead field

struct NamedAgencyMatch {
  std::string name;  // as given, cleaned
  AgencyMatch match;
};

// Each name matched against the agencies of `unit` and of the units directly below it.
// Forbidden unless the actor may record documents at `unit` (the same rule as confirming the
// import); invalid for an unknown unit, no names, more than kMaxMatchNames, or a name longer
// than kMaxMatchNameLength.
Result<std::vector<NamedAgencyMatch>> MatchAgencyNames(Context& ctx, const Actor& actor,
                                                       UnitId unit,
                                                       const std::vector<std::string>& names);

}  // namespace doithoai
