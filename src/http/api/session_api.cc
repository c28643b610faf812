// Sign-in, the current session, sign-out. The session token travels only in an HttpOnly,
// SameSite=Strict cookie; the CSRF token is returned in the body for the UI to echo. Sign-in is
// throttled per address (RateLimiter) and per account (SignInBackoff); a successful sign-in
// leaves a device cookie that exempts this browser from the account's backoff.
#include "app/auth/passwords.h"
#include "app/auth/sessions.h"
#include "http/api/api.h"
#include "http/json_codecs.h"
#include "http/json_input.h"

namespace doithoai::http {
namespace {

constexpr char kCookie[] = "dt_session";
constexpr char kDeviceCookie[] = "dt_device";

json MeJson(Context& ctx, const Actor& actor, const std::string& csrf) {
  json grants = json::array();
  auto s = ctx.store.Read([&](Tx& tx) -> Status {
    for (const auto& g : actor.grants) {
      auto unit = tx.units().Find(g.unit);
      json agency = nullptr;
      if (g.agency) {
        if (auto a = tx.agencies().Find(*g.agency))
          agency = {{"id", a->id.value}, {"name", a->name}};
      }
      grants.push_back({{"role", RoleName(g.role)},
                        {"unit", {{"id", g.unit.value}, {"name", unit ? unit->name : ""}}},
                        {"agency", agency}});
    }
    return Ok();
  });
  (void)s;
  return {{"user",
           {{"id", actor.user.value},
            {"username", actor.username},
            {"display_name", actor.display_name}}},
          {"csrf_token", csrf},
          {"grants", grants}};
}

std::string CookieHeader(const std::string& value, int64_t max_age_s, bool secure) {
  return std::string(kCookie) + "=" + value +
         "; Path=/; HttpOnly; SameSite=Strict; Max-Age=" + std::to_string(max_age_s) +
         (secure ? "; Secure" : "");
}

// Only the sign-in route ever reads it.
std::string DeviceCookieHeader(const std::string& value, int64_t max_age_s, bool secure) {
  return std::string(kDeviceCookie) + "=" + value +
         "; Path=/api/session; HttpOnly; SameSite=Strict; Max-Age=" + std::to_string(max_age_s) +
         (secure ? "; Secure" : "");
}

HttpResponse SignInHandler(Api& api, const HttpRequest& req) {
  if (!api.sign_ins().Allow(req.client)) {
    return ErrorResponse(
        Error(ErrorCode::kRateLimited, "Đăng nhập sai quá nhiều lần, thử lại sau"));
  }
  DT_ASSIGN_OR_RETURN_RESPONSE(JsonInput in, JsonInput::Parse(req));
  auto username = in.String("username", true);
  auto password = in.String("password", true);
  if (auto st = in.Finish(); !st.ok()) return ErrorResponse(st.error());
  SignInBackoff& backoff = api.sign_in_backoff();
  auto device = req.Cookie(kDeviceCookie);
  std::string device_digest = device && !device->empty() ? Sha256Hex(*device) : "";
  Instant now = api.ctx().clock.Now();
  if (int64_t wait_s = backoff.WaitSeconds(*username, device_digest, now); wait_s > 0) {
    return ErrorResponse(
        Error(ErrorCode::kRateLimited, "Tài khoản này vừa đăng nhập sai nhiều lần: thử lại sau " +
                                           std::to_string(wait_s) + " giây / try again in " +
                                           std::to_string(wait_s) + " s"),
        wait_s);
  }
  auto signed_in = SignIn(api.ctx(), *username, *password);
  if (!signed_in.ok()) {
    if (signed_in.error().Is(ErrorCode::kUnauthenticated)) backoff.RecordFailure(*username, now);
    return ErrorResponse(signed_in.error());
  }
  std::string new_device = RandomToken();
  backoff.RecordSuccess(*username, Sha256Hex(new_device), now);
  bool secure = api.options().secure_cookies;
  auto res = JsonResponse(200, MeJson(api.ctx(), signed_in->actor, signed_in->csrf_token));
  res.headers.emplace_back("Set-Cookie", CookieHeader(signed_in->token, kSessionSeconds, secure));
  res.headers.emplace_back(
      "Set-Cookie", DeviceCookieHeader(new_device, backoff.policy().device_days * 86400, secure));
  res.headers.emplace_back("Cache-Control", "no-store");
  return res;
}

}  // namespace

void RegisterSessionRoutes(Router& r, Api& api) {
  r.Add(Method::kPost, "/api/session", Access::kPublic,
        [&api](const HttpRequest& req, const Actor*) { return SignInHandler(api, req); });
  r.Add(Method::kGet, "/api/session", Access::kStaff,
        [&api](const HttpRequest& req, const Actor* actor) {
          auto session = Authenticate(api.ctx(), req.Cookie(kCookie).value_or(""));
          if (!session.ok()) return ErrorResponse(session.error());
          auto res = JsonResponse(200, MeJson(api.ctx(), *actor, session->csrf_token));
          res.headers.emplace_back("Cache-Control", "no-store");
          return res;
        });
  r.Add(Method::kDelete, "/api/session", Access::kStaff,
        [&api](const HttpRequest& req, const Actor*) {
          auto s = SignOut(api.ctx(), req.Cookie(kCookie).value_or(""));
          if (!s.ok()) return ErrorResponse(s.error());
          auto res = JsonResponse(204, nullptr);
          res.headers.emplace_back("Set-Cookie", CookieHeader("", 0, api.options().secure_cookies));
          return res;
        });
}

}  // namespace doithoai::http
