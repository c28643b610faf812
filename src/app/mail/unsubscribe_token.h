// One-click unsubscribe tokens (issue 14, RFC 8058): "<address>.<mac>", both base64url without
// padding, the MAC an HMAC-SHA-256 (libsodium crypto_auth_hmacsha256) of the address under
// the server's mail key. Anyone holding a token can unsubscribe that one address and nothing
// else; a token cannot be made for another address without the key. The key is a file next to
// the database (cli/mail_job.h, docs/mail.md), so links stay valid across restarts.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/result.h"

namespace doithoai {

inline constexpr size_t kMailKeyBytes = 32;

// The token for `address` (as ValidateEmailAddress returns it) under `key` (kMailKeyBytes).
std::string UnsubscribeToken(std::string_view key, std::string_view address);

// The address a token was made for; Invalid naming "token" when it is empty, malformed, or not
// made with `key` (forged or from another server).
Result<std::string> VerifyUnsubscribeToken(std::string_view key, std::string_view token);

// "<base>/api/unsubscribe?token=<token>": GET shows a button, POST unsubscribes (one click).
std::string UnsubscribeUrl(std::string_view base, std::string_view token);

// The same scheme for other links mailed (following an issue, app/issue/issue_follow.h):
// "<payload>.<mac>", both base64url, the MAC over `purpose` (a line naming the use, for domain
// separation) and the payload. Verify returns the payload, or nullopt for a token that is
// malformed or not made with `key` and `purpose`.
std::string SignedToken(std::string_view key, std::string_view purpose, std::string_view payload);
std::optional<std::string> VerifySignedToken(std::string_view key, std::string_view purpose,
                                             std::string_view token);

}  // namespace doithoai
