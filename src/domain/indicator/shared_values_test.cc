#include "domain/indicator/shared_values.h"

#include <gtest/gtest.h>

namespace doithoai {
namespace {

Indicator Counselling(int64_t id, int64_t programme) {
  Indicator i;
  i.id = IndicatorId(id);
  i.programme = ProgrammeId(programme);
  i.code = "1.1";
  i.measure = "%";
  i.kind = IndicatorKind::kRatio;
  i.reporting_level = UnitLevel::kCommune;
  return i;
}

IndicatorValue Entered(int64_t unit, double num, double den, Date on) {
  IndicatorValue v;
  v.round = RoundId(7);
  v.indicator = IndicatorId(1);
  v.unit = UnitId(unit);
  v.numerator = num;
  v.denominator = den;
  v.entered_on = on;
  return v;
}

constexpr std::string_view kCity = "/1/31/";
constexpr std::string_view kWard = "/1/31/3100/";

// Issue 13: "a ward that reports to the city's programme does not enter the same figures
// twice for its own programme".
TEST(SharedValues, Issue13_TheWardReadsTheFiguresItEnteredForTheCity) {
  Indicator city = Counselling(1, 1), ward = Counselling(20, 5);
  Round ward_round;
  ward_round.id = RoundId(9);
  ward_round.units = {UnitId(3100)};
  auto read = ReadThrough(ward, ward_round,
                          {Entered(3100, 150, 300, Date(2026, 11, 10)),
                           Entered(3101, 10, 20, Date(2026, 11, 10))});  // another ward
  ASSERT_EQ(read.size(), 1u);
  EXPECT_EQ(read[0].indicator, IndicatorId(20));
  EXPECT_EQ(read[0].round, RoundId(9));
  EXPECT_EQ(read[0].unit, UnitId(3100));
  EXPECT_EQ(read[0].numerator, 150);
  EXPECT_EQ(read[0].denominator, 300);
  EXPECT_EQ(read[0].entered_on, Date(2026, 11, 10));  // timeliness as entered
}

TEST(SharedValues, Issue13_OnlyFromAHigherProgrammeOfTheSameMeasureAndLevel) {
  Indicator city = Counselling(1, 1), ward = Counselling(20, 5);
  FieldErrors ok;
  ValidateValuesFrom(ward, kWard, city, kCity, ok);
  EXPECT_TRUE(ok.empty());
  auto field_of = [&](const Indicator& own, std::string_view own_path, const Indicator& src,
                      std::string_view src_path) {
    FieldErrors e;
    ValidateValuesFrom(own, own_path, src, src_path, e);
    return e.empty() ? std::string() : e.list()[0].field;
  };
  EXPECT_EQ(field_of(ward, kWard, city, kWard), "values_from_id");  // same unit
  EXPECT_EQ(field_of(city, kCity, ward, kWard), "values_from_id");  // from below
  Indicator clubs = city;
  clubs.kind = IndicatorKind::kCount;
  clubs.measure = "câu lạc bộ";
  EXPECT_EQ(field_of(ward, kWard, clubs, kCity), "values_from_id");
  Indicator provincial = city;
  provincial.reporting_level = UnitLevel::kProvince;
  EXPECT_EQ(field_of(ward, kWard, provincial, kCity), "values_from_id");
  Indicator chained = city;
  chained.values_from = IndicatorId(99);
  EXPECT_EQ(field_of(ward, kWard, chained, kCity), "values_from_id");
}

}  // namespace
}  // namespace doithoai
