// Public accountability on the in-memory store: what the public list shows of each question.
#include "app/dialogue/accountability.h"

#include <gtest/gtest.h>

#include "app/admin/administration.h"
#include "app/answer/answers.h"
#include "app/app_test_kit.h"
#include "app/dialogue/dialogues.h"
#include "app/issue/issue_support.h"
#include "app/issue/issues.h"
#include "app/question/questions.h"
#include "storage/memory/memory_store.h"

namespace doithoai {
namespace {

class AccountabilityUseCase : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_TRUE(LoadUnits(ctx_, {{std::nullopt, "vn", "Việt Nam", "quốc gia", "nation"}}).ok());
    ASSERT_TRUE(
        LoadUnits(ctx_, {{1, "hai-phong", "Thành phố Hải Phòng", "thành phố", "province"}}).ok());
    auto admin = app_test::MakeActor(ctx_, "admin", "administrator", 1, std::nullopt);
    nv_ = CreateAgency(ctx_, admin, {2, "so-noi-vu", "Sở Nội vụ"}).value().id;
    kh_ = CreateAgency(ctx_, admin, {2, "so-kh-cn", "Sở KH&CN"}).value().id;
    coordinator_ = app_test::MakeActor(ctx_, "sonoivu", "coordinator", 2, nv_.value);
    officer_ = app_test::MakeActor(ctx_, "sokhcn", "agency_officer", 2, kh_.value);
    leader_ = app_test::MakeActor(ctx_, "chutich", "leader", 2, std::nullopt);
    DialogueFields f;
    f.unit_id = 2;
    f.year = 2025;
    f.title = "Đối thoại 2025";
    f.held_on = "2025-03-26";
    f.plan_published_on = "2025-02-01";
    dialogue_ = CreateDialogue(ctx_, coordinator_, f).value().id;
  }

  QuestionId Submit(const char* text, bool publish) {
    SubmissionInput in{text,  20,     "Nguyễn Văn Bí Mật", "bimat@example.vn", true, std::nullopt,
                       false, publish};
    auto code = SubmitQuestion(ctx_, dialogue_, in).value().tracking_code;
    return TrackQuestion(ctx_, code).value().question.id;
  }

  Accountability Get(AccountabilityQuery q = {}) {
    auto r = GetAccountability(ctx_, dialogue_, q);
    EXPECT_TRUE(r.ok()) << (r.ok() ? "" : r.error().message());
    return r.ok() ? *r : Accountability{};
  }

  storage::MemoryStore store_;
  FixedClock clock_{Instant::ParseIso("2025-03-01T02:00:00Z").value()};
  Context ctx_{store_, clock_};
  Actor coordinator_, officer_, leader_;
  AgencyId nv_, kh_;
  DialogueId dialogue_;
};

