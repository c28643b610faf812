// Milliseconds on a monotonic clock, for the limits and caches that measure intervals (rate
// limits, cache freshness). Passed as a function so their tests move time by hand, no sleeps.
#pragma once

#include <chrono>
#include <cstdint>
#include <functional>

namespace doithoai {

using SteadyMs = std::function<int64_t()>;

inline int64_t SteadyNowMs() {
  using namespace std::chrono;
  return duration_cast<milliseconds>(steady_clock::now().time_since_epoch()).count();
}

}  // namespace doithoai
