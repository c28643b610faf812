// Who runs a call for youth initiatives (issue 15, C10): the unit's Youth Union officers and its
// coordinators (Home Affairs), in the unit's subtree — they open the call, screen what arrives,
// move it to the council and publish the results. Council members score only the initiatives of
// the calls they sit on (InitiativeCall::council), whatever their role; sending an initiative and
// reading the published results is public.
#pragma once

#include <string_view>

#include "domain/access/role.h"

namespace doithoai {

bool CanRunInitiativeCalls(const Actor& actor, std::string_view unit_path);

}  // namespace doithoai
