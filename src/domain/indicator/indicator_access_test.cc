#include "domain/indicator/indicator_access.h"

#include <gtest/gtest.h>

namespace doithoai {
namespace {

Actor With(Role role, const char* path) {
  Actor a;
  a.grants = {{role, UnitId(2), std::nullopt, path}};
  return a;
}

// SYSTEM.md §5: "roles and tree scope checked on every request (tested as a matrix)".
TEST(IndicatorAccess, RolesAndTreeScopeMatrix) {
  const char* city = "/1/2/";
  const char* ward = "/1/2/40/";
  const char* other = "/1/3/";
  struct Case {
    Role role;
    bool manage, report, view;
  } cases[] = {
      {Role::kCoordinator, true, true, true},     {Role::kYouthUnion, false, true, true},
      {Role::kAgencyOfficer, false, true, true},  {Role::kLeader, false, false, true},
      {Role::kAdministrator, false, false, true},
  };
  for (const auto& c : cases) {
    Actor a = With(c.role, city);
    SCOPED_TRACE(RoleName(c.role));
    EXPECT_EQ(CanManageIndicators(a, city), c.manage);
    EXPECT_EQ(CanReportFor(a, ward), c.report);
    EXPECT_EQ(CanViewIndicators(a, ward), c.view);
    // Outside the grant's subtree nothing is allowed, whatever the role.
    EXPECT_FALSE(CanManageIndicators(a, other));
    EXPECT_FALSE(CanReportFor(a, other));
    EXPECT_FALSE(CanViewIndicators(a, other));
    // A grant on a ward does not reach up to the city.
    Actor below = With(c.role, ward);
    EXPECT_FALSE(CanManageIndicators(below, city));
    EXPECT_FALSE(CanViewIndicators(below, city));
  }
  EXPECT_FALSE(CanViewIndicators(Actor{}, city));
}

}  // namespace
}  // namespace doithoai
