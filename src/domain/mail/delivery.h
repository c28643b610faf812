// When an outbox mail is tried again after a failed attempt, and when it is given up
// (issue 14: retries with exponential backoff, a mail that keeps failing is marked failed and
// shown to the administrator, never dropped silently).
#pragma once

#include <cstdint>

namespace doithoai {

struct DeliveryPolicy {
  int64_t first_delay_seconds = 30;  // after the first failed attempt
  int64_t max_delay_seconds = 3600;  // the doubling stops here
  int max_attempts = 8;              // the 8th failure marks the mail failed (~2.3 h in)
  int64_t lease_seconds = 300;       // a claim not finished by then is claimed again
};

// Seconds to wait after failed attempt number `attempts` (1-based): first_delay × 2^(attempts−1),
// capped at max_delay.
int64_t RetryDelaySeconds(const DeliveryPolicy& policy, int attempts);

// True when failed attempt number `attempts` is the last one allowed.
bool IsLastAttempt(const DeliveryPolicy& policy, int attempts);

}  // namespace doithoai
