// The oracles every fuzz target applies to what a parser returns, beyond "no sanitizer
// report": a refusal must become a clear 4xx response (the error body is JSON, so every byte
// of its message and field names must be UTF-8, or nlohmann::json::dump throws and the client
// gets a 500), and text a parser accepts must be UTF-8 too, since it is stored and served.
#pragma once

#include <string_view>

#include "core/error.h"
#include "fuzz_input.h"
#include "http/error_mapping.h"
#include "text/normalize.h"

namespace doithoai::fuzz {

inline void CheckText(std::string_view s) { FUZZ_CHECK(text::IsValidUtf8(s)); }

// An error from a parser of untrusted bytes: a 4xx naming at least one field, each named,
// that serialises to a JSON error body.
inline void CheckRefusal(const Error& error) {
  FUZZ_CHECK(!error.Is(ErrorCode::kInternal));
  FUZZ_CHECK(!error.fields().empty());
  for (const FieldError& f : error.fields()) FUZZ_CHECK(!f.field.empty() && !f.reason.empty());
  http::HttpResponse response = http::ErrorResponse(error);  // throws on bytes JSON can't hold
  FUZZ_CHECK(response.status >= 400 && response.status < 500);
}

}  // namespace doithoai::fuzz
