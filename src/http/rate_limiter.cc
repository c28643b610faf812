#include "http/rate_limiter.h"

#include <algorithm>

namespace doithoai::http {

bool RateLimiter::Allow(const std::string& client) {
  if (per_minute_ <= 0) return true;
  auto now = std::chrono::steady_clock::now();
  std::lock_guard lock(mu_);
  if (buckets_.size() > 100000) buckets_.clear();  // bound memory under address churn
  auto [it, fresh] = buckets_.try_emplace(client, Bucket{static_cast<double>(per_minute_), now});
  Bucket& b = it->second;
  double elapsed_s = std::chrono::duration<double>(now - b.last).count();
  b.tokens = std::min<double>(per_minute_, b.tokens + elapsed_s * per_minute_ / 60.0);
  b.last = now;
  if (b.tokens < 1.0) return false;
  b.tokens -= 1.0;
  return true;
}

}  // namespace doithoai::http
