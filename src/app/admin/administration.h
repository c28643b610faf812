// Administration (C1): units, agencies, users and their role grants. Every change is
// authorised against the administrator's tree scope and written to the audit log.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "app/context.h"
#include "domain/access/role.h"

namespace doithoai {

struct UnitInput {
  std::optional<int64_t> parent_id;
  std::string code, name, kind, level;
};
Result<Unit> CreateUnit(Context& ctx, const Actor& actor, const UnitInput& in);

// Loads units from a reference list as the system (no actor), skipping codes that exist.
// Returns how many were inserted.
Result<int> LoadUnits(Context& ctx, const std::vector<UnitInput>& units);

struct AgencyInput {
  int64_t unit_id = 0;
  std::string code, name;
};
Result<Agency> CreateAgency(Context& ctx, const Actor& actor, const AgencyInput& in);
Result<std::vector<Agency>> ListAgencies(Context& ctx, UnitId unit);
Result<std::vector<Unit>> ListUnits(Context& ctx, std::optional<UnitId> parent);

struct GrantInput {
  std::string role;
  int64_t unit_id = 0;
  std::optional<int64_t> agency_id;
};
struct UserInput {
  std::string username, display_name, password;
  std::vector<GrantInput> grants;
};
struct UserPatch {
  std::optional<std::string> display_name, password;
  std::optional<bool> active;
  std::optional<std::vector<GrantInput>> grants;
};
struct UserView {
  User user;
  std::vector<RoleGrant> grants;
};

// Accounts are scoped by their grants (domain/access/account_access.h): an administrator
// below the nation creates accounts with at least one role in their subtree (invalid
// "grants" otherwise), lists the accounts with a grant there, and changes only those whose
// every grant lies there — not found for an account they cannot list, forbidden for one they
// can list but not manage.
Result<UserView> CreateUser(Context& ctx, const Actor& actor, const UserInput& in);
Result<UserView> UpdateUser(Context& ctx, const Actor& actor, UserId id, const UserPatch& patch);
Result<std::vector<UserView>> ListUsers(Context& ctx, const Actor& actor);

// System bootstrap (demo data, CLI): creates a user without an acting administrator.
Result<UserView> CreateUserAsSystem(Context& ctx, const UserInput& in);

}  // namespace doithoai
