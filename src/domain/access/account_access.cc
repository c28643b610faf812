#include "domain/access/account_access.h"

#include <algorithm>

#include "domain/access/permissions.h"
#include "domain/unit/unit.h"

namespace doithoai {

bool AdministersNation(const Actor& actor) {
  return std::any_of(actor.grants.begin(), actor.grants.end(), [](const RoleGrant& g) {
    return g.role == Role::kAdministrator && IsRootPath(g.unit_path);
  });
}

bool CanSeeAccount(const Actor& actor, std::span<const RoleGrant> grants) {
  if (grants.empty()) return AdministersNation(actor);
  return std::any_of(grants.begin(), grants.end(),
                     [&](const RoleGrant& g) { return CanAdminister(actor, g.unit_path); });
}

bool CanManageAccount(const Actor& actor, std::span<const RoleGrant> grants) {
  if (grants.empty()) return AdministersNation(actor);
  return std::all_of(grants.begin(), grants.end(),
                     [&](const RoleGrant& g) { return CanAdminister(actor, g.unit_path); });
}

}  // namespace doithoai
