#include "domain/initiative/initiative_call.h"

#include <gtest/gtest.h>

#include "domain/initiative/initiative.h"
#include "domain/initiative/scorecard.h"

namespace doithoai {
namespace {

bool Names(const Error& e, const std::string& field) {
  for (const auto& f : e.fields()) {
    if (f.field == field) return true;
  }
  return false;
}

CallInput GoodCall() {
  CallInput in;
  in.title = "Ý tưởng sáng tạo thanh niên về chuyển đổi số năm 2026";
  in.opens_on = "2026-03-01";
  in.closes_on = "2026-04-30";
  in.criteria = {{"Tính mới, sáng tạo", 30}, {"Tính khả thi", 40}, {"Hiệu quả, lan tỏa", 30}};
  in.council = {"sokhcn", "chutich"};
  return in;
}

InitiativeCall Call() {
  InitiativeCall c = ValidateCall(GoodCall()).value().call;
  c.council = {UserId(4), UserId(7)};
  return c;
}

TEST(InitiativeCall, ValidCallKeepsCriteriaAndCouncilInOrder) {
  auto v = ValidateCall(GoodCall());
  ASSERT_TRUE(v.ok()) << v.error().message();
  EXPECT_EQ(v->call.criteria.size(), 3u);
  EXPECT_EQ(v->call.criteria[1].name, "Tính khả thi");
  EXPECT_EQ(MaxTotal(v->call), 100);
  EXPECT_EQ(v->council, (std::vector<std::string>{"sokhcn", "chutich"}));
  InitiativeCall c = Call();
  EXPECT_TRUE(IsCouncilMember(c, UserId(7)));
  EXPECT_FALSE(IsCouncilMember(c, UserId(5)));
}

TEST(InitiativeCall, EveryBadFieldIsNamed) {
  CallInput in = GoodCall();
  in.title = "  ";
  in.opens_on = "2026-05-01";
  in.closes_on = "30/04/2026";
  in.criteria = {{"", 10}, {"Tính khả thi", 0}, {"Tính khả thi", 101}};
  in.council = {"sokhcn", " SoKHCN "};
  auto c = ValidateCall(in);
  ASSERT_FALSE(c.ok());
  for (const char* f : {"title", "closes_on", "criteria[0].name", "criteria[1].max_points",
                        "criteria[2].name", "criteria[2].max_points", "council[1]"}) {
    EXPECT_TRUE(Names(c.error(), f)) << f;
  }
}

TEST(InitiativeCall, ClosingBeforeOpeningAndNoCriteriaAreRefused) {
  CallInput in = GoodCall();
  in.closes_on = "2026-02-28";
  in.criteria.clear();
  in.council.clear();
  auto c = ValidateCall(in);
  ASSERT_FALSE(c.ok());
  EXPECT_TRUE(Names(c.error(), "closes_on"));
  EXPECT_TRUE(Names(c.error(), "criteria"));
  EXPECT_TRUE(Names(c.error(), "council"));
}

TEST(InitiativeCall, SubmissionsOnlyWithinTheDatesWhileOpen) {
  InitiativeCall c = Call();
  EXPECT_TRUE(CheckTakesSubmissions(c, *Date::Parse("2026-03-01")).ok());
  EXPECT_TRUE(CheckTakesSubmissions(c, *Date::Parse("2026-04-30")).ok());
  EXPECT_TRUE(
      CheckTakesSubmissions(c, *Date::Parse("2026-02-28")).error().Is(ErrorCode::kConflict));
  EXPECT_TRUE(
      CheckTakesSubmissions(c, *Date::Parse("2026-05-01")).error().Is(ErrorCode::kConflict));
  c.phase = CallPhase::kReviewing;
  EXPECT_FALSE(CheckTakesSubmissions(c, *Date::Parse("2026-03-10")).ok());
}

TEST(InitiativeCall, PhasesMoveForwardOneStepOnly) {
  InitiativeCall c = Call();
  EXPECT_FALSE(CheckAdvance(c, CallPhase::kPublished).ok());
  EXPECT_TRUE(CheckAdvance(c, CallPhase::kReviewing).ok());
  c.phase = CallPhase::kReviewing;
  EXPECT_TRUE(CheckAdvance(c, CallPhase::kPublished).ok());
  EXPECT_FALSE(CheckAdvance(c, CallPhase::kOpen).ok());
  c.phase = CallPhase::kPublished;
  EXPECT_TRUE(CheckAdvance(c, CallPhase::kPublished).error().Is(ErrorCode::kConflict));
}

InitiativeInput GoodInitiative() {
  InitiativeInput in;
  in.title = "Bản đồ số các điểm thu gom rác tái chế";
  in.problem = "Người dân không biết nơi nộp pin, rác điện tử.";
  in.solution = "Ứng dụng web bản đồ, đoàn viên cập nhật điểm thu gom.";
  in.field = "green";
  in.team = "Nguyễn Văn An, Lê Thị Bình";
  in.unit = "Chi đoàn phường An Biên";
  in.contact_email = "an@example.vn";
  return in;
}

TEST(Initiative, ValidInitiative) {
  auto i = ValidateInitiative(GoodInitiative());
  ASSERT_TRUE(i.ok()) << i.error().message();
  EXPECT_EQ(i->field, InitiativeField::kGreen);
  EXPECT_EQ(i->status, InitiativeStatus::kSubmitted);
}

TEST(Initiative, EveryBadFieldIsNamed) {
  InitiativeInput in;
  in.field = "space";
  in.contact_email = "an@@example";
  in.title = std::string(400, 'a');
  auto i = ValidateInitiative(in);
  ASSERT_FALSE(i.ok());
  for (const char* f : {"title", "problem", "solution", "field", "team", "unit", "contact_email"}) {
    EXPECT_TRUE(Names(i.error(), f)) << f;
  }
  in = GoodInitiative();
  in.problem = "\xff\xfe";
  EXPECT_TRUE(Names(ValidateInitiative(in).error(), "problem"));
}

TEST(Initiative, ScreeningOutNeedsAReasonAndHappensOnce) {
  Initiative i = ValidateInitiative(GoodInitiative()).value();
  auto out = Screen(i, false, "  ", Instant{100});
  ASSERT_FALSE(out.ok());
  EXPECT_TRUE(Names(out.error(), "note"));
  auto screened = Screen(i, false, "Trùng với sáng kiến đã gửi năm 2025", Instant{100});
  ASSERT_TRUE(screened.ok());
  EXPECT_EQ(screened->status, InitiativeStatus::kScreenedOut);
  EXPECT_TRUE(Screen(*screened, true, "", Instant{101}).error().Is(ErrorCode::kConflict));
  auto in = Screen(i, true, "", Instant{100});
  ASSERT_TRUE(in.ok());
  EXPECT_EQ(in->status, InitiativeStatus::kInReview);
}

TEST(Scorecard, PointsAreHeldToEachCriterion) {
  InitiativeCall c = Call();
  EXPECT_TRUE(ValidateScorecard(c, {{30, 40, 30}, ""}).ok());
  auto bad = ValidateScorecard(c, {{31, -1, 30}, ""});
  ASSERT_FALSE(bad.ok());
  EXPECT_TRUE(Names(bad.error(), "points[0]"));
  EXPECT_TRUE(Names(bad.error(), "points[1]"));
  EXPECT_FALSE(Names(bad.error(), "points[2]"));
  EXPECT_TRUE(Names(ValidateScorecard(c, {{30, 40}, ""}).error(), "points"));
}

TEST(Scorecard, SummaryShowsMeanAndSpread) {
  InitiativeCall c = Call();
  std::vector<Scorecard> cards = {
      {1, UserId(4), {20, 30, 20}, "", Instant{}},  // 70
      {1, UserId(7), {10, 20, 10}, "", Instant{}},  // 40
  };
  ScoreSummary s = Summarise(c, cards);
  EXPECT_EQ(s.cards, 2);
  EXPECT_EQ(s.council, 2);
  EXPECT_DOUBLE_EQ(s.mean, 55.0);
  EXPECT_EQ(s.lowest, 40);
  EXPECT_EQ(s.highest, 70);
  EXPECT_EQ(s.spread, 30);
  EXPECT_TRUE(s.wide);  // 30 of 100 ≥ 25 %
  EXPECT_DOUBLE_EQ(s.criterion_means[1], 25.0);
  cards[1].points = {20, 25, 20};  // 65: spread 5
  EXPECT_FALSE(Summarise(c, cards).wide);
  EXPECT_EQ(Summarise(c, {}).cards, 0);
}

}  // namespace
}  // namespace doithoai
