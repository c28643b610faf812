#include "domain/dashboard/agency_stats.h"

#include <gtest/gtest.h>

namespace doithoai {
namespace {

Issue Routed(int64_t id, int64_t agency, Date due) {
  Issue i;
  i.id = IssueId(id);
  i.lead_agency = AgencyId(agency);
  i.answer_due_on = due;
  return i;
}

Answer WithStatus(int64_t issue, AnswerStatus s, std::optional<Instant> decided = {}) {
  Answer a;
  a.issue = IssueId(issue);
  a.status = s;
  a.decided_at = decided;
  return a;
}

TEST(AgencyStats, CountsRoutedAnsweredApprovedLate) {
  const Date due(2025, 3, 15);
  const Date today(2025, 3, 20);
  std::vector<Issue> issues = {Routed(1, 10, due), Routed(2, 10, due), Routed(3, 10, due),
                               Routed(4, 11, Date(2025, 3, 30)), Issue{}};
  std::map<IssueId, Answer> answers;
  // Approved on 14/03 (on time), submitted but not approved (late), nothing (late).
  answers[IssueId(1)] = WithStatus(1, AnswerStatus::kApproved, Instant{1741910400});
  answers[IssueId(2)] = WithStatus(2, AnswerStatus::kSubmitted);
  auto rows = ComputeAgencyStats(issues, answers, today);
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[0].agency, AgencyId(10));
  EXPECT_EQ(rows[0].routed, 3);
  EXPECT_EQ(rows[0].answered, 2);
  EXPECT_EQ(rows[0].approved, 1);
  EXPECT_EQ(rows[0].late, 2);
  EXPECT_EQ(rows[1].routed, 1);
  EXPECT_EQ(rows[1].late, 0);
}

TEST(AgencyStats, ApprovedAfterTheDeadlineStaysLate) {
  Issue i = Routed(1, 10, Date(2025, 3, 15));
  auto late = WithStatus(1, AnswerStatus::kApproved, Instant::ParseIso("2025-03-16T03:00:00Z"));
  EXPECT_TRUE(IsAnswerLate(i, late, Date(2025, 4, 1)));
  // 15/03 23:30 in Hà Nội is 16:30 UTC the same day: on time.
  auto on_time = WithStatus(1, AnswerStatus::kApproved, Instant::ParseIso("2025-03-15T16:30:00Z"));
  EXPECT_FALSE(IsAnswerLate(i, on_time, Date(2025, 4, 1)));
}

}  // namespace
}  // namespace doithoai
