#include "domain/access/asker_access.h"

#include <algorithm>

namespace doithoai {

bool CanSeeAskers(const Actor& actor, std::string_view host_unit_path) {
  return !host_unit_path.empty() &&
         std::any_of(actor.grants.begin(), actor.grants.end(), [&](const RoleGrant& g) {
           return (g.role == Role::kCoordinator || g.role == Role::kYouthUnion) &&
                  g.unit_path == host_unit_path;
         });
}

}  // namespace doithoai
