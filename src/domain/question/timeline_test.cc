#include "domain/question/timeline.h"

#include <gtest/gtest.h>

namespace doithoai {
namespace {

constexpr Date kToday(2025, 9, 15);

Instant At(const char* iso) { return *Instant::ParseIso(iso); }

TimelineFacts Received() {
  TimelineFacts f;
  f.question.text = "Phường có hỗ trợ thanh niên học nghề không?";
  f.question.submitted_at = At("2025-03-10T02:00:00Z");
  return f;
}

TimelineFacts Routed() {
  TimelineFacts f = Received();
  f.question.screening = Screening::kAccepted;
  Issue issue;
  issue.title = "Hỗ trợ học nghề cho thanh niên";
  issue.created_at = At("2025-03-12T02:00:00Z");
  issue.lead_agency = AgencyId(4);
  issue.routed_at = At("2025-03-13T02:00:00Z");
  issue.answer_due_on = Date(2025, 10, 1);
  f.issue = issue;
  f.question.issue = IssueId(1);
  f.lead_agency_name = "Phòng Văn hóa - Xã hội";
  return f;
}

std::vector<std::string> States(const std::vector<TimelineStep>& steps) {
  std::vector<std::string> out;
  for (const auto& s : steps) out.push_back(std::string(s.kind) + ":" + StepStateName(s.state));
  return out;
}

TEST(Timeline, NewQuestionWaitsForScreening) {
  auto steps = BuildTimeline(Received(), kToday);
  EXPECT_EQ(States(steps),
            (std::vector<std::string>{"received:done", "screened:current", "grouped:pending",
                                      "routed:pending", "answered:pending"}));
  EXPECT_EQ(steps[0].at, At("2025-03-10T02:00:00Z"));
}

TEST(Timeline, OutOfScopeStopsWithTheCoordinatorsReason) {
  auto f = Received();
  f.question.screening = Screening::kOutOfScope;
  f.question.screening_note = "Thuộc thẩm quyền của Tòa án nhân dân";
  auto steps = BuildTimeline(f, kToday);
  ASSERT_EQ(steps.size(), 2u);
  EXPECT_EQ(steps[1].state, StepState::kClosed);
  EXPECT_EQ(steps[1].detail, "Thuộc thẩm quyền của Tòa án nhân dân");
}

TEST(Timeline, RoutedQuestionWaitsForItsAnswerWithTheAgencyAndDueDate) {
  auto steps = BuildTimeline(Routed(), kToday);
  EXPECT_EQ(States(steps),
            (std::vector<std::string>{"received:done", "screened:done", "grouped:done",
                                      "routed:done", "answered:current"}));
  EXPECT_EQ(steps[2].detail, "Hỗ trợ học nghề cho thanh niên");
  EXPECT_EQ(steps[3].detail, "Phòng Văn hóa - Xã hội");
  EXPECT_EQ(steps[4].due, Date(2025, 10, 1));
  EXPECT_FALSE(steps[4].late);
  EXPECT_TRUE(BuildTimeline(Routed(), Date(2025, 10, 2))[4].late);
}

TEST(Timeline, DraftAnswersAreNotShownAsAnswered) {
  auto f = Routed();
  Answer a;
  a.status = AnswerStatus::kSubmitted;
  f.answer = a;
  EXPECT_EQ(BuildTimeline(f, kToday)[4].state, StepState::kCurrent);
}

TEST(Timeline, AnsweredLateIsMarkedLate) {
  auto f = Routed();
  Answer a;
  a.status = AnswerStatus::kApproved;
  a.published_at = At("2025-10-03T03:00:00Z");
  f.answer = a;
  f.answer_agency_name = "Phòng Văn hóa - Xã hội";
  auto steps = BuildTimeline(f, kToday);
  EXPECT_EQ(steps[4].state, StepState::kDone);
  EXPECT_TRUE(steps[4].late);
  EXPECT_EQ(steps[4].at, At("2025-10-03T03:00:00Z"));
}

TEST(Timeline, ConclusionAndTaskProgressFollowTheAnswer) {
  auto f = Routed();
  Answer a;
  a.status = AnswerStatus::kApproved;
  a.published_at = At("2025-04-01T03:00:00Z");
  f.answer = a;
  f.conclusion = TimelineConclusion{"158/TB-UBND", Date(2025, 4, 20)};
  TimelineTask open{"Mở lớp dạy nghề cho thanh niên",
                    Deadline::OnDate(Date(2025, 12, 31)),
                    {ProgressReport{Date(2025, 6, 30), 40, false}},
                    "Phòng Văn hóa - Xã hội"};
  TimelineTask late{"Khảo sát nhu cầu học nghề", Deadline::OnDate(Date(2025, 6, 30)), {}, ""};
  f.tasks = {open, late};
  auto steps = BuildTimeline(f, kToday);
  ASSERT_EQ(steps.size(), 8u);
  EXPECT_EQ(steps[5].detail, "Văn bản số 158/TB-UBND ngày 20/04/2025");
  EXPECT_EQ(steps[6].state, StepState::kCurrent);
  EXPECT_NE(steps[6].detail.find("40%"), std::string::npos);
  EXPECT_NE(steps[6].detail.find("30/06/2025"), std::string::npos);
  EXPECT_FALSE(steps[6].late);
  EXPECT_TRUE(steps[7].late);
  EXPECT_EQ(steps[7].due, Date(2025, 6, 30));
}

TEST(Timeline, DuplicateFollowsTheOriginalsIssue) {
  auto f = Routed();
  f.question.screening = Screening::kDuplicate;
  f.question.issue.reset();
  auto steps = BuildTimeline(f, kToday);
  EXPECT_EQ(steps[1].state, StepState::kDone);
  EXPECT_EQ(steps[3].state, StepState::kDone);
  EXPECT_EQ(steps[4].state, StepState::kCurrent);
}

}  // namespace
}  // namespace doithoai
