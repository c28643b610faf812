// SendDueMail's policy on the in-memory store: who a queued mail goes to at send time, retries
// with backoff until the last attempt marks it failed, one unreachable server holds the whole
// batch, and the Message-ID stays the same on every attempt. The sender here is a script of
// outcomes; the real SMTP path runs in tests/mail/smtp_delivery_test.py.
#include "app/mail/send_due_mail.h"

#include <gtest/gtest.h>

#include <deque>

#include "app/admin/administration.h"
#include "app/app_test_kit.h"
#include "app/mail/mail_repository.h"
#include "storage/memory/memory_store.h"

namespace doithoai {
namespace {

constexpr Instant kT0{1796626934};

// Answers each Send with the next scripted outcome (accepted when the script is empty) and
// keeps what it was given.
class ScriptedSender final : public MailSender {
 public:
  struct Sent {
    std::string to, mime;
  };
  SendOutcome Send(std::string_view, std::string_view to, std::string_view mime) override {
    sent.push_back({std::string(to), std::string(mime)});
    if (script.empty()) return {};
    SendOutcome o = script.front();
    script.pop_front();
    return o;
  }
  std::deque<SendOutcome> script;
  std::vector<Sent> sent;
};

SendOutcome Busy() { return {SendOutcome::Kind::kTransient, "421 busy", false}; }
SendOutcome Down() { return {SendOutcome::Kind::kTransient, "connection refused", true}; }

std::string MessageId(const std::string& mime) {
  auto at = mime.find("Message-ID: ");
  return mime.substr(at + 12, mime.find("\r\n", at) - at - 12);
}

class SendDueMailTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_TRUE(LoadUnits(ctx_, {{std::nullopt, "vn", "Việt Nam", "quốc gia", "nation"}}).ok());
    admin_ = app_test::MakeActor(ctx_, "admin", "administrator", 1, std::nullopt);
    agency_ = CreateAgency(ctx_, admin_, {1, "so-noi-vu", "Sở Nội vụ"}).value().id;
    settings_.from_address = "doithoai@tinhdoan.vn";
    settings_.message_id_domain = "tinhdoan.vn";
    settings_.policy.max_attempts = 3;
  }

  UserId Officer(const char* name, const char* email, MailPreference preference) {
    Actor a = app_test::MakeActor(ctx_, name, "agency_officer", 1, agency_.value);
    EXPECT_TRUE(store_
                    .Write([&](Tx& tx) -> Status {
                      return tx.mail().SaveAccountMail({a.user, email, preference});
                    })
                    .ok());
    return a.user;
  }

  void Queue(const std::string& to, const std::string& key) {
    ASSERT_TRUE(store_
                    .Write([&](Tx& tx) -> Status {
                      return tx.notifications().QueueMail(
                          {0, to, "Nhiệm vụ quá hạn: trả lời", "Hạn 01/12/2026", key, kT0, {}});
                    })
                    .ok());
  }

  std::vector<OutboxEntry> Failed() {
    std::vector<OutboxEntry> out;
    EXPECT_TRUE(store_
                    .Read([&](Tx& tx) -> Status {
                      out = tx.mail().Failed(10);
                      return Ok();
                    })
                    .ok());
    return out;
  }

  OutboxCounts Counts() {
    OutboxCounts c;
    EXPECT_TRUE(store_
                    .Read([&](Tx& tx) -> Status {
                      c = tx.mail().Counts();
                      return Ok();
                    })
                    .ok());
    return c;
  }

  MailRun Run() { return SendDueMail(ctx_, sender_, settings_).value(); }

  storage::MemoryStore store_;
  FixedClock clock_{kT0};
  SeededRandom random_{7};
  Context ctx_{store_, clock_, random_};
  Actor admin_;
  AgencyId agency_;
  MailSettings settings_;
  ScriptedSender sender_;
};

TEST_F(SendDueMailTest, AnAgencyMailGoesToItsOfficersWhoWantMailNow) {
  Officer("lan", "lan@snv.vn", MailPreference::kImmediate);
  Officer("binh", "binh@snv.vn", MailPreference::kNone);
  Officer("chi", "chi@snv.vn", MailPreference::kDailyDigest);
  UserId gone = Officer("dung", "dung@snv.vn", MailPreference::kImmediate);
  ASSERT_TRUE(
      UpdateUser(ctx_, admin_, gone, {std::nullopt, std::nullopt, false, std::nullopt}).ok());
  Queue("agency:" + std::to_string(agency_.value), "k1");
  Queue("agency:999", "k2");  // nobody there
  Queue("ai-do", "k3");       // not an audience

  MailRun run = Run();
  EXPECT_EQ(run.claimed, 3);
  EXPECT_EQ(run.sent, 1);
  EXPECT_EQ(run.no_recipient, 1);
  EXPECT_EQ(run.failed, 1);
  ASSERT_EQ(sender_.sent.size(), 1u);
  EXPECT_EQ(sender_.sent[0].to, "lan@snv.vn");
  EXPECT_NE(sender_.sent[0].mime.find("To: <lan@snv.vn>\r\n"), std::string::npos);
  auto failed = Failed();
  ASSERT_EQ(failed.size(), 1u);
  EXPECT_EQ(failed[0].mail.to, "ai-do");
  EXPECT_EQ(Counts().queued, 0);
  EXPECT_EQ(Run().claimed, 0) << "nothing is sent twice";
}

