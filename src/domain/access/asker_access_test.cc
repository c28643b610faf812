// SYSTEM.md §1: "Nobody sees a youth's identity except those handling that youth's question";
// issue 10: "A role grant at nation level should not by itself mean handling every city's
// youths."
#include "domain/access/asker_access.h"

#include <gtest/gtest.h>

#include "domain/access/access_test_kit.h"
#include "domain/access/permissions.h"
#include "domain/question/age_band.h"

namespace doithoai {
namespace {

using namespace access_test;  // NOLINT(google-build-using-namespace)

struct Row {
  const char* name;
  Actor actor;
  bool reads_city, askers_city, askers_ward;  // a city's dialogue; a ward's dialogue
};

TEST(AskerAccess, OnlyTheHostUnitsCoordinatorsAndYouthUnionSeeWhoAsked) {
  const Row rows[] = {
      {"national coordinator", With(Role::kCoordinator, kNation), true, false, false},
      {"city coordinator", With(Role::kCoordinator, kCity), true, true, false},
      {"city youth union", With(Role::kYouthUnion, kCity), true, true, false},
      {"city leader", With(Role::kLeader, kCity), true, false, false},
      {"city agency officer", With(Role::kAgencyOfficer, kCity, AgencyId(7)), false, false, false},
      {"city administrator", With(Role::kAdministrator, kCity), false, false, false},
      {"ward coordinator", With(Role::kCoordinator, kWard), false, false, true},
      {"ward youth union", With(Role::kYouthUnion, kWard), false, false, true},
      {"another ward's coordinator", With(Role::kCoordinator, kOtherWard), false, false, false},
  };
  for (const auto& r : rows) {
    SCOPED_TRACE(r.name);
    EXPECT_EQ(CanHandleQuestions(r.actor, kCity), r.reads_city);
    EXPECT_EQ(CanSeeAskers(r.actor, kCity), r.askers_city);
    EXPECT_EQ(CanSeeAskers(r.actor, kWard), r.askers_ward);
  }
  EXPECT_FALSE(CanSeeAskers(With(Role::kCoordinator, kCity), ""));
}

TEST(AskerAccess, AGrantAtTheHostAmongOthersIsEnough) {
  Actor both = With(Role::kLeader, kCity);
  both.grants.push_back({Role::kYouthUnion, UnitId(0), std::nullopt, std::string(kWard)});
  EXPECT_FALSE(CanSeeAskers(both, kCity));
  EXPECT_TRUE(CanSeeAskers(both, kWard));
}

TEST(AskerAccess, TheRouteGateAdmitsExactlyTheRolesTheRuleCanAdmit) {
  for (Role role : {Role::kAdministrator, Role::kCoordinator, Role::kYouthUnion,
                    Role::kAgencyOfficer, Role::kLeader}) {
    SCOPED_TRACE(RoleName(role));
    EXPECT_EQ(CanSeeAskers(With(role, kCity, AgencyId(7)), kCity), kSeeAskersRoles.Contains(role));
  }
}

TEST(AgeBand, MinorsAndAdultsInCoarseBands) {
  EXPECT_EQ(AgeBand(16), "16–17");
  EXPECT_EQ(AgeBand(17), "16–17");
  EXPECT_EQ(AgeBand(18), "18–24");
  EXPECT_EQ(AgeBand(24), "18–24");
  EXPECT_EQ(AgeBand(25), "25–30");
  EXPECT_EQ(AgeBand(30), "25–30");
  EXPECT_FALSE(AgeBand(std::nullopt));
  EXPECT_FALSE(AgeBand(15));
  EXPECT_FALSE(AgeBand(31));
}

}  // namespace
}  // namespace doithoai
