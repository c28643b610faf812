#include "domain/dialogue/intake.h"

#include <gtest/gtest.h>

namespace doithoai {
namespace {

Dialogue Planned() {
  Dialogue d;
  d.year = 2026;
  d.held_on = Date(2026, 3, 26);
  d.plan_published_on = Date(2026, 2, 10);
  d.intake_closes_on = Date(2026, 3, 15);
  return d;
}

// Issue 13: "a dialogue takes questions from its opening until a closing date that the plan
// sets (and never after its conclusion is issued)".
TEST(Intake, Issue13_OpenFromThePlanUntilTheClosingDateInclusive) {
  Dialogue d = Planned();
  EXPECT_EQ(IntakeOn(d, Date(2026, 2, 9)), IntakeState::kNotOpenYet);
  EXPECT_EQ(IntakeOn(d, Date(2026, 2, 10)), IntakeState::kOpen);
  EXPECT_EQ(IntakeOn(d, Date(2026, 3, 15)), IntakeState::kOpen);
  EXPECT_EQ(IntakeOn(d, Date(2026, 3, 16)), IntakeState::kClosed);
  d.intake_closes_on.reset();  // no closing date: open until the conclusion
  EXPECT_EQ(IntakeOn(d, Date(2026, 12, 1)), IntakeState::kOpen);
}

TEST(Intake, Issue13_NeverAfterTheConclusionIsIssued) {
  Dialogue d = Planned();
  d.intake_closes_on = Date(2026, 6, 30);  // a plan that forgot to close before the notice
  d.conclusion_issued_on = Date(2026, 4, 2);
  EXPECT_EQ(IntakeOn(d, Date(2026, 4, 1)), IntakeState::kOpen);
  EXPECT_EQ(IntakeOn(d, Date(2026, 4, 2)), IntakeState::kConcluded);
  auto s = CheckIntake(d, Date(2026, 4, 2));
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.error().code(), ErrorCode::kConflict);
  EXPECT_NE(s.error().message().find("02/04/2026"), std::string::npos);
}

TEST(Intake, Issue13_EachRefusalNamesItsReason) {
  Dialogue d = Planned();
  auto closed = CheckIntake(d, Date(2026, 3, 16));
  ASSERT_FALSE(closed.ok());
  EXPECT_NE(closed.error().message().find("hết hạn nhận câu hỏi"), std::string::npos);
  EXPECT_NE(closed.error().message().find("15/03/2026"), std::string::npos);
  auto early = CheckIntake(d, Date(2026, 1, 5));
  EXPECT_NE(early.error().message().find("chưa mở"), std::string::npos);
  d.intake_open = false;
  EXPECT_EQ(IntakeOn(d, Date(2026, 3, 1)), IntakeState::kPaused);
  EXPECT_NE(CheckIntake(d, Date(2026, 3, 1)).error().message().find("ngừng"), std::string::npos);
  EXPECT_TRUE(CheckIntake(Planned(), Date(2026, 3, 1)).ok());
}

TEST(Intake, Issue13_ClosingDateIsNotBeforeTheOpening) {
  Dialogue d = Planned();
  FieldErrors ok;
  ValidateIntakeDates(d, ok);
  EXPECT_TRUE(ok.empty());
  d.intake_closes_on = Date(2026, 2, 9);
  FieldErrors bad;
  ValidateIntakeDates(d, bad);
  ASSERT_EQ(bad.list().size(), 1u);
  EXPECT_EQ(bad.list()[0].field, "intake_closes_on");
  d.intake_closes_on = Date(2026, 2, 10);  // the same day is fine
  FieldErrors same;
  ValidateIntakeDates(d, same);
  EXPECT_TRUE(same.empty());
}

}  // namespace
}  // namespace doithoai
