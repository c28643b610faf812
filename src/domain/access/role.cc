#include "domain/access/role.h"

namespace doithoai {

const char* RoleName(Role role) {
  switch (role) {
    case Role::kAdministrator:
      return "administrator";
    case Role::kCoordinator:
      return "coordinator";
    case Role::kYouthUnion:
      return "youth_union";
    case Role::kAgencyOfficer:
      return "agency_officer";
    case Role::kLeader:
      return "leader";
  }
  return "coordinator";
}

std::optional<Role> ParseRole(std::string_view name) {
  for (auto r : {Role::kAdministrator, Role::kCoordinator, Role::kYouthUnion, Role::kAgencyOfficer,
                 Role::kLeader}) {
    if (name == RoleName(r)) return r;
  }
  return std::nullopt;
}

bool HoldsAny(const Actor& actor, Roles roles) {
  for (const auto& g : actor.grants) {
    if (roles.Contains(g.role)) return true;
  }
  return false;
}

}  // namespace doithoai
