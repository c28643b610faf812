#include "domain/access/initiative_access.h"

#include <gtest/gtest.h>

namespace doithoai {
namespace {

Actor With(Role role, std::string path) {
  Actor a;
  a.user = UserId(1);
  a.grants.push_back({role, UnitId(1), std::nullopt, std::move(path)});
  return a;
}

TEST(InitiativeAccess, YouthUnionAndCoordinatorsRunCallsInTheirSubtree) {
  EXPECT_TRUE(CanRunInitiativeCalls(With(Role::kYouthUnion, "/1/"), "/1/"));
  EXPECT_TRUE(CanRunInitiativeCalls(With(Role::kCoordinator, "/1/"), "/1/5/"));
  EXPECT_FALSE(CanRunInitiativeCalls(With(Role::kYouthUnion, "/1/5/"), "/1/"));
  EXPECT_FALSE(CanRunInitiativeCalls(With(Role::kAgencyOfficer, "/1/"), "/1/"));
  EXPECT_FALSE(CanRunInitiativeCalls(With(Role::kLeader, "/1/"), "/1/"));
  EXPECT_FALSE(CanRunInitiativeCalls(Actor{}, "/1/"));
}

}  // namespace
}  // namespace doithoai
