// The mail delivery part of a MemoryStore's State (app/mail/mail_repository.h). The outbox
// rows themselves stay in State::outbox; their delivery state is kept here by outbox id.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "app/mail/mail_repository.h"

namespace doithoai::storage::memory {

struct OutboxDelivery {
  int attempts = 0;
  Instant next_attempt_at;
  std::string lease;  // "" when none
  Instant lease_until;
  std::optional<Instant> failed_at;
  std::string last_error;
  std::vector<std::string> delivered;
};

struct MailTables {
  std::map<int64_t, OutboxDelivery> delivery;  // by outbox id; absent = never tried
  std::map<UserId, AccountMail> accounts;
  std::map<std::string, Instant, std::less<>> unsubscribes;
};

}  // namespace doithoai::storage::memory
