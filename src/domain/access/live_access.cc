#include "domain/access/live_access.h"

#include <algorithm>

#include "domain/unit/unit.h"

namespace doithoai {

bool CanKeepLiveRecord(const Actor& actor, std::string_view unit_path) {
  return std::any_of(actor.grants.begin(), actor.grants.end(), [&](const RoleGrant& g) {
    return (g.role == Role::kCoordinator || g.role == Role::kYouthUnion) &&
           IsWithin(unit_path, g.unit_path);
  });
}

}  // namespace doithoai
