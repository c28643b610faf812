#include "domain/access/initiative_access.h"

#include <algorithm>

#include "domain/unit/unit.h"

namespace doithoai {

bool CanRunInitiativeCalls(const Actor& actor, std::string_view unit_path) {
  return std::any_of(actor.grants.begin(), actor.grants.end(), [&](const RoleGrant& g) {
    return (g.role == Role::kYouthUnion || g.role == Role::kCoordinator) &&
           IsWithin(unit_path, g.unit_path);
  });
}

}  // namespace doithoai
