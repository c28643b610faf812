#include "domain/indicator/indicator.h"

#include <gtest/gtest.h>

namespace doithoai {
namespace {

Programme City() {
  Programme p;
  p.title = "Phát triển thanh niên thành phố Hải Phòng đến năm 2030";
  p.start_year = 2025;
  p.end_year = 2030;
  return p;
}

Indicator Counselling() {
  Indicator i;
  i.code = "1.1";
  i.name = "Tỷ lệ thanh niên được tư vấn hướng nghiệp, việc làm";
  i.measure = "%";
  i.kind = IndicatorKind::kRatio;
  i.baseline_year = 2024;
  i.baseline_value = 55;
  i.targets = {{2025, 60}, {2030, 85}};
  return i;
}

std::vector<std::string> Fields(const FieldErrors& e) {
  std::vector<std::string> out;
  for (const auto& f : e.list()) out.push_back(f.field);
  return out;
}

TEST(Indicator, AValidDefinitionPasses) {
  FieldErrors e;
  ValidateIndicator(Counselling(), City(), "", e);
  EXPECT_TRUE(e.empty()) << e.list()[0].field;
}

// C9: "a percentage stays in 0–100" — for baselines and targets too.
TEST(Indicator, PercentTargetsStayWithin0To100) {
  Indicator i = Counselling();
  i.targets = {{2030, 101}};
  i.baseline_value = -1;
  FieldErrors e;
  ValidateIndicator(i, City(), "indicators[2].", e);
  EXPECT_EQ(Fields(e), (std::vector<std::string>{"indicators[2].baseline_value",
                                                 "indicators[2].targets[0].value"}));
}

TEST(Indicator, TargetYearsLieInTheProgrammeAndDoNotRepeat) {
  Indicator i = Counselling();
  i.targets = {{2031, 80}, {2026, 70}, {2026, 71}};
  FieldErrors e;
  ValidateIndicator(i, City(), "", e);
  EXPECT_EQ(Fields(e), (std::vector<std::string>{"targets[0].year", "targets[2].year"}));
}

// Issue 4: "never an average of percentages" — a percentage must be kept as a ratio.
TEST(Indicator, APercentCannotBeACount) {
  Indicator i = Counselling();
  i.kind = IndicatorKind::kCount;
  FieldErrors e;
  ValidateIndicator(i, City(), "", e);
  EXPECT_EQ(Fields(e), (std::vector<std::string>{"kind"}));
}

TEST(Indicator, RequiredFieldsAndCountsNonNegative) {
  Indicator i;
  i.kind = IndicatorKind::kCount;
  i.measure = "";
  i.targets = {{2030, -5}};
  FieldErrors e;
  ValidateIndicator(i, City(), "", e);
  EXPECT_EQ(Fields(e), (std::vector<std::string>{"code", "name", "measure", "targets[0].value"}));
}

TEST(Indicator, ProgrammeYearsEndBy2030) {
  Programme p = City();
  p.end_year = 2035;
  p.title = "";
  FieldErrors e;
  ValidateProgramme(p, e);
  EXPECT_EQ(Fields(e), (std::vector<std::string>{"title", "end_year"}));
}

TEST(Indicator, TargetsAndDirections) {
  Indicator i = Counselling();
  EXPECT_EQ(TargetFor(i, 2025), 60);
  EXPECT_EQ(TargetFor(i, 2027), std::nullopt);
  EXPECT_EQ(FinalTarget(i)->year, 2030);
  EXPECT_TRUE(Meets(Direction::kAtLeast, 80, 80));
  EXPECT_FALSE(Meets(Direction::kAtLeast, 79.9, 80));
  EXPECT_TRUE(Meets(Direction::kAtMost, 5, 7));
  EXPECT_FALSE(Meets(Direction::kAtMost, 7.1, 7));
  EXPECT_TRUE(Meets(Direction::kEqual, 100, 100));
  EXPECT_FALSE(Meets(Direction::kEqual, 99, 100));
}

// REFERENCE.md: Đồng Tháp's urban unemployment < 5% is stricter than the national < 7%;
// its digital tools ≥ 70% stricter than ≥ 50%.
TEST(Indicator, StricterThanTheNationalFloor) {
  EXPECT_TRUE(IsAtLeastAsStrict(Direction::kAtMost, 5, 7));
  EXPECT_FALSE(IsAtLeastAsStrict(Direction::kAtMost, 8, 7));
  EXPECT_TRUE(IsAtLeastAsStrict(Direction::kAtLeast, 70, 50));
  EXPECT_FALSE(IsAtLeastAsStrict(Direction::kAtLeast, 40, 50));
}

TEST(Indicator, NamesRoundTripAndNumbersPrintTheVietnameseWay) {
  for (auto d : {Direction::kAtLeast, Direction::kAtMost, Direction::kEqual})
    EXPECT_EQ(ParseDirection(DirectionName(d)), d);
  for (auto k : {IndicatorKind::kCount, IndicatorKind::kRatio})
    EXPECT_EQ(ParseIndicatorKind(IndicatorKindName(k)), k);
  EXPECT_FALSE(ParseDirection(">="));
  EXPECT_EQ(FormatNumber(72.5), "72,5");
  EXPECT_EQ(FormatNumber(1200), "1200");
  EXPECT_EQ(FormatNumber(2.0 / 3), "0,67");
}

}  // namespace
}  // namespace doithoai
