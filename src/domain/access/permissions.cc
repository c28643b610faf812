#include "domain/access/permissions.h"

#include <algorithm>
#include <initializer_list>

#include "domain/unit/unit.h"

namespace doithoai {
namespace {

bool HasRoleWithin(const Actor& actor, std::string_view unit_path,
                   std::initializer_list<Role> roles) {
  return std::any_of(actor.grants.begin(), actor.grants.end(), [&](const RoleGrant& g) {
    return std::find(roles.begin(), roles.end(), g.role) != roles.end() &&
           IsWithin(unit_path, g.unit_path);
  });
}

bool IsOfficerOf(const Actor& actor, AgencyId agency) {
  return std::any_of(actor.grants.begin(), actor.grants.end(), [&](const RoleGrant& g) {
    return g.role == Role::kAgencyOfficer && g.agency == agency;
  });
}

}  // namespace

bool CanAdminister(const Actor& actor, std::string_view unit_path) {
  return HasRoleWithin(actor, unit_path, {Role::kAdministrator});
}

bool CanPlanDialogue(const Actor& actor, std::string_view unit_path) {
  return HasRoleWithin(actor, unit_path, {Role::kCoordinator, Role::kAdministrator});
}

bool CanCoordinate(const Actor& actor, std::string_view unit_path) {
  return HasRoleWithin(actor, unit_path, {Role::kCoordinator});
}

bool CanImportQuestions(const Actor& actor, std::string_view unit_path) {
  return HasRoleWithin(actor, unit_path, {Role::kYouthUnion, Role::kCoordinator});
}

bool CanHandleQuestions(const Actor& actor, std::string_view unit_path) {
  return HasRoleWithin(actor, unit_path, {Role::kCoordinator, Role::kYouthUnion, Role::kLeader});
}

bool CanDecideAnswer(const Actor& actor, std::string_view unit_path) {
  return HasRoleWithin(actor, unit_path, {Role::kLeader, Role::kCoordinator});
}

bool CanDraftAnswer(const Actor& actor, std::string_view unit_path, AgencyId lead) {
  return IsOfficerOf(actor, lead) || CanCoordinate(actor, unit_path);
}

bool CanViewIssue(const Actor& actor, std::string_view unit_path, AgencyId lead,
                  std::span<const AgencyId> coordinating) {
  if (HasRoleWithin(actor, unit_path, {Role::kCoordinator, Role::kLeader, Role::kYouthUnion})) {
    return true;
  }
  if (IsOfficerOf(actor, lead)) return true;
  return std::any_of(coordinating.begin(), coordinating.end(),
                     [&](AgencyId a) { return IsOfficerOf(actor, a); });
}

bool CanIssueDocument(const Actor& actor, std::string_view unit_path) {
  return HasRoleWithin(actor, unit_path, {Role::kLeader});
}

bool CanRecordDocument(const Actor& actor, std::string_view unit_path) {
  return HasRoleWithin(actor, unit_path, {Role::kCoordinator, Role::kLeader});
}

bool CanManageTasks(const Actor& actor, std::string_view unit_path) {
  return HasRoleWithin(actor, unit_path, {Role::kCoordinator, Role::kLeader});
}

bool CanRunReminders(const Actor& actor) {
  return std::any_of(actor.grants.begin(), actor.grants.end(), [](const RoleGrant& g) {
    return g.role == Role::kCoordinator || g.role == Role::kAdministrator;
  });
}

bool CanWatchTasks(const Actor& actor, std::string_view unit_path) {
  return HasRoleWithin(actor, unit_path, {Role::kCoordinator, Role::kLeader, Role::kYouthUnion});
}

namespace {

bool ActsForAny(const Actor& actor, std::optional<AgencyId> lead,
                std::span<const std::optional<AgencyId>> coordinating) {
  std::vector<AgencyId> mine = TaskAgencies(actor);
  auto acts = [&](const std::optional<AgencyId>& a) {
    return a && std::find(mine.begin(), mine.end(), *a) != mine.end();
  };
  return acts(lead) || std::any_of(coordinating.begin(), coordinating.end(), acts);
}

}  // namespace

bool CanViewTask(const Actor& actor, std::string_view unit_path, std::optional<AgencyId> lead,
                 std::span<const std::optional<AgencyId>> coordinating) {
  return CanWatchTasks(actor, unit_path) || ActsForAny(actor, lead, coordinating);
}

bool CanReportOnTask(const Actor& actor, std::string_view unit_path, std::optional<AgencyId> lead,
                     std::span<const std::optional<AgencyId>> coordinating) {
  return CanCoordinate(actor, unit_path) || ActsForAny(actor, lead, coordinating);
}

std::vector<AgencyId> TaskAgencies(const Actor& actor) {
  std::vector<AgencyId> out;
  for (const auto& g : actor.grants) {
    if ((g.role == Role::kAgencyOfficer || g.role == Role::kYouthUnion) && g.agency) {
      out.push_back(*g.agency);
    }
  }
  return out;
}

std::vector<AgencyId> OfficerAgencies(const Actor& actor) {
  std::vector<AgencyId> out;
  for (const auto& g : actor.grants) {
    if (g.role == Role::kAgencyOfficer && g.agency) out.push_back(*g.agency);
  }
  return out;
}

}  // namespace doithoai
