// The HTTP application: routes /api/* to handlers and everything else to the web UI.
// Handle() may block on storage and runs on the blocking pool; TryFast() never blocks and runs
// on the network threads (static files, cached public JSON).
#pragma once

#include <atomic>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <shared_mutex>
#include <string>
#include <unordered_map>

#include "app/auth/sessions.h"
#include "app/auth/sign_in_backoff.h"
#include "app/context.h"
#include "app/search/routing_advice.h"
#include "app/search/search_service.h"
#include "app/text/text_services.h"
#include "http/background_jobs.h"
#include "http/error_mapping.h"
#include "http/event_channel.h"
#include "http/message.h"
#include "http/public_cache.h"
#include "http/rate_limiter.h"
#include "http/router.h"
#include "http/static_files.h"

namespace doithoai::http {

struct ApiOptions {
  std::string web_root;             // folder holding public.html, staff.html, assets/
  int submissions_per_minute = 30;  // per client address; 0 disables the limit
  int sign_ins_per_minute = 20;     // per client address; 0 disables the limit
  int lookups_per_minute = 30;     // tracking-code lookups per client address; 0 disables the limit
  int64_t public_cache_ms = 1000;  // how stale a cached public JSON page may be
  size_t upload_limit_bytes = 5 << 20;  // imports
  // A document to read (PDF, scan, photo, DOCX): POST /api/documents/reads.
  size_t document_upload_limit_bytes = 25 << 20;
  JobLimits read_jobs;  // the background reads of those documents
  // Server-Sent Events streams open at once (the dialogue day's screen); beyond: 503.
  size_t max_event_streams = 20000;
  size_t max_event_streams_per_client = 1000;  // per client address; 0: no cap
  // Where users reach the server ("https://doithoai.example.gov.vn"); empty: as addressed.
  // An https URL means TLS is terminated in front of us: cookies get Secure and every
  // response Strict-Transport-Security (docs/security.md "Running behind TLS").
  std::string public_url;
  bool secure_cookies = false;  // set from an https public_url
  // Verifies the one-click unsubscribe tokens of youth mail (app/mail/unsubscribe_token.h);
  // empty: every token is refused.
  std::string unsubscribe_key;
};

// Field "public_url": an http:// or https:// URL with a host and nothing after the path.
Status CheckPublicUrl(const std::string& url);

class Api {
 public:
  Api(Context ctx, ApiOptions options);

  std::optional<HttpResponse> TryFast(HttpRequest& req);
  HttpResponse Handle(HttpRequest& req);

  // Shared with the handler files in api/.
  Context& ctx() { return ctx_; }
  const ApiOptions& options() const { return options_; }
  RateLimiter& submissions() { return submissions_; }
  RateLimiter& sign_ins() { return sign_ins_; }
  RateLimiter& tracking_lookups() { return tracking_lookups_; }  // every route taking a code
  SignInBackoff& sign_in_backoff() { return sign_in_backoff_; }
  // The signed-in staff member behind the request's session cookie, if any (for public
  // routes that show staff more, e.g. a dialogue before its plan is published).
  std::optional<Actor> SignedInActor(const HttpRequest& req);

  PublicCache& public_cache() { return public_cache_; }
  SearchService& search() { return search_; }
  RoutingAdvisor& routing_advisor() { return routing_advisor_; }
  TextServices& text() { return text_; }
  // Every route, with its access and role gate (openapi_roles_test.cc holds them to the document).
  const Router& router() const { return router_; }
  // The largest body the route reached by `method` and `path` (undecoded, no query) reads:
  // its own limit, or 0 for the server's default. Asked before the body is read.
  size_t BodyLimitFor(Method method, std::string_view path) const {
    return router_.BodyLimit(method, path);
  }
  // Slow work off the request threads (reading uploaded documents).
  BackgroundJobs& jobs() { return jobs_; }
  // Server-Sent Events channels (the dialogue day's screen, issue 15).
  EventHub& events() { return events_; }
  // X-Content-Type-Options, Referrer-Policy, X-Frame-Options, a CSP on HTML and HSTS behind
  // TLS; once.
  void AddSecurityHeaders(HttpResponse& res) const;

 private:
  HttpResponse Dispatch(HttpRequest& req);

  Context ctx_;
  ApiOptions options_;
  Router router_;
  StaticFiles static_files_;
  RateLimiter submissions_;
  RateLimiter sign_ins_;
  RateLimiter tracking_lookups_;
  SignInBackoff sign_in_backoff_;
  PublicCache public_cache_;
  SearchService search_;
  RoutingAdvisor routing_advisor_;
  TextServices text_;
  EventHub events_;
  BackgroundJobs jobs_;  // last: its workers stop before anything they may use goes
};

// Route registration, one function per resource file in api/.
void RegisterPublicRoutes(Router& r, Api& api);
void RegisterSessionRoutes(Router& r, Api& api);
void RegisterQuestionRoutes(Router& r, Api& api);
void RegisterIssueRoutes(Router& r, Api& api);
void RegisterAdminRoutes(Router& r, Api& api);
void RegisterDocumentRoutes(Router& r, Api& api);
void RegisterIndicatorRoutes(Router& r, Api& api);
void RegisterConclusionRoutes(Router& r, Api& api);
void RegisterTextRoutes(Router& r, Api& api);
void RegisterRightsRoutes(Router& r, Api& api);
void RegisterDocumentReadRoutes(Router& r, Api& api);
void RegisterAgencyMatchRoutes(Router& r, Api& api);
void RegisterTodoRoutes(Router& r, Api& api);
void RegisterMailRoutes(Router& r, Api& api);
void RegisterLiveRoutes(Router& r, Api& api);
void RegisterInitiativeRoutes(Router& r, Api& api);
void RegisterOpenDataRoutes(Router& r, Api& api);

// Helpers for handlers.
HttpResponse JsonResponse(int status, const nlohmann::json& body);
template <class T, class ToJson>
HttpResponse Respond(const Result<T>& r, int status, ToJson to_json) {
  if (!r.ok()) return ErrorResponse(r.error());
  return JsonResponse(status, to_json(r.value()));
}

}  // namespace doithoai::http
