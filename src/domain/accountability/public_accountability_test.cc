#include "domain/accountability/public_accountability.h"

#include <gtest/gtest.h>

namespace doithoai {
namespace {

Question Q(int64_t id, Screening s, std::optional<int64_t> issue = std::nullopt) {
  Question q;
  q.id = QuestionId(id);
  q.text = "Câu hỏi số " + std::to_string(id) + " về việc làm cho thanh niên";
  q.asker_name = "Nguyễn Văn A";
  q.asker_contact = "a@example.vn";
  q.screening = s;
  if (issue) q.issue = IssueId(*issue);
  return q;
}

std::map<IssueId, AccountIssue> Issues() {
  std::map<IssueId, AccountIssue> m;
  m[IssueId(1)] = {IssueId(1), "Việc làm", AgencyId(7), "viec-lam", true};
  m[IssueId(2)] = {IssueId(2), "Nhà ở", AgencyId(8), "nha-o", false};
  return m;
}

TEST(PublicAccountability, CountsEveryQuestionOnceAndFollowsTheOriginalOfADuplicate) {
  std::vector<Question> qs = {Q(1, Screening::kNew),         Q(2, Screening::kAccepted),
                              Q(3, Screening::kAccepted, 1), Q(4, Screening::kAccepted, 2),
                              Q(5, Screening::kOutOfScope),  Q(6, Screening::kDuplicate),
                              Q(7, Screening::kDuplicate)};
  std::map<QuestionId, IssueId> originals = {{QuestionId(6), IssueId(1)}};
  auto sel = SelectAccountQuestions(qs, Issues(), originals, {});
  EXPECT_EQ(sel.counts[size_t(AccountStatus::kReceived)], 1);
  EXPECT_EQ(sel.counts[size_t(AccountStatus::kProcessing)], 2);
  EXPECT_EQ(sel.counts[size_t(AccountStatus::kAnswered)], 2);  // 3, and 6 repeating it
  EXPECT_EQ(sel.counts[size_t(AccountStatus::kClosed)], 2);    // 5 out of scope, 7 duplicate
  EXPECT_EQ(sel.matching, 7);
  ASSERT_EQ(sel.page.size(), 7u);
  EXPECT_EQ(sel.page[5].issue, IssueId(1));
  EXPECT_EQ(sel.page[6].detail, PublicStatus::kDuplicate);
}

TEST(PublicAccountability, FiltersByStatusTopicAgencyAndPages) {
  std::vector<Question> qs;
  for (int i = 1; i <= 10; ++i) qs.push_back(Q(i, Screening::kAccepted, i % 2 ? 1 : 2));
  qs.push_back(Q(11, Screening::kOutOfScope));
  AccountFilter f;
  f.topic = "nha-o";
  auto sel = SelectAccountQuestions(qs, Issues(), {}, f);
  EXPECT_EQ(sel.matching, 5);
  for (const auto& e : sel.page) EXPECT_EQ(e.issue, IssueId(2));
  EXPECT_EQ(sel.counts[size_t(AccountStatus::kClosed)], 1);  // counts ignore the filter

  f = {};
  f.agency = AgencyId(7);
  f.limit = 2;
  f.offset = 3;
  sel = SelectAccountQuestions(qs, Issues(), {}, f);
  EXPECT_EQ(sel.matching, 5);
  ASSERT_EQ(sel.page.size(), 2u);
  EXPECT_EQ(qs[sel.page[0].index].id, QuestionId(7));  // the 4th of 1,3,5,7,9

  f = {};
  f.status = AccountStatus::kClosed;
  sel = SelectAccountQuestions(qs, Issues(), {}, f);
  ASSERT_EQ(sel.page.size(), 1u);
  EXPECT_EQ(qs[sel.page[0].index].id, QuestionId(11));
  f.agency = AgencyId(8);  // a closed question has no agency
  EXPECT_EQ(SelectAccountQuestions(qs, Issues(), {}, f).matching, 0);
}

TEST(PublicAccountability, HidesTextsWithoutConsentAndTheirScreeningNotes) {
  Question q = Q(5, Screening::kOutOfScope);
  q.screening_note = "Câu hỏi về hồ sơ cá nhân, đề nghị liên hệ trực tiếp phường";
  AccountEntry e;
  e.detail = PublicStatus::kOutOfScope;
  e.status = AccountStatus::kClosed;
  auto shown = PublicTextOf(q, e, true);
  EXPECT_TRUE(shown.text_public);
  EXPECT_EQ(shown.text, q.text);
  EXPECT_EQ(shown.closed_reason, q.screening_note);
  auto hidden = PublicTextOf(q, e, false);
  EXPECT_FALSE(hidden.text_public);
  EXPECT_EQ(hidden.text, kHiddenQuestionText);
  EXPECT_EQ(hidden.closed_reason, "Ngoài phạm vi đối thoại");
  q.text.clear();  // erased by its asker
  EXPECT_FALSE(PublicTextOf(q, e, true).text_public);
  e.status = AccountStatus::kProcessing;
  e.detail = PublicStatus::kProcessing;
  EXPECT_EQ(PublicTextOf(Q(1, Screening::kAccepted), e, true).closed_reason, "");
}

TEST(PublicAccountability, TaskShowsProgressLatenessAndTheLastNote) {
  Task t;
  t.id = TaskId(3);
  t.content = "Mở lớp lập trình miễn phí";
  t.deadline = Deadline::OnDate(Date(2025, 6, 30), "trước ngày 30/6/2025");
  t.issues = {IssueId(2), IssueId(1)};
  t.progress = {{Date(2025, 5, 1), 40, false}};
  TaskReport last;
  last.text = "Đã khảo sát nhu cầu";
  last.on = Date(2025, 5, 1);
  auto p = PublicTaskOf(t, "Sở KH&CN", &last, Date(2025, 6, 1));
  EXPECT_EQ(p.percent, 40);
  EXPECT_EQ(p.status, TaskStatus::kInProgress);
  EXPECT_FALSE(p.late);
  EXPECT_EQ(p.last_note, "Đã khảo sát nhu cầu");
  EXPECT_EQ(p.due_on, Date(2025, 6, 30));
  auto overdue = PublicTaskOf(t, "Sở KH&CN", nullptr, Date(2025, 7, 1));
  EXPECT_EQ(overdue.status, TaskStatus::kOverdue);
  EXPECT_TRUE(overdue.late);
  EXPECT_EQ(overdue.last_note, "");

  Task loose = t;
  loose.id = TaskId(4);
  loose.issues.clear();
  Task other = t;
  other.id = TaskId(5);
  other.issues = {IssueId(1)};
  auto groups = GroupTasksByIssue({p, PublicTaskOf(loose, "", nullptr, Date(2025, 6, 1)),
                                   PublicTaskOf(other, "", nullptr, Date(2025, 6, 1))},
                                  Issues());
  ASSERT_EQ(groups.size(), 3u);
  EXPECT_EQ(groups[0].issue, IssueId(1));
  EXPECT_EQ(groups[0].tasks[0].id, TaskId(5));
  EXPECT_EQ(groups[1].issue_title, "Nhà ở");  // task 3 under its first issue
  EXPECT_FALSE(groups[2].issue);
  EXPECT_EQ(groups[2].tasks[0].id, TaskId(4));
}

}  // namespace
}  // namespace doithoai
