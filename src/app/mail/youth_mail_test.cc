// Youth mail on the in-memory store (issue 14): queued in the event's transaction only with an
// e-mail contact and the contact consent, sent with the tracking link and a signed one-click
// unsubscribe; after the unsubscribe (or a withdrawn consent) nothing more goes to the address.
#include "app/mail/youth_mail.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "app/admin/administration.h"
#include "app/answer/answers.h"
#include "app/app_test_kit.h"
#include "app/dialogue/dialogues.h"
#include "app/issue/issues.h"
#include "app/mail/mail_repository.h"
#include "app/mail/send_due_mail.h"
#include "app/mail/unsubscribe_token.h"
#include "app/question/questions.h"
#include "app/rights/rights_repository.h"
#include "domain/privacy/consent.h"
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

TEST(UnsubscribeToken, RoundTripsAndRefusesForgeries) {
  std::string t = UnsubscribeToken(kKey, "lan@example.vn");
  EXPECT_EQ(VerifyUnsubscribeToken(kKey, t).value(), "lan@example.vn");
  EXPECT_EQ(
      t.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_."),
      std::string::npos);
  const std::string other(kMailKeyBytes, 'o');
  std::string forged = UnsubscribeToken(other, "lan@example.vn");  // another key
  std::string binh = UnsubscribeToken(kKey, "binh@example.vn");
  std::string swapped = binh.substr(0, binh.find('.')) + t.substr(t.find('.'));  // lan's MAC
  for (const std::string& bad : {forged, swapped, std::string("abc"), std::string("a.b"),
                                 std::string("!!.??"), std::string(700, 'a')}) {
    auto r = VerifyUnsubscribeToken(kKey, bad);
    ASSERT_FALSE(r.ok()) << bad;
    EXPECT_EQ(r.error().fields().at(0).field, "token");
  }
  auto missing = VerifyUnsubscribeToken(kKey, "");
  ASSERT_FALSE(missing.ok());
  EXPECT_NE(missing.error().fields().at(0).reason.find("thiếu"), std::string::npos);
  EXPECT_FALSE(VerifyUnsubscribeToken("", UnsubscribeToken("", "lan@example.vn")).ok());
}

class YouthMailTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_TRUE(LoadUnits(ctx_, {{std::nullopt, "vn", "Việt Nam", "quốc gia", "nation"}}).ok());
    ASSERT_TRUE(
        LoadUnits(ctx_, {{1, "hai-phong", "Thành phố Hải Phòng", "thành phố", "province"}}).ok());
    Actor admin = app_test::MakeActor(ctx_, "admin", "administrator", 1, std::nullopt);
    AgencyId snv = CreateAgency(ctx_, admin, {2, "so-noi-vu", "Sở Nội vụ"}).value().id;
    city_ = app_test::MakeActor(ctx_, "sonoivu", "coordinator", 2, snv.value);
    snv_ = snv;
    DialogueFields f;
    f.unit_id = 2;
    f.year = 2025;
    f.title = "Đối thoại 2025";
    f.held_on = "2025-03-26";
    f.plan_published_on = "2025-02-01";
    dialogue_ = CreateDialogue(ctx_, city_, f).value().id;
    settings_.from_address = "doithoai@tinhdoan.vn";
    settings_.link_base = "https://doithoai.vn";
    settings_.unsubscribe_key = kKey;
  }

  std::pair<QuestionId, std::string> Submit(const char* contact, bool consent_contact) {
    auto s = SubmitQuestion(ctx_, dialogue_,
                            {"Thành phố có hỗ trợ thanh niên khởi nghiệp không ạ?", 20, "Lan",
                             contact, true, std::nullopt, consent_contact, false});
    EXPECT_TRUE(s.ok()) << s.error().message();
    return {TrackQuestion(ctx_, s->tracking_code).value().question.id, s->tracking_code};
  }

  std::vector<OutboxMail> Outbox() {
    std::vector<OutboxMail> out;
    EXPECT_TRUE(store_
                    .Read([&](Tx& tx) -> Status {
                      out = tx.notifications().Outbox(100);
                      return Ok();
                    })
                    .ok());
    return out;
  }

  storage::MemoryStore store_;
  FixedClock clock_{Instant::ParseIso("2025-03-01T02:00:00Z").value()};
  Context ctx_{store_, clock_};
  Actor city_;
  AgencyId snv_;
  DialogueId dialogue_;
  MailSettings settings_;
  Keeper sender_;
};

TEST_F(YouthMailTest, OnlyAnEmailWithTheContactConsentGetsMail) {
  Submit("lan@example.vn", false);  // no consent: never
  Submit("0900000009", true);       // a phone number: no mail
  Submit("", false);
  EXPECT_TRUE(Outbox().empty());
  auto [id, code] = Submit("Lan@Example.VN", true);
  auto outbox = Outbox();
  ASSERT_EQ(outbox.size(), 1u);
  EXPECT_EQ(outbox[0].to, "question:" + std::to_string(id.value));
  EXPECT_EQ(outbox[0].key, "youth:" + std::to_string(id.value) + ":received");
  EXPECT_NE(outbox[0].body.find(code), std::string::npos);
}

