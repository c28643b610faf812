#include "domain/mail/delivery.h"

#include <algorithm>

namespace doithoai {

int64_t RetryDelaySeconds(const DeliveryPolicy& policy, int attempts) {
  int64_t delay = std::max<int64_t>(policy.first_delay_seconds, 0);
  for (int i = 1; i < attempts && delay < policy.max_delay_seconds; ++i) delay *= 2;
  return std::min(delay, policy.max_delay_seconds);
}

bool IsLastAttempt(const DeliveryPolicy& policy, int attempts) {
  return attempts >= policy.max_attempts;
}

}  // namespace doithoai
