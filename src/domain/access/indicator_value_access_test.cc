#include "domain/access/indicator_value_access.h"

#include <gtest/gtest.h>

namespace doithoai {
namespace {

constexpr std::string_view kCity = "/1/31/";
constexpr std::string_view kWard = "/1/31/3100/";
constexpr std::string_view kOtherWard = "/1/31/3101/";
const AgencyId kVhxh(40);  // Phòng VH-XH of the ward: responsible
const AgencyId kDoan(41);  // Đoàn phường: another body of the same ward
const AgencyId kSoNoiVu(2);

Actor Grant(Role role, std::string_view path, std::optional<AgencyId> agency = std::nullopt) {
  Actor a;
  a.user = UserId(9);
  a.grants.push_back({role, UnitId(1), agency, std::string(path)});
  return a;
}

// Issue 13: "the responsible agency reports its own indicators (another agency of the same
// ward cannot overwrite them)".
TEST(IndicatorValueAccess, Issue13_AnotherBodyOfTheSameWardCannotEnterTheResponsibleOnesValue) {
  IndicatorValueTarget own{kWard, kVhxh, true};
  EXPECT_TRUE(CanEnterIndicatorValue(Grant(Role::kAgencyOfficer, kWard, kVhxh), own));
  EXPECT_FALSE(CanEnterIndicatorValue(Grant(Role::kAgencyOfficer, kWard, kDoan), own));
  EXPECT_FALSE(CanEnterIndicatorValue(Grant(Role::kYouthUnion, kWard, kDoan), own));
  EXPECT_TRUE(CanEnterIndicatorValue(Grant(Role::kYouthUnion, kWard, kVhxh), own));
}

TEST(IndicatorValueAccess, Issue13_CoordinatorsCoveringTheUnitEnterAnyValue) {
  IndicatorValueTarget own{kWard, kVhxh, true};
  EXPECT_TRUE(CanEnterIndicatorValue(Grant(Role::kCoordinator, kWard), own));
  EXPECT_TRUE(CanEnterIndicatorValue(Grant(Role::kCoordinator, kCity), own));
  EXPECT_FALSE(CanEnterIndicatorValue(Grant(Role::kCoordinator, kOtherWard), own));
}

TEST(IndicatorValueAccess, Issue13_WithoutAResponsibleBodyInTheUnitItsStaffEnterIt) {
  // A city indicator its wards report, answered for by a city department.
  IndicatorValueTarget city_body{kWard, kSoNoiVu, false};
  EXPECT_TRUE(CanEnterIndicatorValue(Grant(Role::kYouthUnion, kWard, kDoan), city_body));
  EXPECT_TRUE(CanEnterIndicatorValue(Grant(Role::kAgencyOfficer, kWard, kVhxh), city_body));
  IndicatorValueTarget nobody{kWard, std::nullopt, false};
  EXPECT_TRUE(CanEnterIndicatorValue(Grant(Role::kAgencyOfficer, kWard, kDoan), nobody));
  EXPECT_FALSE(CanEnterIndicatorValue(Grant(Role::kAgencyOfficer, kOtherWard, kDoan), nobody));
}

TEST(IndicatorValueAccess, LeadersAndAdministratorsDoNotEnterValues) {
  IndicatorValueTarget nobody{kWard, std::nullopt, false};
  EXPECT_FALSE(CanEnterIndicatorValue(Grant(Role::kLeader, kCity), nobody));
  EXPECT_FALSE(CanEnterIndicatorValue(Grant(Role::kAdministrator, "/1/"), nobody));
}

}  // namespace
}  // namespace doithoai
