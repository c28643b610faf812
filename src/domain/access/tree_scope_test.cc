// Tree scope for tasks and documents (issue 10: "a ward can assign city agencies"; SYSTEM.md
// §1 "a user acts within their own agency and unit"). Places: the nation, a city, two of its
// wards, another province.
#include "domain/access/tree_scope.h"

#include <gtest/gtest.h>

#include "domain/access/access_test_kit.h"

namespace doithoai {
namespace {

using namespace access_test;  // NOLINT(google-build-using-namespace)

// "An agency must belong to the assigning unit or a unit below it."
TEST(TreeScope, AgenciesAreAssignedDownTheTreeOnly) {
  struct Case {
    std::string_view assigning, agency;
    bool allowed;
  } const cases[] = {
      {kWard, kWard, true},            // the ward's own bodies
      {kWard, kCity, false},           // the finding: a ward assigns a city department
      {kWard, kNation, false},         // nor a ministry
      {kWard, kOtherWard, false},      // nor a neighbouring ward's bodies
      {kCity, kCity, true},            // the city's departments
      {kCity, kWard, true},            // and its wards' bodies
      {kCity, kOtherProvince, false},  // never another province's
      {kNation, kWard, true},          // the nation reaches every level
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(std::string(c.assigning) + " assigns an agency of " + std::string(c.agency));
    EXPECT_EQ(MayAssignTo(c.assigning, c.agency), c.allowed);
  }
}

// "A parent task must be within the actor's scope": one that came down to the assigning unit.
TEST(TreeScope, ParentsComeFromTheAssigningUnitOrAbove) {
  struct Case {
    std::string_view assigning, parent;
    bool allowed;
  } const cases[] = {
      {kWard, kWard, true},            // a ward's own task, carried further
      {kWard, kCity, true},            // the city's task relayed down to the ward
      {kWard, kNation, true},          // the Prime Minister's notice
      {kWard, kOtherWard, false},      // a sibling ward's sub-task
      {kCity, kWard, false},           // never under a lower level's task
      {kCity, kOtherProvince, false},  // nor another province's
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(std::string(c.assigning) + " carries out a task of " + std::string(c.parent));
    EXPECT_EQ(MayCarryOut(c.assigning, c.parent), c.allowed);
  }
}

// The one document-read rule. Rows: readers; columns: a document kept at the nation (no task
// for kDept), at the city (no task for kDept), at a ward giving kDept a task, at a ward that
// does not, and at another province.
TEST(TreeScope, DocumentReadMatrix) {
  const AgencyId none[] = {AgencyId(99)};  // tasks for a body none of the readers serves
  const AgencyId dept[] = {kDept};
  struct Row {
    const char* name;
    Actor actor;
    bool nation, city, ward_with_task, ward_without, other_province;
  } const rows[] = {
      {"city coordinator", With(Role::kCoordinator, kCity), true, true, true, true, false},
      {"ward coordinator", With(Role::kCoordinator, kWard), true, true, true, true, false},
      {"other ward leader", With(Role::kLeader, kOtherWard), true, true, false, false, false},
      {"national coordinator", With(Role::kCoordinator, kNation), true, true, true, true, true},
      {"city youth union", With(Role::kYouthUnion, kCity, kDept), true, true, true, true, false},
      // The clause staff search once dropped: what comes down to an officer's unit from its
      // own level and above, task or none.
      {"city officer", With(Role::kAgencyOfficer, kCity, kDept), true, true, true, false, false},
      {"ward officer", With(Role::kAgencyOfficer, kWard, kOtherDept), true, true, true, true,
       false},
      {"other province officer", With(Role::kAgencyOfficer, kOtherProvince, kDept), true, false,
       true, false, true},
  };
  for (const auto& r : rows) {
    SCOPED_TRACE(r.name);
    EXPECT_EQ(CanReadDocument(r.actor, kNation, none), r.nation);
    EXPECT_EQ(CanReadDocument(r.actor, kCity, none), r.city);
    EXPECT_EQ(CanReadDocument(r.actor, kWard, dept), r.ward_with_task);
    EXPECT_EQ(CanReadDocument(r.actor, kWard, none), r.ward_without);
    EXPECT_EQ(CanReadDocument(r.actor, kOtherProvince, none), r.other_province);
  }
  // An officer grant without an agency matches no task (nor a task without an agency).
  Actor broken = With(Role::kAgencyOfficer, kCity);
  EXPECT_FALSE(CanReadDocument(broken, kWard, dept));
  EXPECT_FALSE(CanReadDocument(Actor{}, kNation, none));
}

}  // namespace
}  // namespace doithoai
