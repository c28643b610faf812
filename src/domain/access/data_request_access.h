// Who reads the log of youths' requests about their personal data (issue 10): the coordinators
// of the unit hosting the dialogue — the controller that must answer those requests in time.
// Not a coordinator above it (a national grant does not make one the city's data controller),
// nor agencies. The log holds no personal data (domain/privacy/data_request.h).
#pragma once

#include <string_view>

#include "domain/access/role.h"

namespace doithoai {

bool CanReadDataRequests(const Actor& actor, std::string_view host_unit_path);
// The roles that rule can ever admit: the route's gate (http/api/rights_api.cc, x-roles).
inline constexpr Roles kReadDataRequestsRoles = Role::kCoordinator;

}  // namespace doithoai
