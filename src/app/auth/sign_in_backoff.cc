#include "app/auth/sign_in_backoff.h"

#include <algorithm>

namespace doithoai {
namespace {

// How many of the oldest entries are looked at for one that delays nobody before evicting.
constexpr int kEvictionScan = 32;
constexpr size_t kKeyMaxBytes = 128;

}  // namespace

int64_t SignInDelaySeconds(const SignInBackoffPolicy& policy, int failures) {
  int over = failures - policy.free_failures;
  if (over <= 0) return 0;
  if (over > 40) return policy.max_delay_s;
  return std::min<int64_t>(int64_t{1} << (over - 1), policy.max_delay_s);
}

std::string SignInBackoff::Key(std::string_view username) {
  // Usernames are ASCII and compared as typed by the store; the key folds case so "Admin"
  // and "admin" share a count, and long junk cannot make large keys.
  std::string key(username.substr(0, kKeyMaxBytes));
  for (char& c : key) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return key;
}

SignInBackoff::Account& SignInBackoff::Touch(const std::string& key) {
  if (Account* a = accounts_.Find(key)) return *a;
  if (policy_.max_accounts > 0 && accounts_.size() >= policy_.max_accounts) {
    // Prefer an entry that delays nobody, so a flood of junk usernames cannot wash out the
    // count of an account under attack.
    std::string victim = accounts_.Oldest().first;
    int scanned = 0;
    auto [it, end] = accounts_.OldestFirst();
    for (; it != end && scanned < kEvictionScan; ++it, ++scanned) {
      if (it->second.failures <= policy_.free_failures) {
        victim = it->first;
        break;
      }
    }
    accounts_.Erase(victim);
  }
  return accounts_.Put(key, Account{});
}

bool SignInBackoff::IsKnownDevice(const Account& a, std::string_view digest, Instant now) const {
  if (digest.empty()) return false;
  return std::any_of(a.devices.begin(), a.devices.end(), [&](const Device& d) {
    return d.digest == digest &&
           now.unix_seconds - d.seen.unix_seconds <= policy_.device_days * 86400;
  });
}

int64_t SignInBackoff::WaitSeconds(std::string_view username, std::string_view device_digest,
                                   Instant now) {
  std::lock_guard lock(mu_);
  const Account* a = accounts_.Peek(Key(username));
  if (!a || IsKnownDevice(*a, device_digest, now)) return 0;
  return std::max<int64_t>(a->next_try.unix_seconds - now.unix_seconds, 0);
}

void SignInBackoff::RecordFailure(std::string_view username, Instant now) {
  std::lock_guard lock(mu_);
  Account& a = Touch(Key(username));
  if (a.failures > 0 && now.unix_seconds - a.last_failure.unix_seconds > policy_.forget_after_s) {
    a.failures = 0;
  }
  a.failures = std::min(a.failures + 1, policy_.free_failures + 64);
  a.last_failure = now;
  int64_t delay_s = SignInDelaySeconds(policy_, a.failures);
  // Instants are whole seconds (the failure came somewhere within `now`'s second): one more, so
  // that at least `delay_s` real seconds pass before the next password is checked.
  a.next_try = Instant{now.unix_seconds + (delay_s > 0 ? delay_s + 1 : 0)};
}

void SignInBackoff::RecordSuccess(std::string_view username, std::string device_digest,
                                  Instant now) {
  std::lock_guard lock(mu_);
  Account& a = Touch(Key(username));
  a.failures = 0;
  a.next_try = now;
  std::erase_if(a.devices, [&](const Device& d) {
    return d.digest == device_digest ||
           now.unix_seconds - d.seen.unix_seconds > policy_.device_days * 86400;
  });
  if (device_digest.empty()) return;
  if (a.devices.size() >= policy_.devices_per_account) a.devices.erase(a.devices.begin());
  a.devices.push_back({std::move(device_digest), now});
}

size_t SignInBackoff::accounts() const {
  std::lock_guard lock(mu_);
  return accounts_.size();
}

}  // namespace doithoai
