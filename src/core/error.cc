#include "core/error.h"

namespace doithoai {

const char* ErrorCodeName(ErrorCode code) {
  switch (code) {
    case ErrorCode::kInvalid:
      return "invalid";
    case ErrorCode::kMalformed:
      return "invalid";  // same name for clients; status differs
    case ErrorCode::kNotFound:
      return "not_found";
    case ErrorCode::kConflict:
      return "conflict";
    case ErrorCode::kUnauthenticated:
      return "unauthenticated";
    case ErrorCode::kForbidden:
      return "forbidden";
    case ErrorCode::kTooLarge:
      return "too_large";
    case ErrorCode::kUnsupportedType:
      return "unsupported_media_type";
    case ErrorCode::kRateLimited:
      return "rate_limited";
    case ErrorCode::kUnavailable:
      return "unavailable";
    case ErrorCode::kInternal:
      return "internal";
  }
  return "internal";
}

Error Error::Invalid(std::vector<FieldError> fields) {
  std::string message = "Dữ liệu không hợp lệ";
  if (!fields.empty()) message += ": " + fields.front().field + " — " + fields.front().reason;
  return Error(ErrorCode::kInvalid, std::move(message), std::move(fields));
}

Error Error::Invalid(std::string field, std::string reason) {
  return Invalid(std::vector<FieldError>{{std::move(field), std::move(reason)}});
}

Error Error::NotFound(std::string what) {
  return Error(ErrorCode::kNotFound, "Không tìm thấy " + what);
}

Error Error::Conflict(std::string message) {
  return Error(ErrorCode::kConflict, std::move(message));
}

Error Error::Unauthenticated() { return Error(ErrorCode::kUnauthenticated, "Bạn cần đăng nhập"); }

Error Error::Forbidden(std::string message) {
  return Error(ErrorCode::kForbidden, std::move(message));
}

Error Error::TooLarge(std::string field, std::string reason) {
  std::string message = "Dữ liệu quá lớn: " + field;  // before `field` is moved from
  return Error(ErrorCode::kTooLarge, std::move(message), {{std::move(field), std::move(reason)}});
}

Error Error::Internal(std::string message) {
  return Error(ErrorCode::kInternal, std::move(message));
}

}  // namespace doithoai
