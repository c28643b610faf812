#include "domain/unit/unit.h"

#include <gtest/gtest.h>

namespace doithoai {
namespace {

TEST(Unit, SubtreeIsAPrefixTest) {
  EXPECT_TRUE(IsWithin("/1/14/230/", "/1/14/"));
  EXPECT_TRUE(IsWithin("/1/14/", "/1/14/"));
  EXPECT_FALSE(IsWithin("/1/140/", "/1/14/"));  // sibling with a longer id is not inside
  EXPECT_FALSE(IsWithin("/1/", "/1/14/"));
  EXPECT_FALSE(IsWithin("/1/", ""));
  EXPECT_EQ(ChildPath("/1/", UnitId(14)), "/1/14/");
}

TEST(Unit, LevelNamesRoundTrip) {
  EXPECT_EQ(ParseUnitLevel(UnitLevelName(UnitLevel::kCommune)), UnitLevel::kCommune);
  EXPECT_FALSE(ParseUnitLevel("district"));  // districts were abolished on 1/7/2025
}

}  // namespace
}  // namespace doithoai