TEST_F(SendDueMailTest, ATransientFailureIsRetriedWithBackoffThenMarkedFailed) {
  Officer("lan", "lan@snv.vn", MailPreference::kImmediate);
  Queue("agency:" + std::to_string(agency_.value), "k1");
  sender_.script = {Busy(), Busy(), Busy()};

  EXPECT_EQ(Run().retried, 1);
  clock_.Advance(29);
  EXPECT_EQ(Run().claimed, 0) << "first retry after 30 s";
  clock_.Advance(1);
  EXPECT_EQ(Run().retried, 1);
  clock_.Advance(59);
  EXPECT_EQ(Run().claimed, 0) << "second retry after 60 s";
  clock_.Advance(1);
  MailRun last = Run();
  EXPECT_EQ(last.failed, 1) << "the third failure is the last";
  EXPECT_EQ(last.retried, 0);
  ASSERT_EQ(sender_.sent.size(), 3u);
  EXPECT_EQ(MessageId(sender_.sent[0].mime), MessageId(sender_.sent[2].mime));
  auto failed = Failed();
  ASSERT_EQ(failed.size(), 1u);
  EXPECT_EQ(failed[0].attempts, 3);
  EXPECT_EQ(failed[0].last_error, "lan@snv.vn: 421 busy");
  EXPECT_EQ(Counts().failed, 1);
}

TEST_F(SendDueMailTest, AnUnreachableServerHoldsTheWholeBatchForLater) {
  Officer("lan", "lan@snv.vn", MailPreference::kImmediate);
  for (int i = 0; i < 3; ++i) {
    Queue("agency:" + std::to_string(agency_.value), "k" + std::to_string(i));
  }
  sender_.script = {Down()};
  MailRun run = Run();
  EXPECT_EQ(run.retried, 3);
  EXPECT_EQ(sender_.sent.size(), 1u) << "one try, not one per mail";
  EXPECT_EQ(Counts().queued, 3);
  for (int i = 0; i < 5; ++i) {  // an outage longer than max_attempts fails nothing
    clock_.Advance(3600);
    sender_.script = {Down()};
    EXPECT_EQ(Run().retried, 3);
  }
  EXPECT_EQ(Counts().failed, 0);
  EXPECT_EQ(sender_.sent.size(), 6u);
  clock_.Advance(3600);
  run = Run();
  EXPECT_EQ(run.sent, 3);
  EXPECT_EQ(run.messages, 3);
  EXPECT_EQ(Counts().sent, 3);
}

TEST_F(SendDueMailTest, ARetryDoesNotSendAgainToAnAddressThatAccepted) {
  Officer("lan", "lan@snv.vn", MailPreference::kImmediate);
  Officer("minh", "minh@snv.vn", MailPreference::kImmediate);
  Queue("agency:" + std::to_string(agency_.value), "k1");
  sender_.script = {{}, Busy()};  // lan accepts, minh's server is busy
  EXPECT_EQ(Run().retried, 1);
  clock_.Advance(30);
  EXPECT_EQ(Run().sent, 1);
  ASSERT_EQ(sender_.sent.size(), 3u);
  EXPECT_EQ(sender_.sent[0].to, "lan@snv.vn");
  EXPECT_EQ(sender_.sent[1].to, "minh@snv.vn");
  EXPECT_EQ(sender_.sent[2].to, "minh@snv.vn") << "lan is not sent the mail twice";
  EXPECT_EQ(MessageId(sender_.sent[1].mime), MessageId(sender_.sent[2].mime));
  EXPECT_NE(MessageId(sender_.sent[0].mime), MessageId(sender_.sent[2].mime));
}

TEST_F(SendDueMailTest, ARefusedAddressFailsAtOnce) {
  Officer("lan", "lan@snv.vn", MailPreference::kImmediate);
  Queue("agency:" + std::to_string(agency_.value), "k1");
  sender_.script = {{SendOutcome::Kind::kPermanent, "550 5.1.1 no such mailbox", false}};
  EXPECT_EQ(Run().failed, 1);
  auto failed = Failed();
  ASSERT_EQ(failed.size(), 1u);
  EXPECT_EQ(failed[0].attempts, 1);
  EXPECT_NE(failed[0].last_error.find("550"), std::string::npos);
}

}  // namespace
}  // namespace doithoai
