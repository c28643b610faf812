// Following an issue by e-mail on the in-memory store (issue 14 item 2): "anyone can follow a
// published issue by e-mail (double opt-in)"; "a flood of follow requests to one address
// rate-limited"; "bad e-mail addresses refused with a clear message". The whole chain: the
// request queues a confirmation, the sender mails it with a signed link, the link confirms,
// the approval of the answer queues the notice to confirmed followers only, with a one-click
// unsubscribe.
#include "app/issue/issue_follow.h"

#include <gtest/gtest.h>
#include <sodium.h>

#include "app/admin/administration.h"
#include "app/answer/answers.h"
#include "app/app_test_kit.h"
#include "app/dialogue/dialogues.h"
#include "app/issue/issues.h"
#include "app/mail/send_due_mail.h"
#include "app/mail/unsubscribe_token.h"
#include "app/mail/youth_mail.h"
#include "app/question/questions.h"
#include "domain/mail/follow_mail.h"
#include "storage/memory/memory_store.h"

namespace doithoai {
namespace {

const std::string kKey(kMailKeyBytes, 'k');

class Keeper final : public MailSender {
 public:
  SendOutcome Send(std::string_view, std::string_view to, std::string_view mime) override {
    sent.push_back({std::string(to), std::string(mime)});
    return {};
  }
  std::vector<std::pair<std::string, std::string>> sent;
};

// The text of a message's base64 body (domain/mail/mail_message.cc writes one part).
std::string BodyOf(const std::string& mime) {
  std::string b64 = mime.substr(mime.find("\r\n\r\n") + 4);
  std::string out(b64.size(), '\0');
  size_t n = 0;
  sodium_base642bin(reinterpret_cast<unsigned char*>(out.data()), out.size(), b64.data(),
                    b64.size(), "\r\n", &n, nullptr, sodium_base64_VARIANT_ORIGINAL);
  out.resize(n);
  return out;
}

class IssueFollowTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_TRUE(LoadUnits(ctx_, {{std::nullopt, "vn", "Việt Nam", "quốc gia", "nation"}}).ok());
    ASSERT_TRUE(
        LoadUnits(ctx_, {{1, "hai-phong", "Thành phố Hải Phòng", "thành phố", "province"}}).ok());
    Actor admin = app_test::MakeActor(ctx_, "admin", "administrator", 1, std::nullopt);
    snv_ = CreateAgency(ctx_, admin, {2, "so-noi-vu", "Sở Nội vụ"}).value().id;
    city_ = app_test::MakeActor(ctx_, "sonoivu", "coordinator", 2, snv_.value);
    DialogueFields f;
    f.unit_id = 2;
    f.year = 2025;
    f.title = "Đối thoại 2025";
    f.held_on = "2025-03-26";
    f.plan_published_on = "2025-02-01";
    dialogue_ = CreateDialogue(ctx_, city_, f).value().id;
    auto s = SubmitQuestion(ctx_, dialogue_,
                            {"Thành phố có hỗ trợ thanh niên khởi nghiệp không ạ?", 20, "", "",
                             true, std::nullopt, false, false});
    auto q = TrackQuestion(ctx_, s.value().tracking_code).value().question.id;
    issue_ = CreateIssue(ctx_, city_, dialogue_, {"Vốn khởi nghiệp", {q.value}}).value().id;
    settings_.from_address = "doithoai@tinhdoan.vn";
    settings_.link_base = "https://doithoai.vn";
    settings_.unsubscribe_key = kKey;
  }

  void Approve() {
    ASSERT_TRUE(RouteIssue(ctx_, city_, issue_, {snv_, {}, "2025-03-20"}).ok());
    Actor officer = app_test::MakeActor(ctx_, "canbo", "agency_officer", 2, snv_.value);
    Actor leader = app_test::MakeActor(ctx_, "chutich", "leader", 2, std::nullopt);
    ASSERT_TRUE(
        SaveAnswerDraft(ctx_, officer, issue_, {"Thành phố có quỹ hỗ trợ khởi nghiệp.", "written"})
            .ok());
    ASSERT_TRUE(SubmitAnswer(ctx_, officer, issue_).ok());
    ASSERT_TRUE(ApproveAnswer(ctx_, leader, issue_).ok());
  }

  std::vector<std::pair<std::string, std::string>> Send() {
    sender_.sent.clear();
    EXPECT_TRUE(SendDueMail(ctx_, sender_, settings_).ok());
    return sender_.sent;
  }

  storage::MemoryStore store_;
  FixedClock clock_{Instant::ParseIso("2025-03-01T02:00:00Z").value()};
  Context ctx_{store_, clock_};
  Actor city_;
  AgencyId snv_;
  DialogueId dialogue_;
  IssueId issue_;
  MailSettings settings_;
  Keeper sender_;
};

