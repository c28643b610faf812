#include "http/api/api.h"

#include <spdlog/spdlog.h>

#include <chrono>
#include <mutex>

namespace doithoai::http {
namespace {

bool IsApi(const std::string& path) { return path == "/api" || path.rfind("/api/", 0) == 0; }

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
      public_cache_(options_.public_cache_ms),
      search_(ctx),
      routing_advisor_(ctx),
      text_(ctx) {
  RegisterPublicRoutes(router_, *this);
  RegisterSessionRoutes(router_, *this);
  RegisterQuestionRoutes(router_, *this);
  RegisterIssueRoutes(router_, *this);
  RegisterAdminRoutes(router_, *this);
  RegisterDocumentRoutes(router_, *this);
  RegisterIndicatorRoutes(router_, *this);
  RegisterConclusionRoutes(router_, *this);
  RegisterTextRoutes(router_, *this);
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
                             "script-src 'self'; connect-src 'self'; frame-ancestors 'none'; "
                             "base-uri 'none'; form-action 'self'");
  }
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
  AddSecurityHeaders(res);
  return res;
}

HttpResponse Api::Dispatch(HttpRequest& req) {
  if (!IsApi(req.path)) {
    if (auto res = static_files_.Serve(req)) return *res;
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
  return route.handler(req, &session->actor);
}

}  // namespace doithoai::http
