#include "http/error_mapping.h"

#include <nlohmann/json.hpp>

namespace doithoai::http {
Error BadRequest(std::string field, std::string reason) {
  // The message first: the arguments' order of evaluation is unspecified.
  std::string message = "Yêu cầu không hợp lệ: " + field + " — " + reason;
  return Error(ErrorCode::kMalformed, std::move(message), {{std::move(field), std::move(reason)}});
}

int StatusOf(const Error& e) {
  switch (e.code()) {
    case ErrorCode::kInvalid:
      return 422;
    case ErrorCode::kMalformed:
      return 400;
    case ErrorCode::kNotFound:
      return 404;
    case ErrorCode::kConflict:
      return 409;
    case ErrorCode::kUnauthenticated:
      return 401;
    case ErrorCode::kForbidden:
      return 403;
    case ErrorCode::kTooLarge:
      return 413;
    case ErrorCode::kUnsupportedType:
      return 415;
    case ErrorCode::kRateLimited:
      return 429;
    case ErrorCode::kUnavailable:
      return 503;
    case ErrorCode::kInternal:
      return 500;
  }
  return 500;
}

HttpResponse ErrorResponse(const Error& e, int64_t retry_after_s) {
  nlohmann::json fields = nlohmann::json::array();
  for (const auto& f : e.fields()) fields.push_back({{"field", f.field}, {"reason", f.reason}});
  nlohmann::json body = {
      {"error", {{"code", ErrorCodeName(e.code())}, {"message", e.message()}, {"fields", fields}}}};
  HttpResponse r;
  r.status = StatusOf(e);
  r.body = body.dump();
  if (e.code() == ErrorCode::kRateLimited) {
    r.headers.emplace_back("Retry-After", std::to_string(retry_after_s));
  }
  return r;
}

}  // namespace doithoai::http
