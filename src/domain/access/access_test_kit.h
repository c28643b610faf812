// The places and actors the access tests share: a nation, a city with two wards, another
// province, two agencies; an actor is one grant (or several) on a unit path.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "domain/access/role.h"

namespace doithoai::access_test {

inline constexpr std::string_view kNation = "/1/";
inline constexpr std::string_view kCity = "/1/2/";
inline constexpr std::string_view kWard = "/1/2/30/";
inline constexpr std::string_view kOtherWard = "/1/2/31/";
inline constexpr std::string_view kOtherProvince = "/1/3/";
inline const AgencyId kDept(7), kOtherDept(8);

inline RoleGrant Grant(Role role, std::string_view path, std::optional<AgencyId> agency = {}) {
  return {role, UnitId(0), agency, std::string(path)};
}

// An actor holding one grant of `role` on the unit at `path`.
inline Actor With(Role role, std::string_view path, std::optional<AgencyId> agency = {}) {
  Actor a;
  a.user = UserId(1);
  a.grants.push_back(Grant(role, path, agency));
  return a;
}

}  // namespace doithoai::access_test
