#include "http/rate_limiter.h"

#include <gtest/gtest.h>

namespace doithoai::http {
namespace {

TEST(RateLimiter, RefillsEvenlyWithTheClock) {
  int64_t now = 0;
  RateLimiter limiter(60, 100, [&] { return now; });  // one token a second
  for (int i = 0; i < 60; ++i) EXPECT_TRUE(limiter.Allow("a"));
  EXPECT_FALSE(limiter.Allow("a"));
  now += 999;
  EXPECT_FALSE(limiter.Allow("a"));
  now += 1;
  EXPECT_TRUE(limiter.Allow("a"));
  EXPECT_FALSE(limiter.Allow("a"));
  now += 3600 * 1000;  // refills to the burst, not beyond
  for (int i = 0; i < 60; ++i) EXPECT_TRUE(limiter.Allow("a"));
  EXPECT_FALSE(limiter.Allow("a"));
}

// Issue 10: a table keyed by client input is bounded. 100,000 addresses leave at most
// max_clients buckets, and a throttled client seen recently stays throttled.
TEST(RateLimiter, HoldsAtMostMaxClientsBuckets) {
  int64_t now = 0;
  RateLimiter limiter(2, 1000, [&] { return now; });
  EXPECT_TRUE(limiter.Allow("victim-of-own-flood"));
  EXPECT_TRUE(limiter.Allow("victim-of-own-flood"));
  EXPECT_FALSE(limiter.Allow("victim-of-own-flood"));
  for (int i = 0; i < 100000; ++i) {
    EXPECT_TRUE(limiter.Allow("10.0." + std::to_string(i / 256) + "." + std::to_string(i % 256)));
    if (i % 500 == 0) {
      EXPECT_FALSE(limiter.Allow("victim-of-own-flood")) << i;
    }
  }
  EXPECT_EQ(limiter.clients(), 1000u);
}

TEST(RateLimiter, DisabledAtZero) {
  RateLimiter off(0, 1);
  for (int i = 0; i < 100; ++i) EXPECT_TRUE(off.Allow(std::to_string(i)));
  EXPECT_EQ(off.clients(), 0u);
}

}  // namespace
}  // namespace doithoai::http
