// The storage suite's clauses for mail delivery (app/mail/mail_repository.h), on every
// backend. Pinned: a claim takes due mail oldest first and counts the attempt; a mail under a
// lease in force is not claimed again until the lease ends; an outcome is recorded only by
// the holder of the current lease; failed mail is listed newest failure first and can be
// requeued.
#include <gtest/gtest.h>

#include "app/mail/mail_repository.h"
#include "storage_suite/storage_suite.h"

namespace doithoai {
namespace {

constexpr Instant kT0{1796626934};

Instant At(int64_t seconds) { return Instant{kT0.unix_seconds + seconds}; }

void Queue(Store& store, int n) {
  ASSERT_TRUE(store
                  .Write([&](Tx& tx) -> Status {
                    for (int i = 1; i <= n; ++i) {
                      DT_RETURN_IF_ERROR(
                          tx.notifications().QueueMail({0,
                                                        "agency:" + std::to_string(i),
                                                        "Nhắc hạn " + std::to_string(i),
                                                        "Nội dung",
                                                        "k" + std::to_string(i),
                                                        kT0,
                                                        {}}));
                    }
                    return Ok();
                  })
                  .ok());
}

std::vector<OutboxEntry> Claim(Store& store, Instant now, std::string lease, int64_t limit) {
  std::vector<OutboxEntry> out;
  EXPECT_TRUE(store
                  .Write([&](Tx& tx) -> Status {
                    DT_ASSIGN_OR_RETURN(out, tx.mail().Claim(now, lease, At(300), limit));
                    return Ok();
                  })
                  .ok());
  return out;
}

bool Finish(Store& store, const std::function<Result<bool>(MailRepository&)>& f) {
  bool changed = false;
  EXPECT_TRUE(store
                  .Write([&](Tx& tx) -> Status {
                    DT_ASSIGN_OR_RETURN(changed, f(tx.mail()));
                    return Ok();
                  })
                  .ok());
  return changed;
}

OutboxCounts Counts(Store& store) {
  OutboxCounts c;
  EXPECT_TRUE(store
                  .Read([&](Tx& tx) -> Status {
                    c = tx.mail().Counts();
                    return Ok();
                  })
                  .ok());
  return c;
}

TEST_P(StorageSuite, MailIsClaimedOldestFirstOnceUnderALease) {
  Queue(store(), 3);
  auto first = Claim(store(), At(0), "lease-a", 2);
  ASSERT_EQ(first.size(), 2u);
  EXPECT_EQ(first[0].mail.subject, "Nhắc hạn 1");
  EXPECT_EQ(first[1].mail.to, "agency:2");
  EXPECT_EQ(first[0].attempts, 1);
  auto second = Claim(store(), At(1), "lease-b", 10);
  ASSERT_EQ(second.size(), 1u) << "mails under a lease in force are not claimed again";
  EXPECT_EQ(second[0].mail.subject, "Nhắc hạn 3");
  EXPECT_TRUE(Claim(store(), At(2), "lease-c", 10).empty());

  // Sent by the lease holder; a stranger's outcome changes nothing.
  EXPECT_FALSE(Finish(store(), [&](MailRepository& m) {
    return m.MarkSent(first[0].mail.id, "lease-x", At(3), "");
  }));
  EXPECT_TRUE(Finish(store(), [&](MailRepository& m) {
    return m.MarkSent(first[0].mail.id, "lease-a", At(3), "");
  }));
  EXPECT_FALSE(Finish(store(), [&](MailRepository& m) {
    return m.MarkSent(first[0].mail.id, "lease-a", At(4), "");
  })) << "sent once";
  // A retry waits for its time; the lease of a crashed sender (mail 3) ends at At(300).
  EXPECT_TRUE(Finish(store(), [&](MailRepository& m) {
    return m.MarkRetry(first[1].mail.id, "lease-a", At(60), "421 busy");
  }));
  EXPECT_TRUE(Claim(store(), At(59), "lease-d", 10).empty());
  auto retried = Claim(store(), At(60), "lease-e", 10);
  ASSERT_EQ(retried.size(), 1u);
  EXPECT_EQ(retried[0].attempts, 2);
  EXPECT_EQ(retried[0].last_error, "421 busy");
  EXPECT_TRUE(Finish(store(), [&](MailRepository& m) {
    return m.MarkSent(retried[0].mail.id, "lease-e", At(61), "");
  }));
  auto reclaimed = Claim(store(), At(300), "lease-f", 10);
  ASSERT_EQ(reclaimed.size(), 1u) << "an expired lease is claimed again";
  EXPECT_EQ(reclaimed[0].mail.subject, "Nhắc hạn 3");
  EXPECT_FALSE(Finish(store(), [&](MailRepository& m) {
    return m.MarkSent(second[0].mail.id, "lease-b", At(301), "");
  })) << "the first holder's late outcome is ignored";

  auto c = Counts(store());
  EXPECT_EQ(c.sent, 2);
  EXPECT_EQ(c.queued, 1);
  EXPECT_EQ(c.failed, 0);
}

TEST_P(StorageSuite, FailedMailIsListedNewestFirstAndCanBeRequeued) {
  Queue(store(), 2);
  auto claimed = Claim(store(), At(0), "l", 10);
  ASSERT_EQ(claimed.size(), 2u);
  for (int i = 0; i < 2; ++i) {
    EXPECT_TRUE(Finish(store(), [&](MailRepository& m) {
      return m.MarkFailed(claimed[i].mail.id, "l", At(10 + i), "550 không có hộp thư");
    }));
  }
  std::vector<OutboxEntry> failed;
  ASSERT_TRUE(store()
                  .Read([&](Tx& tx) -> Status {
                    failed = tx.mail().Failed(10);
                    return Ok();
                  })
                  .ok());
  ASSERT_EQ(failed.size(), 2u);
  EXPECT_EQ(failed[0].mail.id, claimed[1].mail.id);
  EXPECT_EQ(failed[0].last_error, "550 không có hộp thư");
  EXPECT_EQ(failed[0].attempts, 1);
  EXPECT_EQ(*failed[0].failed_at, At(11));
  EXPECT_TRUE(Claim(store(), At(1000), "m", 10).empty()) << "failed mail is not claimed";
  EXPECT_EQ(Counts(store()).failed, 2);
  EXPECT_TRUE(
      Finish(store(), [&](MailRepository& m) { return m.Requeue(failed[0].mail.id, At(20)); }));
  EXPECT_FALSE(
      Finish(store(), [&](MailRepository& m) { return m.Requeue(failed[0].mail.id, At(20)); }));
  auto again = Claim(store(), At(20), "n", 10);
  ASSERT_EQ(again.size(), 1u);
  EXPECT_EQ(again[0].attempts, 1) << "a requeued mail starts its attempts again";
}

TEST_P(StorageSuite, AddressesThatAcceptedAMailAreKeptAcrossAttempts) {
  Queue(store(), 1);
  auto claimed = Claim(store(), At(0), "l", 10);
  ASSERT_EQ(claimed.size(), 1u);
  EXPECT_TRUE(claimed[0].delivered.empty());
  const int64_t id = claimed[0].mail.id;
  EXPECT_FALSE(Finish(store(), [&](MailRepository& m) {
    return m.MarkDelivered(id, "x", "a@x.vn");
  })) << "only the lease holder records";
  EXPECT_TRUE(
      Finish(store(), [&](MailRepository& m) { return m.MarkDelivered(id, "l", "a@x.vn"); }));
  EXPECT_TRUE(Finish(store(), [&](MailRepository& m) {
    return m.MarkDelivered(id, "l", "b@x.vn");
  })) << "the lease stays in force";
  EXPECT_TRUE(
      Finish(store(), [&](MailRepository& m) { return m.MarkFailed(id, "l", At(5), "550"); }));
  EXPECT_TRUE(Finish(store(), [&](MailRepository& m) { return m.Requeue(id, At(6)); }));
  auto again = Claim(store(), At(6), "m", 10);
  ASSERT_EQ(again.size(), 1u);
  EXPECT_EQ(again[0].delivered, (std::vector<std::string>{"a@x.vn", "b@x.vn"}))
      << "a requeue does not send to them again";
}

TEST_P(StorageSuite, AccountMailSettingsAndUnsubscribes) {
  UserId user;
  ASSERT_TRUE(store()
                  .Write([&](Tx& tx) -> Status {
                    User u;
                    u.username = "lan";
                    u.display_name = "Nguyễn Thị Lan";
                    u.password_hash = "x";
                    u.created_at = kT0;
                    DT_ASSIGN_OR_RETURN(User stored, tx.users().Insert(u));
                    user = stored.id;
                    DT_RETURN_IF_ERROR(tx.mail().SaveAccountMail(
                        {user, "lan@x.vn", MailPreference::kDailyDigest}));
                    DT_RETURN_IF_ERROR(
                        tx.mail().SaveAccountMail({user, "lan2@x.vn", MailPreference::kNone}));
                    DT_RETURN_IF_ERROR(tx.mail().Unsubscribe("youth@x.vn", kT0));
                    return tx.mail().Unsubscribe("youth@x.vn", At(1));
                  })
                  .ok());
  auto bad = store().Write([&](Tx& tx) -> Status {
    return tx.mail().SaveAccountMail({UserId(999), "a@x.vn", MailPreference::kImmediate});
  });
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().fields().at(0).field, "user_id");
  ASSERT_TRUE(store()
                  .Read([&](Tx& tx) -> Status {
                    auto m = tx.mail().FindAccountMail(user);
                    EXPECT_TRUE(m);
                    if (m) {
                      EXPECT_EQ(m->email, "lan2@x.vn");
                      EXPECT_EQ(m->preference, MailPreference::kNone);
                    }
                    EXPECT_EQ(tx.mail().AccountMails().size(), 1u);
                    EXPECT_FALSE(tx.mail().FindAccountMail(UserId(999)));
                    EXPECT_TRUE(tx.mail().IsUnsubscribed("youth@x.vn"));
                    EXPECT_FALSE(tx.mail().IsUnsubscribed("other@x.vn"));
                    return Ok();
                  })
                  .ok());
}

TEST_P(StorageSuite, MailDeliveryStateSurvivesReopening) {
  if (!GetParam().persistent) GTEST_SKIP();
  Queue(store(), 2);
  auto claimed = Claim(store(), At(0), "l", 1);
  ASSERT_EQ(claimed.size(), 1u);
  Reopen();
  EXPECT_TRUE(Claim(store(), At(1), "m", 1).size() == 1u);
  EXPECT_TRUE(Claim(store(), At(2), "n", 1).empty()) << "both leases still in force";
  auto expired = Claim(store(), At(300), "o", 10);
  EXPECT_EQ(expired.size(), 2u);
}

}  // namespace
}  // namespace doithoai
