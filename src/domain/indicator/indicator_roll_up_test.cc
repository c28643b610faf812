#include "domain/indicator/indicator_roll_up.h"

#include <gtest/gtest.h>

#include <map>
#include <random>

namespace doithoai {
namespace {

Indicator Ratio() {
  Indicator i;
  i.kind = IndicatorKind::kRatio;
  i.measure = "%";
  return i;
}

TEST(IndicatorRollUp, RatiosDivideTheSumsNeverAverageThePercentages) {
  // City 1 ─┬─ ward 2: 30 of 300 youths (10%)
  //         └─ ward 3: 27,000 of 30,000 youths (90%)
  auto tree = UnitTree::Build({{UnitId(1), std::nullopt, UnitLevel::kProvince},
                               {UnitId(2), UnitId(1), UnitLevel::kCommune},
                               {UnitId(3), UnitId(1), UnitLevel::kCommune}})
                  .value();
  auto agg = RollUpIndicator(tree, {{UnitId(2), 30, 300}, {UnitId(3), 27000, 30000}}).value();
  const Aggregate& city = agg[*tree.IndexOf(UnitId(1))];
  EXPECT_EQ(city.numerator, 27030);
  EXPECT_EQ(city.denominator, 30300);
  EXPECT_EQ(city.reporting_units, 2);
  // 89.2%, not the 50% an average of 10% and 90% would give.
  EXPECT_NEAR(*AggregateValue(Ratio(), city), 89.207920, 1e-5);
  Indicator count;
  count.kind = IndicatorKind::kCount;
  EXPECT_EQ(*AggregateValue(count, agg[*tree.IndexOf(UnitId(2))]), 30);
}

TEST(IndicatorRollUp, NothingReportedHasNoValue) {
  auto tree = UnitTree::Build({{UnitId(1), std::nullopt, UnitLevel::kProvince}}).value();
  auto agg = RollUpIndicator(tree, {}).value();
  EXPECT_EQ(AggregateValue(Ratio(), agg[0]), std::nullopt);
}

TEST(IndicatorRollUp, RejectsUnitsOutsideTheTreeAndDuplicates) {
  auto tree = UnitTree::Build({{UnitId(1), std::nullopt, UnitLevel::kProvince}}).value();
  auto outside = RollUpIndicator(tree, {{UnitId(1), 1, 2}, {UnitId(9), 1, 2}});
  ASSERT_FALSE(outside.ok());
  EXPECT_EQ(outside.error().fields()[0].field, "values[1].unit");
  EXPECT_FALSE(RollUpIndicator(tree, {{UnitId(1), 1, 2}, {UnitId(1), 1, 2}}).ok());
}

TEST(UnitTreeTest, RejectsDuplicatesAndCycles) {
  EXPECT_FALSE(UnitTree::Build({{UnitId(1), std::nullopt, UnitLevel::kProvince},
                                {UnitId(1), std::nullopt, UnitLevel::kProvince}})
                   .ok());
  EXPECT_FALSE(UnitTree::Build({{UnitId(1), UnitId(2), UnitLevel::kProvince},
                                {UnitId(2), UnitId(1), UnitLevel::kCommune}})
                   .ok());
  // A parent outside the list makes a root: a subtree can be rolled up on its own.
  auto sub = UnitTree::Build({{UnitId(5), UnitId(1), UnitLevel::kCommune}});
  ASSERT_TRUE(sub.ok());
  EXPECT_EQ(sub->parent_index(0), SIZE_MAX);
}

// Oracle: on random trees (random shapes, shuffled input, values on any level), the one-pass
// roll-up equals adding every value to each of its unit's ancestors, one by one.
TEST(IndicatorRollUp, MatchesANaiveReferenceOnRandomTrees) {
  std::mt19937 rng(20251130);
  for (int round = 0; round < 200; ++round) {
    int n = 1 + static_cast<int>(rng() % 400);
    std::vector<TreeUnit> units;
    for (int i = 0; i < n; ++i) {
      TreeUnit u{UnitId(100 + i), std::nullopt, UnitLevel::kCommune};
      if (i > 0 && rng() % 8 != 0) u.parent = UnitId(100 + static_cast<int64_t>(rng() % i));
      units.push_back(u);
    }
    std::shuffle(units.begin(), units.end(), rng);
    std::map<int64_t, std::optional<int64_t>> parent;
    for (const auto& u : units)
      parent[u.id.value] = u.parent ? std::optional(u.parent->value) : std::nullopt;
    std::vector<Reported> values;
    for (const auto& u : units) {
      if (rng() % 3 == 0) continue;
      double den = 1 + rng() % 5000;
      values.push_back({u.id, std::floor(den * (rng() % 101) / 100.0), den});
    }
    std::shuffle(values.begin(), values.end(), rng);
    std::map<int64_t, Aggregate> naive;
    for (const auto& v : values) {
      for (std::optional<int64_t> a = v.unit.value; a; a = parent[*a]) {
        naive[*a].numerator += v.numerator;
        naive[*a].denominator += v.denominator;
        naive[*a].reporting_units++;
      }
    }
    auto tree = UnitTree::Build(units).value();
    auto fast = RollUpIndicator(tree, values).value();
    for (size_t i = 0; i < tree.size(); ++i) {
      ASSERT_EQ(fast[i], naive[tree.unit(i).id.value]) << "unit " << tree.unit(i).id.value;
      auto a = AggregateValue(Ratio(), fast[i]);
      if (naive[tree.unit(i).id.value].denominator > 0) {
        ASSERT_NEAR(
            *a,
            100 * naive[tree.unit(i).id.value].numerator / naive[tree.unit(i).id.value].denominator,
            1e-9);
      }
    }
  }
}

}  // namespace
}  // namespace doithoai
