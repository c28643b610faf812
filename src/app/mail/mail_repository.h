// What mail delivery stores (issue 14; migration 0011): the outbox's delivery state, the
// accounts' addresses and preferences, and the addresses that unsubscribed. Reached through
// Tx::mail(); adapters in storage/sqlite/sqlite_mail.* and storage/memory/memory_mail.*.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "app/task/task_ports.h"
#include "core/result.h"
#include "domain/mail/recipients.h"

namespace doithoai {

// An outbox mail as the sender holds it after a claim, or as the administrator sees it.
struct OutboxEntry {
  OutboxMail mail;
  int attempts = 0;         // attempts started, this one included
  Instant next_attempt_at;  // not tried before this
  std::optional<Instant> failed_at;
  std::string last_error;  // the SMTP server's answer, or why it was not sent
  // Addresses that accepted this mail in an earlier attempt (a mail to several addresses that
  // failed part-way): a retry, or a requeue, does not send to them again.
  std::vector<std::string> delivered;
};

struct OutboxCounts {
  int64_t queued = 0, sent = 0, failed = 0;
};

// An account's own mail settings.
struct AccountMail {
  UserId user;
  std::string email;  // validated (domain/mail/email_address.h) or ""
  MailPreference preference = MailPreference::kImmediate;
};

class MailRepository {
 public:
  virtual ~MailRepository() = default;
  // In one write transaction: up to `limit` mails, oldest first, neither sent nor failed,
  // whose next attempt is due at `now` and with no lease in force at `now`; each gets `lease`
  // until `lease_until` and one more attempt counted. Returns them (attempts included).
  virtual Result<std::vector<OutboxEntry>> Claim(Instant now, std::string_view lease,
                                                 Instant lease_until, int64_t limit) = 0;
  // The outcome of a claimed mail. Each returns false (and changes nothing) when the mail's
  // lease is no longer `lease` (it expired and another sender claimed the mail).
  // `note` is kept as last_error: "" for a plain delivery, the reason when nobody was sent it.
  virtual Result<bool> MarkSent(int64_t id, std::string_view lease, Instant at,
                                std::string_view note) = 0;
  // One address of a claimed mail accepted it (recorded before the next address is tried).
  virtual Result<bool> MarkDelivered(int64_t id, std::string_view lease,
                                     std::string_view address) = 0;
  virtual Result<bool> MarkRetry(int64_t id, std::string_view lease, Instant next_attempt_at,
                                 std::string_view error) = 0;
  virtual Result<bool> MarkFailed(int64_t id, std::string_view lease, Instant at,
                                  std::string_view error) = 0;
  // Failed mail, newest failure first.
  virtual std::vector<OutboxEntry> Failed(int64_t limit) = 0;
  // Puts a failed mail back in the queue (attempts from zero, delivered addresses kept);
  // false when it is not failed.
  virtual Result<bool> Requeue(int64_t id, Instant now) = 0;
  virtual OutboxCounts Counts() = 0;

  virtual Status SaveAccountMail(const AccountMail& settings) = 0;  // insert or replace
  virtual std::optional<AccountMail> FindAccountMail(UserId user) = 0;
  virtual std::vector<AccountMail> AccountMails() = 0;  // every account with settings, by id

  // Records that `address` unsubscribed (again is fine); IsUnsubscribed compares exactly
  // (addresses are stored as ValidateEmailAddress returns them).
  virtual Status Unsubscribe(std::string_view address, Instant at) = 0;
  virtual bool IsUnsubscribed(std::string_view address) = 0;
};

}  // namespace doithoai
