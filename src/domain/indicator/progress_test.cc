#include "domain/indicator/progress.h"

#include <gtest/gtest.h>

namespace doithoai {
namespace {

Indicator Counselling() {  // Decision 1331: 80% of youth counselled by 2030
  Indicator i;
  i.kind = IndicatorKind::kRatio;
  i.measure = "%";
  i.direction = Direction::kAtLeast;
  i.baseline_year = 2024;
  i.baseline_value = 50;
  i.targets = {{2025, 55}, {2030, 80}};
  return i;
}

TEST(Progress, ShareOfTheWayAndTheStraightPath) {
  auto p = ComputeProgress(Counselling(), 2026, 62);
  EXPECT_EQ(p.target, std::nullopt);
  EXPECT_DOUBLE_EQ(*p.expected_on_path, 60);  // 50 + 30 × 2/6
  EXPECT_TRUE(*p.on_track);
  EXPECT_DOUBLE_EQ(*p.share_of_way, 0.4);     // (62 − 50) / (80 − 50)
  EXPECT_DOUBLE_EQ(*p.needed_per_year, 4.5);  // (80 − 62) / 4 years
  EXPECT_FALSE(*p.meets_final);
}

TEST(Progress, BehindTheTargetOfTheYear) {
  auto p = ComputeProgress(Counselling(), 2025, 53);
  EXPECT_EQ(*p.target, 55);
  EXPECT_FALSE(*p.meets_target);
  EXPECT_FALSE(*p.on_track);  // the path expects 55 in 2025
}

// Decision 1331: urban youth unemployment under 7% by 2030 (a "≤" indicator falls).
TEST(Progress, AtMostIndicatorsMoveDown) {
  Indicator u = Counselling();
  u.direction = Direction::kAtMost;
  u.baseline_value = 9;
  u.targets = {{2030, 7}};
  auto p = ComputeProgress(u, 2027, 7.5);
  EXPECT_TRUE(*p.on_track);  // the path expects 8 in 2027
  EXPECT_DOUBLE_EQ(*p.share_of_way, 0.75);
  EXPECT_DOUBLE_EQ(*p.needed_per_year, -1.0 / 6);
  auto late = ComputeProgress(u, 2030, 7.2);
  EXPECT_FALSE(*late.meets_final);
  EXPECT_DOUBLE_EQ(*late.needed_per_year, 0);
}

TEST(Progress, WithoutValueOrBaselineOnlyTheTargetsShow) {
  auto p = ComputeProgress(Counselling(), 2025, std::nullopt);
  EXPECT_EQ(*p.target, 55);
  EXPECT_FALSE(p.meets_target);
  EXPECT_FALSE(p.on_track);
  Indicator fresh = Counselling();
  fresh.baseline_value.reset();
  auto q = ComputeProgress(fresh, 2025, 56);
  EXPECT_TRUE(*q.meets_target);
  EXPECT_FALSE(q.share_of_way);
  EXPECT_DOUBLE_EQ(*q.needed_per_year, 24.0 / 5);
}

TEST(Progress, TrajectoryRunsFromTheValueToTheFinalTarget) {
  auto t = NeededTrajectory(Counselling(), 2026, 60);
  ASSERT_EQ(t.size(), 5u);
  EXPECT_EQ(t.front(), (YearTarget{2026, 60}));
  EXPECT_EQ(t.back(), (YearTarget{2030, 80}));
  EXPECT_DOUBLE_EQ(t[1].value, 65);
  EXPECT_TRUE(NeededTrajectory(Counselling(), 2030, 70).empty());
}

}  // namespace
}  // namespace doithoai
