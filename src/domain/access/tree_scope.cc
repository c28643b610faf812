#include "domain/access/tree_scope.h"

#include <algorithm>

#include "domain/unit/unit.h"

namespace doithoai {

bool MayAssignTo(std::string_view assigning_unit_path, std::string_view agency_unit_path) {
  return IsWithin(agency_unit_path, assigning_unit_path);
}

bool MayCarryOut(std::string_view assigning_unit_path, std::string_view upper_unit_path) {
  return IsWithin(assigning_unit_path, upper_unit_path);
}

bool CanReadDocument(const Actor& actor, std::string_view unit_path,
                     std::span<const AgencyId> task_agencies) {
  return std::any_of(actor.grants.begin(), actor.grants.end(), [&](const RoleGrant& g) {
    if (g.role != Role::kAgencyOfficer) {
      return IsWithin(unit_path, g.unit_path) || IsWithin(g.unit_path, unit_path);
    }
    if (IsWithin(g.unit_path, unit_path)) return true;
    return g.agency &&
           std::find(task_agencies.begin(), task_agencies.end(), *g.agency) != task_agencies.end();
  });
}

}  // namespace doithoai