TEST_F(YouthMailTest, SentWithTheTrackingLinkAndOneClickUnsubscribe) {
  auto [id, code] = Submit("lan@example.vn", true);
  MailRun run = SendDueMail(ctx_, sender_, settings_).value();
  EXPECT_EQ(run.sent, 1);
  ASSERT_EQ(sender_.sent.size(), 1u);
  EXPECT_EQ(sender_.sent[0].first, "lan@example.vn");
  const std::string& mime = sender_.sent[0].second;
  std::string url =
      "https://doithoai.vn/api/unsubscribe?token=" + UnsubscribeToken(kKey, "lan@example.vn");
  EXPECT_NE(mime.find("List-Unsubscribe: <" + url + ">\r\n"), std::string::npos);
  EXPECT_NE(mime.find("List-Unsubscribe-Post: List-Unsubscribe=One-Click\r\n"), std::string::npos);

  // Unsubscribed: the next event is queued (the address is read at send time) but not sent.
  auto token = url.substr(url.find('=') + 1);
  EXPECT_EQ(UnsubscribeWithToken(ctx_, kKey, token).value(), "lan@example.vn");
  EXPECT_EQ(UnsubscribeWithToken(ctx_, kKey, token).value(), "lan@example.vn");  // again: fine
  auto forged = UnsubscribeWithToken(ctx_, kKey, token + "x");
  ASSERT_FALSE(forged.ok());
  EXPECT_EQ(forged.error().fields().at(0).field, "token");
  ASSERT_TRUE(
      ScreenQuestion(ctx_, city_, id, {"out_of_scope", std::nullopt, "Ngoài thẩm quyền"}).ok());
  EXPECT_EQ(Outbox().size(), 1u);  // not even queued: the address has unsubscribed
  EXPECT_EQ(SendDueMail(ctx_, sender_, settings_).value().claimed, 0);
  EXPECT_EQ(sender_.sent.size(), 1u);
}

TEST_F(YouthMailTest, ScreeningAndGroupingEachMailOnce) {
  auto [out, out_code] = Submit("a@example.vn", true);
  auto [grouped, grouped_code] = Submit("b@example.vn", true);
  auto [dup, dup_code] = Submit("c@example.vn", true);
  ASSERT_TRUE(
      ScreenQuestion(ctx_, city_, out, {"out_of_scope", std::nullopt, "Thuộc thẩm quyền Bộ Y tế"})
          .ok());
  ASSERT_TRUE(ScreenQuestion(ctx_, city_, out, {"out_of_scope", std::nullopt, "Lý do mới"}).ok());
  ASSERT_TRUE(CreateIssue(ctx_, city_, dialogue_, {"Khởi nghiệp", {grouped.value}}).ok());
  ASSERT_TRUE(ScreenQuestion(ctx_, city_, dup, {"duplicate", grouped.value, ""}).ok());
  std::map<std::string, OutboxMail> by_key;
  for (auto& m : Outbox()) by_key[m.key] = m;
  ASSERT_EQ(by_key.size(), 6u);  // 3 receipts, out of scope once, grouped, duplicate
  auto& o = by_key.at("youth:" + std::to_string(out.value) + ":out_of_scope");
  EXPECT_NE(o.body.find("Lý do: Thuộc thẩm quyền Bộ Y tế"), std::string::npos);
  EXPECT_TRUE(by_key.count("youth:" + std::to_string(grouped.value) + ":grouped"));
  EXPECT_TRUE(by_key.count("youth:" + std::to_string(dup.value) + ":duplicate"));

  // A consent withdrawn after queuing stops the queued mail at send time. (A copy: clang 14
  // refuses a lambda capturing a structured binding.)
  const QuestionId dup_id = dup;
  ASSERT_TRUE(store_
                  .Write([&](Tx& tx) -> Status {
                    for (auto c : tx.rights().Consents(dup_id)) {
                      if (c.purpose != Purpose::kContact) continue;
                      c.withdrawn_at = clock_.Now();
                      DT_RETURN_IF_ERROR(tx.rights().SaveConsent(c));
                    }
                    return Ok();
                  })
                  .ok());
  MailRun run = SendDueMail(ctx_, sender_, settings_).value();
  EXPECT_EQ(run.claimed, 6);
  EXPECT_EQ(run.no_recipient, 2);  // dup's receipt and duplicate notice
  for (const auto& [to, mime] : sender_.sent) EXPECT_NE(to, "c@example.vn");
}

TEST_F(YouthMailTest, APublishedAnswerReachesEveryConsentingAskerOfTheIssue) {
  auto [yes, yes_code] = Submit("an@example.vn", true);
  auto [no, no_code] = Submit("binh@example.vn", false);
  Issue issue = CreateIssue(ctx_, city_, dialogue_, {"Khởi nghiệp", {yes.value, no.value}}).value();
  ASSERT_TRUE(RouteIssue(ctx_, city_, issue.id, {snv_, {}, "2025-03-20"}).ok());
  Actor officer = app_test::MakeActor(ctx_, "canbo", "agency_officer", 2, snv_.value);
  Actor leader = app_test::MakeActor(ctx_, "chutich", "leader", 2, std::nullopt);
  ASSERT_TRUE(SaveAnswerDraft(ctx_, officer, issue.id,
                              {"Thành phố có quỹ hỗ trợ khởi nghiệp sáng tạo.", "written"})
                  .ok());
  auto submitted = SubmitAnswer(ctx_, officer, issue.id);
  ASSERT_TRUE(submitted.ok()) << submitted.error().message();
  auto answered = [&] {
    int n = 0;
    for (auto& m : Outbox()) n += m.key.ends_with(":answered");
    return n;
  };
  EXPECT_EQ(answered(), 0);  // drafted and submitted: nothing yet
  ASSERT_TRUE(ApproveAnswer(ctx_, leader, issue.id).ok());
  std::vector<std::string> keys;
  for (auto& m : Outbox()) keys.push_back(m.key);
  EXPECT_EQ(answered(), 1);
  EXPECT_NE(std::find(keys.begin(), keys.end(), YouthMailKey(YouthEvent::kAnswered, yes)),
            keys.end());
  EXPECT_NE(std::find(keys.begin(), keys.end(), YouthMailKey(YouthEvent::kGrouped, yes)),
            keys.end());
}

}  // namespace
}  // namespace doithoai
