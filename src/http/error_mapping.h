// The one place where errors become HTTP statuses and JSON error bodies.
#pragma once

#include "core/result.h"
#include "http/message.h"

namespace doithoai::http {

int StatusOf(const Error& error);

// {"error": {"code": "...", "message": "...", "fields": [{"field": "...", "reason": "..."}]}}
// A rate-limited error also names the wait in Retry-After (seconds).
HttpResponse ErrorResponse(const Error& error, int64_t retry_after_s = 60);

// A body that is not JSON, has wrong types, or a bad query string: 400, not 422.
Error BadRequest(std::string field, std::string reason);

}  // namespace doithoai::http

// In a handler: binds the value of a Result or returns its error as a response.
#define DT_ASSIGN_OR_RETURN_RESPONSE(lhs, expr) \
  DT_ASSIGN_OR_RETURN_RESPONSE_IMPL_(DT_CONCAT_(dt_http_result_, __LINE__), lhs, expr)
#define DT_ASSIGN_OR_RETURN_RESPONSE_IMPL_(tmp, lhs, expr)            \
  auto tmp = (expr);                                                  \
  if (!tmp.ok()) return ::doithoai::http::ErrorResponse(tmp.error()); \
  lhs = std::move(tmp).value()
