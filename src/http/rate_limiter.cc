#include "http/rate_limiter.h"

#include <algorithm>

namespace doithoai::http {

bool RateLimiter::Allow(const std::string& client) {
  if (per_minute_ <= 0) return true;
  int64_t now = now_ms_();
  std::lock_guard lock(mu_);
  Bucket* b = buckets_.Find(client);
  if (!b) {
    while (buckets_.size() >= std::max<size_t>(max_clients_, 1)) buckets_.PopOldest();
    b = &buckets_.Put(client, Bucket{static_cast<double>(per_minute_), now});
  }
  double elapsed_s = static_cast<double>(std::max<int64_t>(now - b->last_ms, 0)) / 1000.0;
  b->tokens = std::min<double>(per_minute_, b->tokens + elapsed_s * per_minute_ / 60.0);
  b->last_ms = now;
  if (b->tokens < 1.0) return false;
  b->tokens -= 1.0;
  return true;
}

size_t RateLimiter::clients() const {
  std::lock_guard lock(mu_);
  return buckets_.size();
}

}  // namespace doithoai::http
