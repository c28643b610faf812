#include "domain/access/data_request_access.h"

#include <algorithm>

namespace doithoai {

bool CanReadDataRequests(const Actor& actor, std::string_view host_unit_path) {
  return std::any_of(actor.grants.begin(), actor.grants.end(), [&](const RoleGrant& g) {
    return g.role == Role::kCoordinator && g.unit_path == host_unit_path;
  });
}

}  // namespace doithoai
