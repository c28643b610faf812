#include "app/auth/sessions.h"

#include "app/auth/passwords.h"

namespace doithoai {

std::optional<Actor> LoadActor(Tx& tx, UserId id) {
  auto user = tx.users().Find(id);
  if (!user || !user->active) return std::nullopt;
  return Actor{user->id, user->username, user->display_name, tx.users().Grants(id)};
}

Result<SignedIn> SignIn(Context& ctx, std::string_view username, std::string_view password) {
  std::optional<User> user;
  DT_RETURN_IF_ERROR(ctx.store.Read([&](Tx& tx) -> Status {
    user = tx.users().FindByUsername(username);
    return Ok();
  }));
  // Verify even for unknown users against a fixed hash, so timing does not tell them apart.
  static const std::string kDummy = HashPassword("not-a-real-password").value();
  bool ok = VerifyPassword(user ? user->password_hash : kDummy, password);
  if (!user || !ok || !user->active) {
    return Error(ErrorCode::kUnauthenticated, "Tên đăng nhập hoặc mật khẩu không đúng",
                 {{"password", "tên đăng nhập hoặc mật khẩu không đúng"}});
  }
  SignedIn out;
  out.token = RandomToken();
  out.csrf_token = RandomToken();
  Instant now = ctx.clock.Now();
  out.expires_at = Instant{now.unix_seconds + kSessionSeconds};
  DT_RETURN_IF_ERROR(ctx.store.Write([&](Tx& tx) -> Status {
    DT_RETURN_IF_ERROR(tx.sessions().Insert(
        Session{Sha256Hex(out.token), user->id, out.csrf_token, now, out.expires_at}));
    auto actor = LoadActor(tx, user->id);
    if (!actor) return Error::Unauthenticated();
    out.actor = std::move(*actor);
    return Ok();
  }));
  return out;
}

Result<ActiveSession> Authenticate(Context& ctx, std::string_view token) {
  if (token.size() != 64) return Error::Unauthenticated();
  return ReadValue<ActiveSession>(ctx.store, [&](Tx& tx) -> Result<ActiveSession> {
    auto session = tx.sessions().Find(Sha256Hex(token));
    if (!session || session->expires_at <= ctx.clock.Now()) return Error::Unauthenticated();
    auto actor = LoadActor(tx, session->user);
    if (!actor) return Error::Unauthenticated();
    return ActiveSession{std::move(*actor), session->csrf_token};
  });
}

Status SignOut(Context& ctx, std::string_view token) {
  return ctx.store.Write([&](Tx& tx) { return tx.sessions().Delete(Sha256Hex(token)); });
}

}  // namespace doithoai