TEST_F(AccountabilityUseCase, ShowsEveryQuestionByStatusWithoutIdentities) {
  auto answered = Submit("Thành phố có hỗ trợ vốn cho thanh niên khởi nghiệp không?", true);
  auto secret = Submit("Em muốn hỏi riêng về hồ sơ vay vốn của gia đình em", false);
  auto closed = Submit("Câu hỏi về chuyện riêng của lớp em ở trường", true);
  Submit("Câu hỏi mới chưa được sàng lọc về thể thao", true);
  ASSERT_TRUE(
      ScreenQuestion(ctx_, coordinator_, closed,
                     {"out_of_scope", std::nullopt, "Việc của nhà trường, em hỏi cô chủ nhiệm"})
          .ok());
  auto issue = CreateIssue(ctx_, coordinator_, dialogue_,
                           {"Em muốn hỏi riêng về hồ sơ vay vốn của gia đình em",
                            {answered.value, secret.value}})
                   .value();
  ASSERT_TRUE(RouteIssue(ctx_, coordinator_, issue.id, {kh_, {}, "2025-03-20"}).ok());

  auto a = Get();
  EXPECT_EQ(a.total, 4);
  EXPECT_EQ(a.counts[size_t(AccountStatus::kReceived)], 1);
  EXPECT_EQ(a.counts[size_t(AccountStatus::kProcessing)], 2);
  EXPECT_EQ(a.counts[size_t(AccountStatus::kClosed)], 1);
  ASSERT_EQ(a.items.size(), 4u);
  EXPECT_EQ(a.items[0].shown.text, "Thành phố có hỗ trợ vốn cho thanh niên khởi nghiệp không?");
  EXPECT_EQ(a.items[0].agency, kh_);
  EXPECT_EQ(a.agencies.at(kh_).name, "Sở KH&CN");
  EXPECT_FALSE(a.items[1].shown.text_public);
  EXPECT_EQ(a.items[1].shown.text, kHiddenQuestionText);
  // The issue was named with the hidden question's words: its title is not shown either.
  EXPECT_EQ(a.items[1].issue_title, "Nhóm vấn đề số " + std::to_string(issue.id.value));
  EXPECT_EQ(a.items[2].shown.closed_reason, "Việc của nhà trường, em hỏi cô chủ nhiệm");
  for (const auto& row : a.items) {
    EXPECT_EQ(row.shown.text.find("Bí Mật"), std::string::npos);
    EXPECT_EQ(row.shown.closed_reason.find("bimat"), std::string::npos);
  }

  AccountabilityQuery only;
  only.agency = kh_;
  EXPECT_EQ(Get(only).total, 2);
  only = {};
  only.status = "closed";
  EXPECT_EQ(Get(only).items.at(0).status, AccountStatus::kClosed);
  ASSERT_FALSE(a.items[0].topic.empty());
  only = {};
  only.topic = a.items[0].topic;
  EXPECT_EQ(Get(only).total, 2);

  // Published: the fingerprint moves and both questions of the issue count as answered.
  auto before = AccountabilityFingerprint(ctx_, dialogue_).value();
  ASSERT_TRUE(
      SaveAnswerDraft(ctx_, officer_, issue.id, {"Thành phố có quỹ hỗ trợ.", "written"}).ok());
  ASSERT_TRUE(SubmitAnswer(ctx_, officer_, issue.id).ok());
  ASSERT_TRUE(ApproveAnswer(ctx_, leader_, issue.id).ok());
  EXPECT_NE(AccountabilityFingerprint(ctx_, dialogue_).value(), before);
  EXPECT_EQ(Get().counts[size_t(AccountStatus::kAnswered)], 2);
}

TEST_F(AccountabilityUseCase, BadFiltersNameTheFieldAndHiddenDialoguesAreNotFound) {
  AccountabilityQuery q;
  q.status = "pending";
  auto r = GetAccountability(ctx_, dialogue_, q);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().fields().at(0).field, "status");
  q = {};
  q.topic = "khong-co";
  r = GetAccountability(ctx_, dialogue_, q);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().fields().at(0).field, "topic");
  EXPECT_TRUE(GetAccountability(ctx_, DialogueId(999), {}).error().Is(ErrorCode::kNotFound));
  DialogueFields draft;
  draft.unit_id = 2;
  draft.year = 2026;
  draft.title = "Đối thoại 2026";
  draft.held_on = "2026-03-26";
  auto hidden = CreateDialogue(ctx_, coordinator_, draft).value().id;
  EXPECT_TRUE(GetAccountability(ctx_, hidden, {}).error().Is(ErrorCode::kNotFound));
  EXPECT_TRUE(AccountabilityFingerprint(ctx_, hidden).error().Is(ErrorCode::kNotFound));
}

