// A token bucket per client address: `per_minute` tokens refill evenly, and a client may
// burst up to that many. Used for public submission and sign-in (SYSTEM.md §5).
#pragma once

#include <chrono>
#include <mutex>
#include <string>
#include <unordered_map>

namespace doithoai::http {

class RateLimiter {
 public:
  explicit RateLimiter(int per_minute) : per_minute_(per_minute) {}

  // True when the client may proceed (and a token is taken). Always true when disabled.
  bool Allow(const std::string& client);

 private:
  struct Bucket {
    double tokens;
    std::chrono::steady_clock::time_point last;
  };
  int per_minute_;
  std::mutex mu_;
  std::unordered_map<std::string, Bucket> buckets_;
};

}  // namespace doithoai::http
