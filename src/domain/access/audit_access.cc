#include "domain/access/audit_access.h"

#include <algorithm>

#include "domain/unit/unit.h"

namespace doithoai {
namespace {

// The one table: the areas each role reads.
std::vector<AuditArea> AreasReadBy(Role role) {
  switch (role) {
    case Role::kAdministrator:
      return {AuditArea::kAdministration, AuditArea::kPlanning};
    case Role::kCoordinator:
      return {AuditArea::kPlanning, AuditArea::kHandling};
    case Role::kYouthUnion:
    case Role::kAgencyOfficer:
    case Role::kLeader:
      return {};
  }
  return {};
}

}  // namespace

bool CanReadAudit(const Actor& actor, AuditArea area, std::string_view unit_path) {
  return std::any_of(actor.grants.begin(), actor.grants.end(), [&](const RoleGrant& g) {
    auto areas = AreasReadBy(g.role);
    if (std::find(areas.begin(), areas.end(), area) == areas.end()) return false;
    return unit_path.empty() ? IsRootPath(g.unit_path) : IsWithin(unit_path, g.unit_path);
  });
}

std::vector<AuditScope> AuditScopes(const Actor& actor) {
  std::vector<AuditScope> out;
  for (const auto& g : actor.grants) {
    auto areas = AreasReadBy(g.role);
    if (areas.empty() || g.unit_path.empty()) continue;
    out.push_back({g.unit_path, std::move(areas), IsRootPath(g.unit_path)});
  }
  return out;
}

}  // namespace doithoai
