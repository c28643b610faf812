#include "domain/indicator/completeness.h"

#include <gtest/gtest.h>

namespace doithoai {
namespace {

Indicator At(int64_t id, UnitLevel level) {
  Indicator i;
  i.id = IndicatorId(id);
  i.reporting_level = level;
  return i;
}

TEST(Completeness, ExpectedReportedAndOnTimePerUnitLevelAndSubtree) {
  // City 1 (reports indicator 30) ─┬─ ward 2 ─┐ report indicators 10 and 20
  //                                └─ ward 3 ─┘
  auto tree = UnitTree::Build({{UnitId(1), std::nullopt, UnitLevel::kProvince},
                               {UnitId(2), UnitId(1), UnitLevel::kCommune},
                               {UnitId(3), UnitId(1), UnitLevel::kCommune}})
                  .value();
  std::vector<Indicator> inds = {At(10, UnitLevel::kCommune), At(20, UnitLevel::kCommune),
                                 At(30, UnitLevel::kProvince)};
  Date due(2025, 11, 30);
  std::vector<EnteredReport> reports = {
      {UnitId(2), IndicatorId(10), Date(2025, 11, 20)},
      {UnitId(2), IndicatorId(20), Date(2025, 12, 2)},   // late
      {UnitId(3), IndicatorId(10), Date(2025, 11, 30)},  // on the due date: on time
      {UnitId(3), IndicatorId(30), Date(2025, 11, 1)},   // not expected of a ward: ignored
      {UnitId(9), IndicatorId(10), Date(2025, 11, 1)},   // not in the tree: ignored
  };
  auto v = ComputeCompleteness(tree, {UnitId(1), UnitId(2), UnitId(3)}, inds, reports, due);
  auto at = [&](int64_t id) { return *tree.IndexOf(UnitId(id)); };
  EXPECT_EQ(v.own[at(2)], (Completeness{2, 2, 1}));
  EXPECT_EQ(v.own[at(3)], (Completeness{2, 1, 1}));
  EXPECT_EQ(v.own[at(1)], (Completeness{1, 0, 0}));
  EXPECT_EQ(v.subtree[at(1)], (Completeness{5, 3, 2}));
  EXPECT_EQ(v.by_level[static_cast<int>(UnitLevel::kCommune)], (Completeness{4, 3, 2}));
  EXPECT_EQ(v.by_level[static_cast<int>(UnitLevel::kProvince)], (Completeness{1, 0, 0}));
}

TEST(Completeness, UnitsOutsideTheRoundExpectNothing) {
  auto tree = UnitTree::Build({{UnitId(1), std::nullopt, UnitLevel::kProvince},
                               {UnitId(2), UnitId(1), UnitLevel::kCommune}})
                  .value();
  auto v =
      ComputeCompleteness(tree, {UnitId(2)}, {At(10, UnitLevel::kCommune)},
                          {{UnitId(2), IndicatorId(10), Date(2025, 1, 1)}}, Date(2025, 11, 30));
  EXPECT_EQ(v.subtree[*tree.IndexOf(UnitId(1))], (Completeness{1, 1, 1}));
  EXPECT_EQ(v.own[*tree.IndexOf(UnitId(1))], (Completeness{0, 0, 0}));
}

}  // namespace
}  // namespace doithoai
