// Who may do what with indicators (C9), as pure functions of the actor's grants and the
// unit's place in the tree. The coordinator of the programme's unit defines it, opens rounds
// and grants exceptions; staff of a reporting unit (or anyone above it with a staff role)
// enter that unit's values; every signed-in role within the unit sees the dashboard.
#pragma once

#include <string_view>

#include "domain/access/role.h"

namespace doithoai {

// Define a programme and its indicators, open and re-open rounds, grant exceptions.
bool CanManageIndicators(const Actor& actor, std::string_view programme_unit_path);

// Enter the values of the unit at `unit_path`: a coordinator, agency officer or Youth Union
// officer whose grant covers it.
bool CanReportFor(const Actor& actor, std::string_view unit_path);

// See the dashboard and the report of a programme of the unit at `unit_path`: any role whose
// grant covers it.
bool CanViewIndicators(const Actor& actor, std::string_view unit_path);

}  // namespace doithoai
