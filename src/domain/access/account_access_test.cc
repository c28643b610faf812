// Issue 10: "A ward-level administrator lists every account nationwide and can take over
// accounts without roles."
#include "domain/access/account_access.h"

#include <gtest/gtest.h>

#include "domain/access/access_test_kit.h"

namespace doithoai {
namespace {

using namespace access_test;  // NOLINT(google-build-using-namespace)

Actor Admin(std::string_view path) {
  Actor a;
  a.user = UserId(1);
  a.grants.push_back(Grant(Role::kAdministrator, path));
  return a;
}

TEST(AccountAccess, AWardAdministratorSeesAndManagesOnlyItsWardsAccounts) {
  Actor ward = Admin(kWard);
  std::vector<RoleGrant> ward_officer = {Grant(Role::kCoordinator, kWard)};
  std::vector<RoleGrant> city_officer = {Grant(Role::kCoordinator, kCity)};
  std::vector<RoleGrant> other_ward = {Grant(Role::kCoordinator, kOtherWard)};
  std::vector<RoleGrant> city_and_ward = {Grant(Role::kCoordinator, kCity),
                                          Grant(Role::kYouthUnion, kWard)};
  std::vector<RoleGrant> none;
  EXPECT_TRUE(CanSeeAccount(ward, ward_officer));
  EXPECT_TRUE(CanManageAccount(ward, ward_officer));
  EXPECT_FALSE(CanSeeAccount(ward, city_officer));
  EXPECT_FALSE(CanManageAccount(ward, city_officer));
  EXPECT_FALSE(CanSeeAccount(ward, other_ward));
  EXPECT_FALSE(CanManageAccount(ward, other_ward));
  EXPECT_TRUE(CanSeeAccount(ward, city_and_ward)) << "it works in the ward too";
  EXPECT_FALSE(CanManageAccount(ward, city_and_ward)) << "but is not the ward's to take over";
  EXPECT_FALSE(CanSeeAccount(ward, none));
  EXPECT_FALSE(CanManageAccount(ward, none));
}

TEST(AccountAccess, AccountsWithoutRolesBelongToTheNationalAdministrators) {
  std::vector<RoleGrant> none;
  EXPECT_TRUE(CanSeeAccount(Admin(kNation), none));
  EXPECT_TRUE(CanManageAccount(Admin(kNation), none));
  EXPECT_FALSE(CanManageAccount(Admin(kCity), none));
  EXPECT_TRUE(AdministersNation(Admin(kNation)));
  EXPECT_FALSE(AdministersNation(Admin(kCity)));
  Actor national_coordinator;
  national_coordinator.grants.push_back(Grant(Role::kCoordinator, kNation));
  EXPECT_FALSE(AdministersNation(national_coordinator));
  EXPECT_FALSE(CanSeeAccount(national_coordinator, none));
}

TEST(AccountAccess, ACityAdministratorManagesItsWards) {
  std::vector<RoleGrant> ward_officer = {Grant(Role::kAgencyOfficer, kWard)};
  EXPECT_TRUE(CanManageAccount(Admin(kCity), ward_officer));
  EXPECT_TRUE(CanManageAccount(Admin(kNation), ward_officer));
  EXPECT_FALSE(CanManageAccount(Admin(kOtherWard), ward_officer));
}

}  // namespace
}  // namespace doithoai
