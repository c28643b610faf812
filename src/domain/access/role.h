// Roles (SYSTEM.md §1) and the actor making a request. A grant scopes a role to a unit (and,
// for agency staff, an agency); a grant on a unit covers its whole subtree.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/ids.h"

namespace doithoai {

enum class Role {
  kAdministrator,  // units, agencies, users, backups
  kCoordinator,    // Sở Nội vụ / Phòng VH-XH: screen, group, route, approve, dashboards
  kYouthUnion,     // cán bộ Đoàn: compile and import questions
  kAgencyOfficer,  // drafts answers for issues routed to its agency
  kLeader,         // approves answers, watches the dashboard
};

const char* RoleName(Role role);  // "administrator", "coordinator", ...
std::optional<Role> ParseRole(std::string_view name);

struct RoleGrant {
  Role role = Role::kCoordinator;
  UnitId unit;
  std::optional<AgencyId> agency;  // required for kAgencyOfficer
  std::string unit_path;           // filled when loaded; the scope for IsWithin
};

// Who is acting. Anonymous (public) requests have no Actor.
struct Actor {
  UserId user;
  std::string username;
  std::string display_name;
  std::vector<RoleGrant> grants;
};

}  // namespace doithoai
