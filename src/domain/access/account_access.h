// Which accounts an administrator sees and manages (issue 10: "a ward-level administrator
// lists every account nationwide and can take over accounts without roles").
//
// An account belongs to the units of its role grants. An administrator sees the accounts with
// a grant inside their subtree, and manages (password, roles, active) only those whose every
// grant lies inside it, so a ward's administrator never takes over a city officer who also
// holds a ward role. An account without roles belongs to no unit: only a national
// administrator sees and manages it. That is why an administrator below the nation must give
// every account they create a role in their subtree (administration.cc), and why one who
// removes an account's last role hands it to the national administrators.
#pragma once

#include <span>

#include "domain/access/role.h"

namespace doithoai {

// List the account holding `grants` (GET /api/users).
bool CanSeeAccount(const Actor& actor, std::span<const RoleGrant> grants);

// Change the account holding `grants`: its password, roles, name, or disable it.
bool CanManageAccount(const Actor& actor, std::span<const RoleGrant> grants);

// An administrator at the root of the tree (the national administrator).
bool AdministersNation(const Actor& actor);

}  // namespace doithoai
