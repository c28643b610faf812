// The one error vocabulary of doithoai. Expected failures (bad input, missing records,
// permission refusals) are values of this type; exceptions are reserved for bugs and are
// caught at the process boundary. The HTTP status for each code is chosen in one place:
// http/error_mapping.cc.
#pragma once

#include <string>
#include <utility>
#include <vector>

namespace doithoai {

enum class ErrorCode {
  kInvalid,          // input failed validation; `fields` names each failing field
  kMalformed,        // the request itself is unreadable: not JSON, wrong types, bad query
  kNotFound,         // the addressed record does not exist (or is not visible to the caller)
  kConflict,         // the record's state does not allow the operation (e.g. approve a draft)
  kUnauthenticated,  // no valid session
  kForbidden,        // signed in, but the role or tree scope does not allow it
  kTooLarge,         // body or file over an explicit limit
  kUnsupportedType,  // the body's Content-Type is not one the route reads (JSON routes: JSON)
  kRateLimited,      // too many requests from one client
  kUnavailable,      // storage busy or shutting down; safe to retry
  kInternal,         // a bug or an I/O failure
};

// Stable machine-readable name, used in JSON error bodies ("invalid", "not_found", ...).
const char* ErrorCodeName(ErrorCode code);

struct FieldError {
  std::string field;   // JSON path-like name: "age", "rows[3].text", "lead_agency_id"
  std::string reason;  // human-readable, Vietnamese first
  friend bool operator==(const FieldError&, const FieldError&) = default;
};

class Error {
 public:
  Error(ErrorCode code, std::string message, std::vector<FieldError> fields = {})
      : code_(code), message_(std::move(message)), fields_(std::move(fields)) {}

  static Error Invalid(std::vector<FieldError> fields);
  static Error Invalid(std::string field, std::string reason);
  static Error NotFound(std::string what);
  static Error Conflict(std::string message);
  static Error Unauthenticated();
  static Error Forbidden(std::string message = "Bạn không có quyền thực hiện thao tác này");
  static Error TooLarge(std::string field, std::string reason);
  static Error Internal(std::string message);

  ErrorCode code() const { return code_; }
  const std::string& message() const { return message_; }
  const std::vector<FieldError>& fields() const { return fields_; }

  bool Is(ErrorCode c) const { return code_ == c; }

 private:
  ErrorCode code_;
  std::string message_;
  std::vector<FieldError> fields_;
};

// Collects every field error of one input before failing, so a form shows them all at once.
class FieldErrors {
 public:
  void Add(std::string field, std::string reason) {
    fields_.push_back({std::move(field), std::move(reason)});
  }
  bool empty() const { return fields_.empty(); }
  const std::vector<FieldError>& list() const { return fields_; }
  Error ToError() const { return Error::Invalid(fields_); }

 private:
  std::vector<FieldError> fields_;
};

}  // namespace doithoai
