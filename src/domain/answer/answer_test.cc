#include "domain/answer/answer.h"

#include <gtest/gtest.h>

namespace doithoai {
namespace {

const IssueId kIssue(1);
const AgencyId kAgency(2);
const UserId kOfficer(3), kLeader(4);
const Instant kAt{1741000000};
const char kBody[] = "Sở Khoa học và Công nghệ trả lời: thành phố đã có chương trình hỗ trợ.";

Answer Submitted() {
  auto d = SaveDraft(std::nullopt, kIssue, kAgency, kBody, AnswerTiming::kWritten, kOfficer);
  return Submit(*d, kAt).value();
}

TEST(Answer, C5_DraftSubmitApprovePublishes) {
  Answer a = Submitted();
  EXPECT_EQ(a.status, AnswerStatus::kSubmitted);
  EXPECT_FALSE(a.IsPublished());
  auto approved = Approve(a, kLeader, kAt);
  ASSERT_TRUE(approved.ok());
  EXPECT_TRUE(approved->IsPublished());
  EXPECT_EQ(approved->published_at, kAt);
}

TEST(Answer, C5_ReturnNeedsAReasonAndReopensTheDraft) {
  Answer a = Submitted();
  EXPECT_FALSE(Return(a, "   ", kLeader, kAt).ok());
  auto returned = Return(a, "Cần nêu rõ thời gian triển khai", kLeader, kAt);
  ASSERT_TRUE(returned.ok());
  EXPECT_EQ(returned->status, AnswerStatus::kReturned);
  auto redraft = SaveDraft(*returned, kIssue, kAgency, std::string(kBody) + " Từ tháng 6.",
                           AnswerTiming::kWritten, kOfficer);
  ASSERT_TRUE(redraft.ok());
  EXPECT_TRUE(Submit(*redraft, kAt).ok());
}

TEST(Answer, IllegalTransitionsAreConflicts) {
  auto draft = SaveDraft(std::nullopt, kIssue, kAgency, kBody, AnswerTiming::kWritten, kOfficer);
  EXPECT_TRUE(Approve(*draft, kLeader, kAt).error().Is(ErrorCode::kConflict));
  Answer approved = Approve(Submitted(), kLeader, kAt).value();
  EXPECT_TRUE(SaveDraft(approved, kIssue, kAgency, kBody, AnswerTiming::kWritten, kOfficer)
                  .error()
                  .Is(ErrorCode::kConflict));
  EXPECT_TRUE(Submit(approved, kAt).error().Is(ErrorCode::kConflict));
}

TEST(Answer, TooShortToSubmit) {
  auto d = SaveDraft(std::nullopt, kIssue, kAgency, "Đã nhận.", AnswerTiming::kWritten, kOfficer);
  ASSERT_TRUE(d.ok());
  auto s = Submit(*d, kAt);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.error().fields().at(0).field, "body");
}

}  // namespace
}  // namespace doithoai