TEST_F(IssueFollowTest, DoubleOptInThenTheAnswerReachesConfirmedFollowersOnly) {
  auto r = RequestIssueFollow(ctx_, issue_, " An@Example.VN ");
  ASSERT_TRUE(r.ok()) << r.error().message();
  EXPECT_TRUE(r->mailed);
  ASSERT_TRUE(RequestIssueFollow(ctx_, issue_, "binh@example.vn").ok());  // never confirms
  auto sent = Send();
  ASSERT_EQ(sent.size(), 2u);
  EXPECT_EQ(sent[0].first, "an@example.vn");
  std::string body = BodyOf(sent[0].second);
  // Before the answer, the issue is named by number (its title may be a question's words).
  EXPECT_NE(body.find("Nhóm vấn đề số " + std::to_string(issue_.value)), std::string::npos);
  std::string prefix = "https://doithoai.vn/api/follow/confirm?token=";
  size_t at = body.find(prefix);
  ASSERT_NE(at, std::string::npos) << body;
  std::string token =
      body.substr(at + prefix.size(), body.find_first_of("\r\n", at) - at - prefix.size());
  EXPECT_NE(body.find("https://doithoai.vn/d/" + std::to_string(dialogue_.value) + "#issue-" +
                      std::to_string(issue_.value)),
            std::string::npos);

  // Opening the link changes nothing; confirming does, once.
  auto seen = CheckFollowToken(ctx_, kKey, token);
  ASSERT_TRUE(seen.ok()) << seen.error().message();
  EXPECT_FALSE(seen->follow.confirmed_at);
  EXPECT_EQ(seen->follow.address, "an@example.vn");
  auto confirmed = ConfirmIssueFollow(ctx_, kKey, token);
  ASSERT_TRUE(confirmed.ok());
  EXPECT_TRUE(confirmed->follow.confirmed_at);
  EXPECT_TRUE(ConfirmIssueFollow(ctx_, kKey, token).ok());  // again: fine
  for (std::string bad :
       {std::string(), token + "x", SignedToken(kKey, "other\n", "1:a@b.vn"), std::string("abc")}) {
    auto refused = ConfirmIssueFollow(ctx_, kKey, bad);
    ASSERT_FALSE(refused.ok()) << bad;
    EXPECT_EQ(refused.error().fields().at(0).field, "token");
  }
  // Confirmed: asking again sends nothing more.
  EXPECT_FALSE(RequestIssueFollow(ctx_, issue_, "an@example.vn").value().mailed);
  EXPECT_TRUE(Send().empty());

  Approve();
  sent = Send();
  ASSERT_EQ(sent.size(), 1u) << "only the confirmed follower";
  EXPECT_EQ(sent[0].first, "an@example.vn");
  EXPECT_NE(BodyOf(sent[0].second).find("Thành phố có quỹ hỗ trợ khởi nghiệp."), std::string::npos);
  std::string unsubscribe =
      "https://doithoai.vn/api/unsubscribe?token=" + UnsubscribeToken(kKey, "an@example.vn");
  EXPECT_NE(sent[0].second.find("List-Unsubscribe: <" + unsubscribe + ">\r\n"), std::string::npos);
}

TEST_F(IssueFollowTest, AnUnsubscribedFollowerGetsNothing) {
  ASSERT_TRUE(RequestIssueFollow(ctx_, issue_, "an@example.vn").ok());
  auto sent = Send();
  ASSERT_EQ(sent.size(), 1u);
  std::string body = BodyOf(sent[0].second);
  std::string prefix = "/api/follow/confirm?token=";
  size_t at = body.find(prefix) + prefix.size();
  ASSERT_TRUE(
      ConfirmIssueFollow(ctx_, kKey, body.substr(at, body.find_first_of("\r\n", at) - at)).ok());
  ASSERT_TRUE(UnsubscribeWithToken(ctx_, kKey, UnsubscribeToken(kKey, "an@example.vn")).ok());
  Approve();
  EXPECT_TRUE(Send().empty());
}

TEST_F(IssueFollowTest, BadAddressesAndFloodsAreRefusedNamingTheField) {
  auto bad = RequestIssueFollow(ctx_, issue_, "khong-phai-email");
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().fields().at(0).field, "email");
  EXPECT_TRUE(
      RequestIssueFollow(ctx_, IssueId(999), "an@example.vn").error().Is(ErrorCode::kNotFound));

  // Other issues to follow, all public.
  std::vector<IssueId> issues{issue_};
  for (int i = 0; i < kFollowRequestsPerHour; ++i) {
    auto s = SubmitQuestion(ctx_, dialogue_,
                            {"Câu hỏi thêm số " + std::to_string(i) + " về việc làm thanh niên", 20,
                             "", "", true, std::nullopt, false, false});
    auto q = TrackQuestion(ctx_, s.value().tracking_code).value().question.id;
    issues.push_back(
        CreateIssue(ctx_, city_, dialogue_, {"Vấn đề " + std::to_string(i), {q.value}}).value().id);
  }
  for (int i = 0; i < kFollowRequestsPerHour; ++i) {
    EXPECT_TRUE(RequestIssueFollow(ctx_, issues[i], "nan@example.vn").value().mailed);
  }
  // A repeat within the hour: no second mail, not counted against the limit.
  EXPECT_FALSE(RequestIssueFollow(ctx_, issues[0], "nan@example.vn").value().mailed);
  auto flood = RequestIssueFollow(ctx_, issues[kFollowRequestsPerHour], "nan@example.vn");
  ASSERT_FALSE(flood.ok());
  EXPECT_TRUE(flood.error().Is(ErrorCode::kRateLimited));
  EXPECT_EQ(flood.error().fields().at(0).field, "email");
  // Another address is not held back; an hour later the first may ask again.
  EXPECT_TRUE(RequestIssueFollow(ctx_, issues[kFollowRequestsPerHour], "khac@example.vn").ok());
  clock_.Advance(3601);
  EXPECT_TRUE(RequestIssueFollow(ctx_, issues[kFollowRequestsPerHour], "nan@example.vn").ok());
  EXPECT_EQ(Send().size(), static_cast<size_t>(kFollowRequestsPerHour + 2));
}

}  // namespace
}  // namespace doithoai
