#include "domain/mail/delivery.h"

#include <gtest/gtest.h>

namespace doithoai {
namespace {

TEST(Delivery, RetriesDoubleFromTheFirstDelayUpToTheCap) {
  DeliveryPolicy p;  // 30 s, doubling, capped at an hour, 8 attempts
  EXPECT_EQ(RetryDelaySeconds(p, 1), 30);
  EXPECT_EQ(RetryDelaySeconds(p, 2), 60);
  EXPECT_EQ(RetryDelaySeconds(p, 3), 120);
  EXPECT_EQ(RetryDelaySeconds(p, 7), 1920);
  EXPECT_EQ(RetryDelaySeconds(p, 8), 3600);
  EXPECT_EQ(RetryDelaySeconds(p, 1000), 3600);
}

TEST(Delivery, TheMaxAttemptThFailureIsTheLast) {
  DeliveryPolicy p;
  p.max_attempts = 3;
  EXPECT_FALSE(IsLastAttempt(p, 1));
  EXPECT_FALSE(IsLastAttempt(p, 2));
  EXPECT_TRUE(IsLastAttempt(p, 3));
}

}  // namespace
}  // namespace doithoai
