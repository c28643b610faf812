#include "domain/issue/issue_support.h"

#include <gtest/gtest.h>

namespace doithoai {
namespace {

Answer WithStatus(AnswerStatus status) {
  Answer a;
  a.status = status;
  return a;
}

TEST(IssueSupport, APublicDialogueOrAPublishedAnswerMakesTheIssuePublic) {
  EXPECT_TRUE(IssueTakesSupport(true, std::nullopt));
  EXPECT_TRUE(IssueTakesSupport(true, WithStatus(AnswerStatus::kDraft)));
  EXPECT_TRUE(IssueTakesSupport(false, WithStatus(AnswerStatus::kApproved)));
}

TEST(IssueSupport, AnIssueNobodyOutsideTheStaffCanSeeTakesNone) {
  EXPECT_FALSE(IssueTakesSupport(false, std::nullopt));
  EXPECT_FALSE(IssueTakesSupport(false, WithStatus(AnswerStatus::kDraft)));
  EXPECT_FALSE(IssueTakesSupport(false, WithStatus(AnswerStatus::kSubmitted)));
  EXPECT_FALSE(IssueTakesSupport(false, WithStatus(AnswerStatus::kReturned)));
}

}  // namespace
}  // namespace doithoai
