// Signing in and out, and resolving a session cookie to the acting user (C1).
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "app/context.h"
#include "domain/access/role.h"

namespace doithoai {

inline constexpr int64_t kSessionSeconds = 12 * 3600;

struct SignedIn {
  std::string token;  // the cookie value; only its SHA-256 is stored
  std::string csrf_token;
  Actor actor;
  Instant expires_at;
};

// Unknown user, wrong password and disabled account all give the same kUnauthenticated
// error, so the response does not reveal which usernames exist.
Result<SignedIn> SignIn(Context& ctx, std::string_view username, std::string_view password);

struct ActiveSession {
  Actor actor;
  std::string csrf_token;
};

// The actor behind a cookie token, or kUnauthenticated (unknown, expired, disabled user).
Result<ActiveSession> Authenticate(Context& ctx, std::string_view token);

Status SignOut(Context& ctx, std::string_view token);

// Loads the user with grants (unit paths filled) as an Actor.
std::optional<Actor> LoadActor(Tx& tx, UserId user);

}  // namespace doithoai
