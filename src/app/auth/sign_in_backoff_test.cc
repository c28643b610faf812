#include "app/auth/sign_in_backoff.h"

#include <gtest/gtest.h>

namespace doithoai {
namespace {

constexpr Instant kT0{1741737600};  // 2025-03-12

Instant At(int64_t seconds) { return Instant{kT0.unix_seconds + seconds}; }

TEST(SignInBackoff, DelayDoublesAfterTheFreeFailuresUpToTheCap) {
  SignInBackoffPolicy p;  // 5 free, cap 300 s
  EXPECT_EQ(SignInDelaySeconds(p, 0), 0);
  EXPECT_EQ(SignInDelaySeconds(p, 5), 0);
  EXPECT_EQ(SignInDelaySeconds(p, 6), 1);
  EXPECT_EQ(SignInDelaySeconds(p, 7), 2);
  EXPECT_EQ(SignInDelaySeconds(p, 10), 16);
  EXPECT_EQ(SignInDelaySeconds(p, 14), 256);
  EXPECT_EQ(SignInDelaySeconds(p, 15), 300);
  EXPECT_EQ(SignInDelaySeconds(p, 1000), 300);
}

// Issue 10: "a per-account limit with backoff that an attacker cannot use to lock a real
// user out (slower, not locked)".
TEST(SignInBackoff, SlowsAnAccountFromEveryAddressButNeverLocksIt) {
  SignInBackoff b;
  for (int i = 0; i < 5; ++i) {
    EXPECT_EQ(b.WaitSeconds("chutich", "", At(0)), 0);
    b.RecordFailure("chutich", At(0));
  }
  EXPECT_EQ(b.WaitSeconds("chutich", "", At(0)), 0) << "five free failures";
  b.RecordFailure("chutich", At(0));
  // A 1 s delay; instants are whole seconds, so the wait is rounded up to be at least that.
  EXPECT_EQ(b.WaitSeconds("chutich", "", At(0)), 2);
  EXPECT_EQ(b.WaitSeconds("chutich", "", At(1)), 1);
  EXPECT_EQ(b.WaitSeconds("CHUTICH", "", At(1)), 1) << "the username's case does not matter";
  EXPECT_EQ(b.WaitSeconds("sonoivu", "", At(1)), 0) << "per account";
  EXPECT_EQ(b.WaitSeconds("chutich", "", At(2)), 0) << "after the wait a password is checked";
  b.RecordFailure("chutich", At(2));
  EXPECT_EQ(b.WaitSeconds("chutich", "", At(2)), 3) << "2 s, rounded up";
  // Attempts during the wait are refused by the caller without being recorded, so they do
  // not lengthen it; the wait runs out.
  EXPECT_EQ(b.WaitSeconds("chutich", "", At(5)), 0);
  // The real password after the wait signs in and clears the count.
  b.RecordSuccess("chutich", "digest-of-device-1", At(5));
  EXPECT_EQ(b.WaitSeconds("chutich", "", At(5)), 0);
  b.RecordFailure("chutich", At(6));
  EXPECT_EQ(b.WaitSeconds("chutich", "", At(6)), 0) << "the count started again";
}

TEST(SignInBackoff, TheOwnersBrowserIsNotSlowedByAStrangersFailures) {
  SignInBackoff b;
  b.RecordSuccess("chutich", "device-a", At(0));
  for (int i = 0; i < 30; ++i) b.RecordFailure("chutich", At(10));
  EXPECT_EQ(b.WaitSeconds("chutich", "", At(10)), 301) << "a stranger waits the full cap";
  EXPECT_EQ(b.WaitSeconds("chutich", "device-b", At(10)), 301) << "an unknown device too";
  EXPECT_EQ(b.WaitSeconds("chutich", "device-a", At(10)), 0) << "the owner's browser does not";
  // A device token is good for device_days.
  int64_t later = b.policy().device_days * 86400 + 11;
  for (int i = 0; i < 6; ++i) b.RecordFailure("chutich", At(later));
  EXPECT_GT(b.WaitSeconds("chutich", "device-a", At(later)), 0) << "the token has expired";
}

TEST(SignInBackoff, FailuresAreForgottenAfterADayQuiet) {
  SignInBackoff b;
  for (int i = 0; i < 10; ++i) b.RecordFailure("admin", At(0));
  EXPECT_EQ(b.WaitSeconds("admin", "", At(0)), 17);
  b.RecordFailure("admin", At(24 * 3600 + 1));
  EXPECT_EQ(b.WaitSeconds("admin", "", At(24 * 3600 + 1)), 0) << "one failure counted afresh";
}

// Issue 10: bounded. Junk usernames (anyone can send them) fill the table to its bound and
// no further, and do not wash out the count of an account under attack.
TEST(SignInBackoff, BoundedAndKeepsTheAccountsItIsSlowing) {
  SignInBackoffPolicy p;
  p.max_accounts = 100;
  SignInBackoff b(p);
  for (int i = 0; i < 20; ++i) b.RecordFailure("target", At(0));
  for (int i = 0; i < 10000; ++i) b.RecordFailure("junk-" + std::to_string(i), At(1));
  EXPECT_EQ(b.accounts(), 100u);
  EXPECT_EQ(b.WaitSeconds("target", "", At(1)), 300);
  b.RecordFailure(std::string(100000, 'x'), At(2));  // a huge username makes a short key
  EXPECT_EQ(b.accounts(), 100u);
}

}  // namespace
}  // namespace doithoai
