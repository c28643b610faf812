#include "http/api/api.h"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <chrono>
#include <mutex>

namespace doithoai::http {
namespace {

bool IsApi(const std::string& path) { return path == "/api" || path.rfind("/api/", 0) == 0; }

bool HasHeader(const HttpResponse& res, std::string_view name) {
  return std::any_of(res.headers.begin(), res.headers.end(),
                     [&](const auto& h) { return h.first == name; });
}

// Responses carrying identities or cookies must not be kept by browsers or proxies.
void MarkNoStore(HttpResponse& res) {
  std::erase_if(res.headers, [](const auto& h) { return h.first == "Cache-Control"; });
  res.headers.emplace_back("Cache-Control", "no-store");
}

}  // namespace

HttpResponse JsonResponse(int status, const nlohmann::json& body) {
  HttpResponse r;
  r.status = status;
  if (status != 204) r.body = body.dump();
  return r;
}

Api::Api(Context ctx, ApiOptions options)
    : ctx_(ctx),
      options_(std::move(options)),
      static_files_(options_.web_root),
      submissions_(options_.submissions_per_minute),
      sign_ins_(options_.sign_ins_per_minute),
      tracking_lookups_(options_.lookups_per_minute),
      public_cache_(options_.public_cache_ms),
      search_(ctx),
      routing_advisor_(ctx),
      text_(ctx),
      events_(options_.max_event_streams, options_.max_event_streams_per_client),
      jobs_(options_.read_jobs, ctx.random) {
  RegisterPublicRoutes(router_, *this);
  RegisterSessionRoutes(router_, *this);
  RegisterQuestionRoutes(router_, *this);
  RegisterIssueRoutes(router_, *this);
  RegisterAdminRoutes(router_, *this);
  RegisterDocumentRoutes(router_, *this);
  RegisterIndicatorRoutes(router_, *this);
  RegisterConclusionRoutes(router_, *this);
  RegisterTextRoutes(router_, *this);
  RegisterRightsRoutes(router_, *this);
  RegisterDocumentReadRoutes(router_, *this);
  RegisterAgencyMatchRoutes(router_, *this);
  RegisterTodoRoutes(router_, *this);
  RegisterMailRoutes(router_, *this);
  RegisterLiveRoutes(router_, *this);
  RegisterInitiativeRoutes(router_, *this);
  RegisterOpenDataRoutes(router_, *this);
  spdlog::info("{} API routes, {} web files from '{}'", router_.routes().size(),
               static_files_.size(), options_.web_root);
}

void Api::AddSecurityHeaders(HttpResponse& res) const {
  for (const auto& [k, v] : res.headers) {
    if (k == "X-Content-Type-Options") return;  // already added (cached pages)
  }
  res.headers.emplace_back("X-Content-Type-Options", "nosniff");
  res.headers.emplace_back("Referrer-Policy", "same-origin");
  res.headers.emplace_back("X-Frame-Options", "DENY");
  if (res.content_type.rfind("text/html", 0) == 0) {
    res.headers.emplace_back("Content-Security-Policy",
                             "default-src 'self'; img-src 'self' data:; style-src 'self'; "
                             "script-src 'self'; connect-src 'self'; object-src 'none'; "
                             "frame-ancestors 'none'; base-uri 'none'; form-action 'self'");
  }
  if (options_.secure_cookies) {
    // Behind TLS: browsers keep to https for a year (RFC 6797).
    res.headers.emplace_back("Strict-Transport-Security", "max-age=31536000");
  }
}

std::optional<Actor> Api::SignedInActor(const HttpRequest& req) {
  auto token = req.Cookie("dt_session");
  if (!token) return std::nullopt;
  auto session = Authenticate(ctx_, *token);
  if (!session.ok()) return std::nullopt;
  return session->actor;
}

Status CheckPublicUrl(const std::string& url) {
  std::string_view rest(url);
  if (rest.starts_with("https://")) {
    rest.remove_prefix(8);
  } else if (rest.starts_with("http://")) {
    rest.remove_prefix(7);
  } else {
    return Error::Invalid("public_url", "phải bắt đầu bằng https:// hoặc http://");
  }
  std::string_view host = rest.substr(0, rest.find('/'));
  bool bad_char = std::any_of(url.begin(), url.end(), [](char c) {
    return c <= ' ' || c == '?' || c == '#' || c == '@' || c == '\\' || c == 0x7f;
  });
  if (host.empty() || bad_char) {
    return Error::Invalid("public_url", "cần tên máy chủ, không có khoảng trắng, ?, # hay @");
  }
  return Ok();
}

std::optional<HttpResponse> Api::TryFast(HttpRequest& req) {
  if (!IsApi(req.path)) {
    auto res = static_files_.Serve(req);
    if (res) AddSecurityHeaders(*res);
    return res;
  }
  if (req.method == Method::kGet) {
    return public_cache_.Lookup(req.target, ctx_.store.Version(), req.takes_wire);
  }
  return std::nullopt;
}

HttpResponse Api::Handle(HttpRequest& req) {
  HttpResponse res;
  try {
    res = Dispatch(req);
  } catch (const std::exception& e) {
    spdlog::error("{} {}: {}", static_cast<int>(req.method), req.target, e.what());
    res = ErrorResponse(Error::Internal("Lỗi hệ thống, vui lòng thử lại"));
  }
  if (HasHeader(res, "Set-Cookie")) MarkNoStore(res);
  AddSecurityHeaders(res);
  return res;
}

HttpResponse Api::Dispatch(HttpRequest& req) {
  if (!IsApi(req.path)) {
    if (auto res = static_files_.Serve(req)) return *res;
    if (auto res = static_files_.NotFoundPage(req)) return *res;
    HttpResponse r;
    r.status = 404;
    r.content_type = "text/plain; charset=utf-8";
    r.body = "Không tìm thấy trang / Page not found";
    return r;
  }
  auto match = router_.Find(req);
  if (!match.route) {
    if (match.path_matched) {
      auto r = ErrorResponse(Error(ErrorCode::kMalformed, "Phương thức không được hỗ trợ"));
      r.status = 405;
      return r;
    }
    return ErrorResponse(Error::NotFound("đường dẫn API"));
  }
  const Route& route = *match.route;
  if (route.access == Access::kPublic) return route.handler(req, nullptr);

  auto token = req.Cookie("dt_session");
  if (!token) return ErrorResponse(Error::Unauthenticated());
  auto session = Authenticate(ctx_, *token);
  if (!session.ok()) return ErrorResponse(session.error());
  bool mutating = req.method != Method::kGet && req.method != Method::kHead;
  if (mutating && (req.csrf_token.empty() || req.csrf_token != session->csrf_token)) {
    return ErrorResponse(Error::Forbidden("Thiếu hoặc sai mã chống giả mạo (X-CSRF-Token)"));
  }
  // The role gate comes before the handler reads the body: an account that may never use the
  // route costs the server nothing more than its session lookup.
  // Roles::Any() is no gate at all: every signed-in account, a grantless one too (its session).
  if (route.roles != Roles::Any() && !HoldsAny(session->actor, route.roles)) {
    return ErrorResponse(Error::Forbidden("Vai trò của tài khoản không được dùng chức năng này"));
  }
  HttpResponse res = route.handler(req, &session->actor);
  MarkNoStore(res);  // staff responses carry names, drafts and identities
  // What staff change (a conclusion issued, an answer approved, progress reported) shows on
  // the public pages from the next load, never a stale copy (issue 14).
  if (mutating && res.status >= 200 && res.status < 300) public_cache_.Expire();
  return res;
}

}  // namespace doithoai::http
