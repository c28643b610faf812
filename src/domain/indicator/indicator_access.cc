#include "domain/indicator/indicator_access.h"

#include <algorithm>
#include <initializer_list>

#include "domain/unit/unit.h"

namespace doithoai {
namespace {

bool HasRoleCovering(const Actor& actor, std::string_view unit_path,
                     std::initializer_list<Role> roles) {
  return std::any_of(actor.grants.begin(), actor.grants.end(), [&](const RoleGrant& g) {
    return std::find(roles.begin(), roles.end(), g.role) != roles.end() &&
           IsWithin(unit_path, g.unit_path);
  });
}

}  // namespace

bool CanManageIndicators(const Actor& actor, std::string_view programme_unit_path) {
  return HasRoleCovering(actor, programme_unit_path, {Role::kCoordinator});
}

bool CanReportFor(const Actor& actor, std::string_view unit_path) {
  return HasRoleCovering(actor, unit_path,
                         {Role::kCoordinator, Role::kAgencyOfficer, Role::kYouthUnion});
}

bool CanViewIndicators(const Actor& actor, std::string_view unit_path) {
  return HasRoleCovering(actor, unit_path,
                         {Role::kCoordinator, Role::kAgencyOfficer, Role::kYouthUnion,
                          Role::kLeader, Role::kAdministrator});
}

}  // namespace doithoai
