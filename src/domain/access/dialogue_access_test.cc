#include "domain/access/dialogue_access.h"

#include <gtest/gtest.h>

namespace doithoai {
namespace {

Actor WithGrant(Role role, std::string unit_path) {
  Actor a;
  a.grants.push_back(RoleGrant{role, UnitId(1), std::nullopt, std::move(unit_path)});
  return a;
}

// Issue 10: "a new dialogue is public and takes questions before its plan is published".
TEST(DialogueAccess, PublicOnlyFromThePlansPublicationDay) {
  Dialogue d;
  Date today(2026, 2, 20);
  EXPECT_FALSE(IsDialoguePublic(d, today)) << "no plan published yet";
  d.plan_published_on = Date(2026, 2, 21);
  EXPECT_FALSE(IsDialoguePublic(d, today)) << "published tomorrow";
  d.plan_published_on = today;
  EXPECT_TRUE(IsDialoguePublic(d, today));
  d.plan_published_on = Date(2026, 1, 5);
  EXPECT_TRUE(IsDialoguePublic(d, today));
}

TEST(DialogueAccess, StaffOfTheHostsBranchSeeItBeforehand) {
  Dialogue d;  // unpublished, hosted by the city /1/14/
  Date today(2026, 2, 20);
  const std::string city = "/1/14/";
  EXPECT_FALSE(CanSeeDialogue(nullptr, d, city, today));
  Actor planner = WithGrant(Role::kCoordinator, "/1/14/");
  Actor national = WithGrant(Role::kAdministrator, "/1/");
  Actor ward = WithGrant(Role::kYouthUnion, "/1/14/230/");
  Actor other_city = WithGrant(Role::kCoordinator, "/1/15/");
  EXPECT_TRUE(CanSeeDialogue(&planner, d, city, today));
  EXPECT_TRUE(CanSeeDialogue(&national, d, city, today));
  EXPECT_TRUE(CanSeeDialogue(&ward, d, city, today));
  EXPECT_FALSE(CanSeeDialogue(&other_city, d, city, today));
  Actor sibling = WithGrant(Role::kCoordinator, "/1/140/");
  EXPECT_FALSE(CanSeeDialogue(&sibling, d, city, today)) << "a sibling whose id extends 14";
  d.plan_published_on = today;
  EXPECT_TRUE(CanSeeDialogue(&other_city, d, city, today));
  EXPECT_TRUE(CanSeeDialogue(nullptr, d, city, today));
}

}  // namespace
}  // namespace doithoai