// "Tôi cũng muốn hỏi điều này" (issue 14): "counts support without creating a duplicate".
TEST_F(AccountabilityUseCase, SupportCountsEachClientOnceAndShowsOnThePublicPages) {
  auto q = Submit("Thành phố có hỗ trợ vốn cho thanh niên khởi nghiệp không?", true);
  auto issue = CreateIssue(ctx_, coordinator_, dialogue_, {"Vốn khởi nghiệp", {q.value}}).value();
  auto before = AccountabilityFingerprint(ctx_, dialogue_).value();
  auto first = SupportIssue(ctx_, "khoa-may-chu", "203.0.113.7", issue.id).value();
  EXPECT_TRUE(first.counted);
  EXPECT_EQ(first.count, 1);
  auto again = SupportIssue(ctx_, "khoa-may-chu", "203.0.113.7", issue.id).value();
  EXPECT_FALSE(again.counted);
  EXPECT_EQ(again.count, 1);
  auto other = SupportIssue(ctx_, "khoa-may-chu", "198.51.100.2", issue.id).value();
  EXPECT_TRUE(other.counted);
  EXPECT_EQ(other.count, 2);
  EXPECT_NE(AccountabilityFingerprint(ctx_, dialogue_).value(), before);
  EXPECT_EQ(Get().items.at(0).issue_support, 2);
  // No question was added: support is not a duplicate question.
  EXPECT_EQ(Get().total, 1);

  ASSERT_TRUE(RouteIssue(ctx_, coordinator_, issue.id, {kh_, {}, "2025-03-20"}).ok());
  ASSERT_TRUE(
      SaveAnswerDraft(ctx_, officer_, issue.id, {"Thành phố có quỹ hỗ trợ.", "written"}).ok());
  ASSERT_TRUE(SubmitAnswer(ctx_, officer_, issue.id).ok());
  ASSERT_TRUE(ApproveAnswer(ctx_, leader_, issue.id).ok());
  EXPECT_EQ(ListPublishedAnswers(ctx_, dialogue_, 10, 0).value().items.at(0).support_count, 2);
  auto answers_before = PublishedAnswersFingerprint(ctx_, dialogue_).value();
  ASSERT_TRUE(SupportIssue(ctx_, "khoa-may-chu", "192.0.2.9", issue.id).value().counted);
  EXPECT_NE(PublishedAnswersFingerprint(ctx_, dialogue_).value(), answers_before);
  EXPECT_EQ(ListPublishedAnswers(ctx_, dialogue_, 10, 0).value().items.at(0).support_count, 3);
}

TEST_F(AccountabilityUseCase, SupportKeysHideTheClientAndDifferPerIssueAndKey) {
  std::string k = SupporterKey("khoa", "203.0.113.7", IssueId(1));
  EXPECT_EQ(k.size(), 64u);
  EXPECT_EQ(k.find("203.0.113.7"), std::string::npos);
  EXPECT_EQ(k, SupporterKey("khoa", "203.0.113.7", IssueId(1)));
  EXPECT_NE(k, SupporterKey("khoa", "203.0.113.7", IssueId(2)));
  EXPECT_NE(k, SupporterKey("khoa-khac", "203.0.113.7", IssueId(1)));
  EXPECT_NE(k, SupporterKey("khoa", "203.0.113.8", IssueId(1)));
  // No configured key: a key of this process, still stable within it.
  EXPECT_EQ(SupporterKey("", "203.0.113.7", IssueId(1)),
            SupporterKey("", "203.0.113.7", IssueId(1)));
}

TEST_F(AccountabilityUseCase, OnlyIssuesThePublicCanSeeTakeSupport) {
  EXPECT_TRUE(
      SupportIssue(ctx_, "k", "203.0.113.7", IssueId(999)).error().Is(ErrorCode::kNotFound));
  DialogueFields draft;
  draft.unit_id = 2;
  draft.year = 2026;
  draft.title = "Đối thoại 2026";
  draft.held_on = "2026-03-26";
  auto hidden = CreateDialogue(ctx_, coordinator_, draft).value().id;
  // Questions cannot reach a dialogue before its plan is published; an issue made there by
  // other means (an import) is still not public.
  Issue made;
  made.dialogue = hidden;
  made.title = "Chưa công khai";
  made.created_at = clock_.Now();
  auto issue = WriteValue<Issue>(store_, [&](Tx& tx) { return tx.issues().Insert(made); }).value();
  auto r = SupportIssue(ctx_, "k", "203.0.113.7", issue.id);
  ASSERT_FALSE(r.ok());
  EXPECT_TRUE(r.error().Is(ErrorCode::kNotFound));
}

}  // namespace
}  // namespace doithoai
