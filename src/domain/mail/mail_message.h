// One e-mail as it goes on the wire (RFC 5322 + MIME): headers that cannot be injected into
// (every value is checked for CR/LF, non-ASCII header text is RFC 2047 encoded UTF-8) and a
// UTF-8 plain-text body in base64, so Vietnamese arrives intact through any relay.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/date.h"
#include "core/result.h"

namespace doithoai {

struct MailMessage {
  std::string from_address;  // validated address
  std::string from_name;     // display name, any UTF-8 (encoded when not plain ASCII)
  std::string to_address;    // validated address
  std::string subject;       // UTF-8, one line
  std::string body;          // UTF-8 plain text, lines separated by "\n"
  std::string message_id;    // "<outbox-12.3@doithoai.local>": see MessageIdFor
  Instant date;
  // One-click unsubscribe (RFC 8058): the https URL that a POST unsubscribes; empty for
  // staff mail, which follows the account's preferences instead.
  std::string unsubscribe_url;
};

// The Message-ID of outbox mail `outbox_id` to `recipient_index`-th address of its
// audience: the same on every attempt, so a resend after a crash carries the same id and the
// receiving side (or a person) can recognise it as one message.
std::string MessageIdFor(int64_t outbox_id, int recipient_index, std::string_view domain);

// RFC 2047 "B" encoding of UTF-8 `text` for a header: printable ASCII without "=?" stays as
// it is; otherwise encoded words of at most 75 characters, split between characters, joined
// by CRLF SP folding. Invalid for text holding CR or LF (names "subject" etc. via `field`).
Result<std::string> EncodeHeaderText(std::string_view field, std::string_view text);

// Base64 of `bytes` in lines of 76 characters, each ending in CRLF (RFC 2045 §6.8).
std::string Base64Lines(std::string_view bytes);

// RFC 5322 date-time in UTC: "Mon, 07 Dec 2026 07:02:14 +0000".
std::string MailDate(Instant at);

// The whole message, CRLF line endings, ready for SMTP DATA (dot-stuffing is the sender's).
// Invalid when an address or a header value holds CR/LF or an address is not plain.
Result<std::string> BuildMime(const MailMessage& m);

}  // namespace doithoai
