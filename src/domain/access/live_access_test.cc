#include "domain/access/live_access.h"

#include <gtest/gtest.h>

namespace doithoai {
namespace {

Actor Holding(Role role, std::string path) {
  Actor a;
  a.user = UserId(1);
  a.grants.push_back({role, UnitId(2), std::nullopt, std::move(path)});
  return a;
}

TEST(CanKeepLiveRecord, TheHostsSecretariatAndNobodyElse) {
  constexpr std::string_view kCity = "/1/2/";
  EXPECT_TRUE(CanKeepLiveRecord(Holding(Role::kCoordinator, "/1/2/"), kCity));
  EXPECT_TRUE(CanKeepLiveRecord(Holding(Role::kYouthUnion, "/1/2/"), kCity));
  EXPECT_TRUE(CanKeepLiveRecord(Holding(Role::kCoordinator, "/1/"), kCity)) << "from above";
  EXPECT_FALSE(CanKeepLiveRecord(Holding(Role::kLeader, "/1/2/"), kCity)) << "leaders watch";
  EXPECT_FALSE(CanKeepLiveRecord(Holding(Role::kAgencyOfficer, "/1/2/"), kCity));
  EXPECT_FALSE(CanKeepLiveRecord(Holding(Role::kAdministrator, "/1/2/"), kCity));
  EXPECT_FALSE(CanKeepLiveRecord(Holding(Role::kCoordinator, "/1/3/"), kCity)) << "another city";
  EXPECT_FALSE(CanKeepLiveRecord(Holding(Role::kCoordinator, "/1/2/30/"), kCity))
      << "a ward's coordinator does not keep the city's record";
}

}  // namespace
}  // namespace doithoai
