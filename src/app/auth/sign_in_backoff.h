// Per-account sign-in backoff (issue 10). The per-address limit (http/rate_limiter.h) does not
// stop a guesser who spreads over many addresses; this counts failed sign-ins per username,
// from any address, and past a few makes the account wait before a password is checked again:
// 1 s, 2 s, 4 s … up to `max_delay_s`. It slows, never locks: a correct password after the wait
// signs in (and clears the count), an attempt during the wait is refused without checking the
// password and without lengthening the wait, and a browser that signed in to the account
// before (it holds a device token from that sign-in) is not delayed at all — so a stranger
// failing on purpose cannot keep the real user out.
//
// Kept in memory, per server process: a restart forgets it (the per-address limit remains).
// Bounded: at most `max_accounts` usernames (unknown ones count the same as real ones, so the
// answer does not reveal which exist); when full, the oldest entry not currently delaying
// anyone goes first.
#pragma once

#include <mutex>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.h"
#include "core/lru_map.h"

namespace doithoai {

struct SignInBackoffPolicy {
  int free_failures = 5;               // failures before any delay
  int64_t max_delay_s = 300;           // the delay doubles from 1 s up to this
  int64_t forget_after_s = 24 * 3600;  // a count this old (since the last failure) is dropped
  size_t max_accounts = 10000;         // usernames tracked
  size_t devices_per_account = 8;      // device tokens remembered per account
  int64_t device_days = 30;            // how long a device token exempts its browser
};

// The delay after `failures` failed sign-ins in a row: 0 up to the free ones, then 1 s, 2 s, 4 s …
// capped at `max_delay_s`.
int64_t SignInDelaySeconds(const SignInBackoffPolicy& policy, int failures);

class SignInBackoff {
 public:
  explicit SignInBackoff(SignInBackoffPolicy policy = {}) : policy_(policy) {}

  // Seconds before a password for `username` may be checked (0: now): at least the delay since
  // the last failure, counted in whole seconds and rounded up. `device_digest` is the SHA-256 of
  // the browser's device token, empty when it has none.
  int64_t WaitSeconds(std::string_view username, std::string_view device_digest, Instant now);
  void RecordFailure(std::string_view username, Instant now);
  // Clears the count and remembers the device token handed to the browser.
  void RecordSuccess(std::string_view username, std::string device_digest, Instant now);

  size_t accounts() const;  // entries held
  const SignInBackoffPolicy& policy() const { return policy_; }

 private:
  struct Device {
    std::string digest;
    Instant seen;
  };
  struct Account {
    int failures = 0;
    Instant last_failure;
    Instant next_try;  // no password is checked before this
    std::vector<Device> devices;
  };
  static std::string Key(std::string_view username);
  Account& Touch(const std::string& key);  // REQUIRES: mu_ held
  bool IsKnownDevice(const Account& a, std::string_view digest, Instant now) const;

  SignInBackoffPolicy policy_;
  mutable std::mutex mu_;
  LruMap<Account> accounts_;
};

}  // namespace doithoai
