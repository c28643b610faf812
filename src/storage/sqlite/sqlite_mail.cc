#include "storage/sqlite/sqlite_mail.h"

#include <algorithm>

#include "storage/sqlite/mail_queries.h"
#include "storage/sqlite/rows.h"
#include "storage/sqlite/sqlite_tx.h"

namespace doithoai::storage::sqlite {
namespace {

OutboxEntry ReadEntry(const Statement& s) {
  OutboxEntry e;
  e.mail.id = s.Int(0);
  e.mail.to = s.Text(1);
  e.mail.subject = s.Text(2);
  e.mail.body = s.Text(3);
  e.mail.key = s.Text(4);
  e.mail.created_at = Instant{s.Int(5)};
  e.mail.sent_at = OptInstant(s, 6);
  e.attempts = static_cast<int>(s.Int(7));
  e.next_attempt_at = Instant{s.Int(8)};
  e.failed_at = OptInstant(s, 9);
  e.last_error = s.Text(10);
  std::string delivered = s.Text(11);
  for (size_t at = 0, end; (end = delivered.find('\n', at)) != std::string::npos; at = end + 1) {
    e.delivered.push_back(delivered.substr(at, end - at));
  }
  return e;
}

AccountMail ReadAccountMail(const Statement& s) {
  return AccountMail{UserId(s.Int(0)), s.Text(1),
                     ParseMailPreference(s.Text(2)).value_or(MailPreference::kImmediate)};
}

}  // namespace

Result<std::vector<OutboxEntry>> SqliteMail::Claim(Instant now, std::string_view lease,
                                                   Instant lease_until, int64_t limit) {
  auto s = c_.Prepare(sql::kClaimMail);
  s.Bind(lease).Bind(lease_until.unix_seconds).Bind(now.unix_seconds).Bind(limit);
  std::vector<OutboxEntry> out;
  while (s.Next()) out.push_back(ReadEntry(s));
  std::sort(out.begin(), out.end(),
            [](const OutboxEntry& a, const OutboxEntry& b) { return a.mail.id < b.mail.id; });
  return out;
}

Result<bool> SqliteMail::Finish(const char* sql, int64_t id, std::string_view lease, int64_t at,
                                std::string_view text) {
  auto s = c_.Prepare(sql);
  s.Bind(at).Bind(text).Bind(id).Bind(lease);
  DT_RETURN_IF_ERROR(CheckRun(s.Run(), "id", "thư"));
  return c_.Changes() == 1;
}

Result<bool> SqliteMail::MarkSent(int64_t id, std::string_view lease, Instant at,
                                  std::string_view note) {
  return Finish(sql::kMarkMailSent, id, lease, at.unix_seconds, note);
}

Result<bool> SqliteMail::MarkDelivered(int64_t id, std::string_view lease,
                                       std::string_view address) {
  auto s = c_.Prepare(sql::kMarkMailDelivered);
  s.Bind(address).Bind(id).Bind(lease);
  DT_RETURN_IF_ERROR(CheckRun(s.Run(), "id", "thư"));
  return c_.Changes() == 1;
}

Result<bool> SqliteMail::MarkRetry(int64_t id, std::string_view lease, Instant next_attempt_at,
                                   std::string_view error) {
  return Finish(sql::kMarkMailRetry, id, lease, next_attempt_at.unix_seconds, error);
}

Result<bool> SqliteMail::MarkFailed(int64_t id, std::string_view lease, Instant at,
                                    std::string_view error) {
  return Finish(sql::kMarkMailFailed, id, lease, at.unix_seconds, error);
}

std::vector<OutboxEntry> SqliteMail::Failed(int64_t limit) {
  auto s = c_.Prepare(sql::kFailedMail);
  s.Bind(limit);
  std::vector<OutboxEntry> out;
  while (s.Next()) out.push_back(ReadEntry(s));
  return out;
}

Result<bool> SqliteMail::Requeue(int64_t id, Instant now) {
  auto s = c_.Prepare(sql::kRequeueMail);
  s.Bind(now.unix_seconds).Bind(id);
  DT_RETURN_IF_ERROR(CheckRun(s.Run(), "id", "thư"));
  return c_.Changes() == 1;
}

OutboxCounts SqliteMail::Counts() {
  auto s = c_.Prepare(sql::kOutboxCounts);
  OutboxCounts c;
  if (s.Next()) c = {s.Int(0), s.Int(1), s.Int(2)};
  return c;
}

Status SqliteMail::SaveAccountMail(const AccountMail& m) {
  auto s = c_.Prepare(sql::kSaveAccountMail);
  s.Bind(m.user.value).Bind(m.email).Bind(MailPreferenceName(m.preference));
  return CheckRun(s.Run(), "user_id", "tài khoản");
}

std::optional<AccountMail> SqliteMail::FindAccountMail(UserId user) {
  auto s = c_.Prepare(sql::kFindAccountMail);
  s.Bind(user.value);
  if (!s.Next()) return std::nullopt;
  return ReadAccountMail(s);
}

std::vector<AccountMail> SqliteMail::AccountMails() {
  auto s = c_.Prepare(sql::kAccountMails);
  std::vector<AccountMail> out;
  while (s.Next()) out.push_back(ReadAccountMail(s));
  return out;
}

Status SqliteMail::Unsubscribe(std::string_view address, Instant at) {
  auto s = c_.Prepare(sql::kUnsubscribe);
  s.Bind(address).Bind(at.unix_seconds);
  return CheckRun(s.Run(), "address", "địa chỉ");
}

bool SqliteMail::IsUnsubscribed(std::string_view address) {
  auto s = c_.Prepare(sql::kIsUnsubscribed);
  s.Bind(address);
  return s.Next();
}

}  // namespace doithoai::storage::sqlite
