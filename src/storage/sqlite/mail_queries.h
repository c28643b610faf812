// The named SQL of mail delivery (migration 0011): outbox claims and outcomes, accounts' mail
// settings, unsubscribed addresses. SQLite numbers $N by first appearance, so they appear
// in order here too (a repeated one keeps its first number).
#pragma once

namespace doithoai::storage::sqlite::sql {

#define DT_OUTBOX_ENTRY_COLS                                                            \
  "id, recipient, subject, body, key, created_at, sent_at, attempts, next_attempt_at, " \
  "failed_at, last_error, delivered"
inline constexpr char kClaimMail[] =
    "UPDATE outbox SET lease = $1, lease_until = $2, attempts = attempts + 1"
    " WHERE id IN (SELECT id FROM outbox WHERE sent_at IS NULL AND failed_at IS NULL"
    "  AND next_attempt_at <= $3 AND (lease_until IS NULL OR lease_until <= $3)"
    "  ORDER BY id LIMIT $4)"
    " RETURNING " DT_OUTBOX_ENTRY_COLS;
inline constexpr char kMarkMailSent[] =
    "UPDATE outbox SET sent_at = $1, last_error = $2, lease = NULL, lease_until = NULL"
    " WHERE id = $3 AND lease = $4 AND sent_at IS NULL AND failed_at IS NULL";
inline constexpr char kMarkMailDelivered[] =
    "UPDATE outbox SET delivered = delivered || $1 || char(10)"
    " WHERE id = $2 AND lease = $3 AND sent_at IS NULL AND failed_at IS NULL";
inline constexpr char kMarkMailRetry[] =
    "UPDATE outbox SET next_attempt_at = $1, last_error = $2, lease = NULL, lease_until = NULL"
    " WHERE id = $3 AND lease = $4 AND sent_at IS NULL AND failed_at IS NULL";
inline constexpr char kMarkMailFailed[] =
    "UPDATE outbox SET failed_at = $1, last_error = $2, lease = NULL, lease_until = NULL"
    " WHERE id = $3 AND lease = $4 AND sent_at IS NULL AND failed_at IS NULL";
inline constexpr char kFailedMail[] =
    "SELECT " DT_OUTBOX_ENTRY_COLS
    " FROM outbox WHERE failed_at IS NOT NULL ORDER BY failed_at DESC, id DESC LIMIT $1";
inline constexpr char kRequeueMail[] =
    "UPDATE outbox SET failed_at = NULL, attempts = 0, next_attempt_at = $1, lease = NULL,"
    " lease_until = NULL WHERE id = $2 AND failed_at IS NOT NULL";
inline constexpr char kOutboxCounts[] =
    "SELECT count(*) FILTER (WHERE sent_at IS NULL AND failed_at IS NULL),"
    " count(*) FILTER (WHERE sent_at IS NOT NULL), count(*) FILTER (WHERE failed_at IS NOT NULL)"
    " FROM outbox";
inline constexpr char kSaveAccountMail[] =
    "INSERT INTO user_mail (user_id, email, preference) VALUES ($1, $2, $3)"
    " ON CONFLICT (user_id) DO UPDATE SET email = excluded.email,"
    " preference = excluded.preference";
inline constexpr char kFindAccountMail[] =
    "SELECT user_id, email, preference FROM user_mail WHERE user_id = $1";
inline constexpr char kAccountMails[] =
    "SELECT user_id, email, preference FROM user_mail ORDER BY user_id";
inline constexpr char kUnsubscribe[] =
    "INSERT INTO mail_unsubscribes (address, created_at) VALUES ($1, $2)"
    " ON CONFLICT (address) DO NOTHING";
inline constexpr char kIsUnsubscribed[] = "SELECT 1 FROM mail_unsubscribes WHERE address = $1";

}  // namespace doithoai::storage::sqlite::sql
