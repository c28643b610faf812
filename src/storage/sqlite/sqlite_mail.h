// MailRepository (app/mail/mail_repository.h) on SQLite.
#pragma once

#include "app/mail/mail_repository.h"
#include "storage/sqlite/connection.h"

namespace doithoai::storage::sqlite {

class SqliteMail final : public MailRepository {
 public:
  explicit SqliteMail(Connection& c) : c_(c) {}
  Result<std::vector<OutboxEntry>> Claim(Instant now, std::string_view lease, Instant lease_until,
                                         int64_t limit) override;
  Result<bool> MarkSent(int64_t id, std::string_view lease, Instant at,
                        std::string_view note) override;
  Result<bool> MarkDelivered(int64_t id, std::string_view lease, std::string_view address) override;
  Result<bool> MarkRetry(int64_t id, std::string_view lease, Instant next_attempt_at,
                         std::string_view error) override;
  Result<bool> MarkFailed(int64_t id, std::string_view lease, Instant at,
                          std::string_view error) override;
  std::vector<OutboxEntry> Failed(int64_t limit) override;
  Result<bool> Requeue(int64_t id, Instant now) override;
  OutboxCounts Counts() override;
  Status SaveAccountMail(const AccountMail& settings) override;
  std::optional<AccountMail> FindAccountMail(UserId user) override;
  std::vector<AccountMail> AccountMails() override;
  Status Unsubscribe(std::string_view address, Instant at) override;
  bool IsUnsubscribed(std::string_view address) override;

 private:
  Result<bool> Finish(const char* sql, int64_t id, std::string_view lease, int64_t at,
                      std::string_view text);
  Connection& c_;
};

}  // namespace doithoai::storage::sqlite
