// Sign-in, the current session, sign-out. The session token travels only in an HttpOnly,
// SameSite=Strict cookie; the CSRF token is returned in the body for the UI to echo.
#include "app/auth/sessions.h"
#include "http/api/api.h"
#include "http/json_codecs.h"
#include "http/json_input.h"

namespace doithoai::http {
namespace {

constexpr char kCookie[] = "dt_session";

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

}  // namespace

void RegisterSessionRoutes(Router& r, Api& api) {
  r.Add(Method::kPost, "/api/session", Access::kPublic,
        [&api](const HttpRequest& req, const Actor*) {
          if (!api.sign_ins().Allow(req.client)) {
            return ErrorResponse(
                Error(ErrorCode::kRateLimited, "Đăng nhập sai quá nhiều lần, thử lại sau"));
          }
          DT_ASSIGN_OR_RETURN_RESPONSE(JsonInput in, JsonInput::Parse(req));
          auto username = in.String("username", true);
          auto password = in.String("password", true);
          if (auto st = in.Finish(); !st.ok()) return ErrorResponse(st.error());
          DT_ASSIGN_OR_RETURN_RESPONSE(SignedIn s, SignIn(api.ctx(), *username, *password));
          auto res = JsonResponse(200, MeJson(api.ctx(), s.actor, s.csrf_token));
          res.headers.emplace_back(
              "Set-Cookie", CookieHeader(s.token, kSessionSeconds, api.options().secure_cookies));
          res.headers.emplace_back("Cache-Control", "no-store");
          return res;
        });
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
