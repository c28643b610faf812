// Issue 10: "The audit log is readable in full by any coordinator or administrator of any
// unit … Scope it to the reader's subtree and role."
#include "domain/access/audit_access.h"

#include <gtest/gtest.h>

#include "domain/access/access_test_kit.h"

namespace doithoai {
namespace {

using namespace access_test;  // NOLINT(google-build-using-namespace)

constexpr std::string_view kOtherCity = "/1/3/";
constexpr std::string_view kNoUnit = "";

TEST(AuditArea, EachActionHasTheAreaOfItsWork) {
  EXPECT_EQ(AreaOfAction("user.updated"), AuditArea::kAdministration);
  EXPECT_EQ(AreaOfAction("unit.created"), AuditArea::kAdministration);
  EXPECT_EQ(AreaOfAction("units.loaded"), AuditArea::kAdministration);
  EXPECT_EQ(AreaOfAction("agency.created"), AuditArea::kAdministration);
  EXPECT_EQ(AreaOfAction("dialogue.created"), AuditArea::kPlanning);
  EXPECT_EQ(AreaOfAction("milestone.updated"), AuditArea::kPlanning);
  EXPECT_EQ(AreaOfAction("routing_table.updated"), AuditArea::kPlanning);
  EXPECT_EQ(AreaOfAction("dialogue.concluded"), AuditArea::kHandling);
  EXPECT_EQ(AreaOfAction("answer.returned"), AuditArea::kHandling);
  EXPECT_EQ(AreaOfAction("question.contact_revealed"), AuditArea::kHandling);
  EXPECT_EQ(AreaOfAction("users_exported"), AuditArea::kHandling) << "a prefix needs its dot";
  EXPECT_EQ(AreaOfAction("something.new"), AuditArea::kHandling);
  for (auto a : {AuditArea::kAdministration, AuditArea::kPlanning, AuditArea::kHandling}) {
    EXPECT_EQ(ParseAuditArea(AuditAreaName(a)), a);
  }
  EXPECT_FALSE(ParseAuditArea("everything"));
}

struct Row {
  const char* name;
  Actor actor;
  // Expected for: handling in the city, handling in the ward, handling in another city,
  // administration in the ward, planning in the city, administration of no unit.
  bool handling_city, handling_ward, handling_other, admin_ward, planning_city, admin_none;
};

TEST(AuditAccess, Matrix) {
  const Row rows[] = {
      {"national coordinator", With(Role::kCoordinator, kNation), true, true, true, false, true,
       false},
      {"city coordinator", With(Role::kCoordinator, kCity), true, true, false, false, true, false},
      {"ward coordinator", With(Role::kCoordinator, kWard), false, true, false, false, false,
       false},
      {"national administrator", With(Role::kAdministrator, kNation), false, false, false, true,
       true, true},
      {"ward administrator", With(Role::kAdministrator, kWard), false, false, false, true, false,
       false},
      {"city leader", With(Role::kLeader, kCity), false, false, false, false, false, false},
      {"city youth union", With(Role::kYouthUnion, kCity), false, false, false, false, false,
       false},
      {"city agency officer", With(Role::kAgencyOfficer, kCity), false, false, false, false, false,
       false},
  };
  for (const auto& r : rows) {
    SCOPED_TRACE(r.name);
    EXPECT_EQ(CanReadAudit(r.actor, AuditArea::kHandling, kCity), r.handling_city);
    EXPECT_EQ(CanReadAudit(r.actor, AuditArea::kHandling, kWard), r.handling_ward);
    EXPECT_EQ(CanReadAudit(r.actor, AuditArea::kHandling, kOtherCity), r.handling_other);
    EXPECT_EQ(CanReadAudit(r.actor, AuditArea::kAdministration, kWard), r.admin_ward);
    EXPECT_EQ(CanReadAudit(r.actor, AuditArea::kPlanning, kCity), r.planning_city);
    EXPECT_EQ(CanReadAudit(r.actor, AuditArea::kAdministration, kNoUnit), r.admin_none);
  }
}

TEST(AuditAccess, ScopesFollowTheSameRule) {
  Actor ward_admin = With(Role::kAdministrator, kWard);
  ward_admin.grants.push_back({Role::kLeader, UnitId(0), std::nullopt, std::string(kCity)});
  auto scopes = AuditScopes(ward_admin);
  ASSERT_EQ(scopes.size(), 1u) << "a leader's grant reads nothing";
  EXPECT_EQ(scopes[0].unit_path, kWard);
  EXPECT_EQ(scopes[0].areas,
            (std::vector<AuditArea>{AuditArea::kAdministration, AuditArea::kPlanning}));
  EXPECT_FALSE(scopes[0].with_unitless);

  auto national = AuditScopes(With(Role::kCoordinator, kNation));
  ASSERT_EQ(national.size(), 1u);
  EXPECT_TRUE(national[0].with_unitless);
  EXPECT_EQ(national[0].areas,
            (std::vector<AuditArea>{AuditArea::kPlanning, AuditArea::kHandling}));

  EXPECT_TRUE(AuditScopes(With(Role::kAgencyOfficer, kNation)).empty());
  EXPECT_TRUE(AuditScopes(Actor{}).empty());
}

}  // namespace
}  // namespace doithoai
