#include "domain/access/indicator_value_access.h"

#include <algorithm>

#include "domain/unit/unit.h"

namespace doithoai {

bool CanEnterIndicatorValue(const Actor& actor, const IndicatorValueTarget& target) {
  return std::any_of(actor.grants.begin(), actor.grants.end(), [&](const RoleGrant& g) {
    if (!IsWithin(target.unit_path, g.unit_path)) return false;
    switch (g.role) {
      case Role::kCoordinator:
        return true;
      case Role::kAgencyOfficer:
      case Role::kYouthUnion:
        return !target.responsible || !target.responsible_in_unit || g.agency == target.responsible;
      default:
        return false;
    }
  });
}

}  // namespace doithoai
