// A token bucket per client address: `per_minute` tokens refill evenly, and a client may
// burst up to that many. Used for public submission, sign-in and tracking-code lookups
// (SYSTEM.md §5).
//
// The table is bounded (issue 10: nothing keyed by client input grows without bound): beyond
// `max_clients` addresses, the least recently seen bucket is dropped. A dropped bucket had
// refilled unless its client was seen recently, so only a flood of fresh addresses — which
// has its own budget per address anyway — can make a throttled client look new.
#pragma once

#include <mutex>
#include <string>

#include "core/lru_map.h"
#include "core/steady_time.h"

namespace doithoai::http {

inline constexpr size_t kRateLimiterMaxClients = 10000;

class RateLimiter {
 public:
  explicit RateLimiter(int per_minute, size_t max_clients = kRateLimiterMaxClients,
                       SteadyMs now_ms = SteadyNowMs)
      : per_minute_(per_minute), max_clients_(max_clients), now_ms_(std::move(now_ms)) {}

  // True when the client may proceed (and a token is taken). Always true when disabled.
  bool Allow(const std::string& client);

  size_t clients() const;  // buckets held

 private:
  struct Bucket {
    double tokens;
    int64_t last_ms;
  };
  int per_minute_;
  size_t max_clients_;
  SteadyMs now_ms_;
  mutable std::mutex mu_;
  LruMap<Bucket> buckets_;
};

}  // namespace doithoai::http
