#include "domain/indicator/indicator_value.h"

#include <gtest/gtest.h>

#include <cmath>

namespace doithoai {
namespace {

Indicator Percent() {
  Indicator i;
  i.code = "1.1";
  i.measure = "%";
  i.kind = IndicatorKind::kRatio;
  return i;
}

Indicator Clubs() {
  Indicator i;
  i.code = "3.2";
  i.measure = "câu lạc bộ";
  i.kind = IndicatorKind::kCount;
  return i;
}

IndicatorValue Value(double num, std::optional<double> den, std::string comment = "") {
  IndicatorValue v;
  v.numerator = num;
  v.denominator = den;
  v.comment = std::move(comment);
  return v;
}

std::vector<std::string> Check(const Indicator& ind, const IndicatorValue& v,
                               std::optional<double> last = std::nullopt) {
  FieldErrors e;
  ValidateValue(ind, v, last, "values[3].", e);
  std::vector<std::string> out;
  for (const auto& f : e.list()) out.push_back(f.field);
  return out;
}

using Fields = std::vector<std::string>;

TEST(IndicatorValue, GoodValuesPass) {
  EXPECT_EQ(Check(Percent(), Value(450, 600)), Fields{});
  EXPECT_EQ(Check(Clubs(), Value(12, std::nullopt)), Fields{});
}

// C9: "a numerator never exceeds its denominator" (so a percentage stays within 0–100).
TEST(IndicatorValue, NumeratorNeverExceedsDenominator) {
  EXPECT_EQ(Check(Percent(), Value(601, 600)), Fields{"values[3].numerator"});
  EXPECT_EQ(Check(Percent(), Value(600, 600)), Fields{});
}

TEST(IndicatorValue, RatioNeedsAPositiveWholeDenominator) {
  EXPECT_EQ(Check(Percent(), Value(1, std::nullopt)), Fields{"values[3].denominator"});
  EXPECT_EQ(Check(Percent(), Value(0, 0)), Fields{"values[3].denominator"});
  EXPECT_EQ(Check(Percent(), Value(1, 2.5)), Fields{"values[3].denominator"});
  EXPECT_EQ(Check(Percent(), Value(-1, 10)), Fields{"values[3].numerator"});
}

// Issue 4: "a count is a non-negative integer".
TEST(IndicatorValue, CountIsANonNegativeInteger) {
  EXPECT_EQ(Check(Clubs(), Value(-1, std::nullopt)), Fields{"values[3].numerator"});
  EXPECT_EQ(Check(Clubs(), Value(2.5, std::nullopt)), Fields{"values[3].numerator"});
  EXPECT_EQ(Check(Clubs(), Value(NAN, std::nullopt)), Fields{"values[3].numerator"});
  EXPECT_EQ(Check(Clubs(), Value(3, 4)), Fields{"values[3].denominator"});
  Indicator money = Clubs();
  money.measure = "VND";
  EXPECT_EQ(Check(money, Value(2.5, std::nullopt)), Fields{});
}

// Issue 4: "a value far from last year's asks for a comment".
TEST(IndicatorValue, FarFromLastYearNeedsAComment) {
  EXPECT_EQ(Check(Percent(), Value(90, 100), 60), Fields{"values[3].comment"});
  EXPECT_EQ(Check(Percent(), Value(90, 100, "Mở thêm 3 trung tâm tư vấn"), 60), Fields{});
  EXPECT_EQ(Check(Percent(), Value(75, 100), 60), Fields{});  // 15 points: near enough
  EXPECT_EQ(Check(Clubs(), Value(16, std::nullopt), 10), Fields{"values[3].comment"});
  EXPECT_EQ(Check(Clubs(), Value(14, std::nullopt), 10), Fields{});
  EXPECT_EQ(Check(Clubs(), Value(4, std::nullopt), 10), Fields{"values[3].comment"});
  EXPECT_EQ(Check(Clubs(), Value(1, std::nullopt), 0), Fields{"values[3].comment"});
}

TEST(IndicatorValue, MeasuredValueScalesPercentages) {
  EXPECT_DOUBLE_EQ(*MeasuredValue(Percent(), 450, 600), 75.0);
  EXPECT_EQ(MeasuredValue(Percent(), 1, 0), std::nullopt);
  EXPECT_DOUBLE_EQ(*MeasuredValue(Clubs(), 7, std::nullopt), 7.0);
  Indicator per_unit = Percent();
  per_unit.measure = "người/hộ";
  EXPECT_DOUBLE_EQ(*MeasuredValue(per_unit, 3, 4), 0.75);
}

}  // namespace
}  // namespace doithoai
