// Roles (SYSTEM.md §1) and the actor making a request. A grant scopes a role to a unit (and,
// for agency staff, an agency); a grant on a unit covers its whole subtree.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/ids.h"

namespace doithoai {

enum class Role {
  kAdministrator,  // units, agencies, users, backups
  kCoordinator,    // Sở Nội vụ / Phòng VH-XH: screen, group, route, approve, dashboards
  kYouthUnion,     // cán bộ Đoàn: compile and import questions
  kAgencyOfficer,  // drafts answers for issues routed to its agency
  kLeader,         // approves answers, watches the dashboard
};

const char* RoleName(Role role);  // "administrator", "coordinator", ...
std::optional<Role> ParseRole(std::string_view name);

// A set of roles: which roles a route admits at all, before any work on the request (the
// per-unit rule in permissions.h is checked afterwards, by the use case).
class Roles {
 public:
  constexpr Roles() = default;
  constexpr Roles(Role r) : bits_(Bit(r)) {}  // NOLINT(google-explicit-constructor)
  static constexpr Roles Any() { return Roles(0x1f); }
  constexpr Roles operator|(Roles o) const { return Roles(bits_ | o.bits_); }
  constexpr bool Contains(Role r) const { return (bits_ & Bit(r)) != 0; }
  constexpr bool operator==(const Roles&) const = default;

 private:
  constexpr explicit Roles(unsigned bits) : bits_(bits) {}
  static constexpr unsigned Bit(Role r) { return 1u << static_cast<unsigned>(r); }
  unsigned bits_ = 0;
};
constexpr Roles operator|(Role a, Role b) { return Roles(a) | Roles(b); }

struct RoleGrant {
  Role role = Role::kCoordinator;
  UnitId unit;
  std::optional<AgencyId> agency;  // required for kAgencyOfficer
  std::string unit_path;           // filled when loaded; the scope for IsWithin
};

// Who is acting. Anonymous (public) requests have no Actor.
struct Actor {
  UserId user;
  std::string username;
  std::string display_name;
  std::vector<RoleGrant> grants;
};

// The actor holds a grant of one of `roles`, on any unit.
bool HoldsAny(const Actor& actor, Roles roles);

}  // namespace doithoai
