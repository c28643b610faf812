// Reading a JSON request body field by field. Type mistakes (a number where a string is
// expected…) are collected and reported together as one 400 naming each field; missing
// required fields as one 422. Unknown fields are ignored.
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "http/message.h"

namespace doithoai::http {

inline constexpr size_t kJsonBodyLimit = 64 * 1024;
// The deepest nesting a body may have (our deepest, an imported document's content, uses 4).
// Checked before the parser runs: nothing recursive ever sees a deeper body.
inline constexpr size_t kJsonDepthLimit = 32;

// "application/json", in any case, with or without parameters ("; charset=utf-8").
bool IsJsonContentType(std::string_view content_type);

class JsonInput {
 public:
  // Fails (415) unless the body is declared application/json; fails (400/413) when the body
  // is over the limit, nested deeper than kJsonDepthLimit, not UTF-8, not JSON, or not an
  // object.
  static Result<JsonInput> Parse(const HttpRequest& req, size_t max_bytes = kJsonBodyLimit);

  std::optional<std::string> String(const char* key, bool required = false);
  std::optional<int64_t> Int(const char* key, bool required = false);
  std::optional<bool> Bool(const char* key, bool required = false);
  std::optional<std::vector<int64_t>> IntArray(const char* key, bool required = false);
  // Nested objects: each child reads its fields under "key[i]." ("items[2].content"); call
  // Absorb(child) once its fields are read so its errors are reported with the parent's.
  std::optional<std::vector<JsonInput>> Objects(const char* key, bool required = false,
                                                size_t max_items = 500);
  std::optional<JsonInput> Object(const char* key, bool required = false);
  std::optional<std::vector<std::string>> StringArray(const char* key, bool required = false);
  void Absorb(const JsonInput& child);
  bool IsNull(const char* key) const;  // present and null
  bool Has(const char* key) const { return body_.contains(key); }
  // The object as compact JSON text (to keep a nested object as it came).
  std::string Dump() const { return body_.dump(); }
  // The whole object, for readers of shapes JsonInput does not cover (grants, rules, values).
  const nlohmann::json& Raw() const { return body_; }

  // Ok when every read so far was well-typed and every required field present.
  Status Finish() const;

 private:
  explicit JsonInput(nlohmann::json body, std::string prefix = "")
      : body_(std::move(body)), prefix_(std::move(prefix)) {}
  std::string Name(const char* key) const { return prefix_ + key; }
  const nlohmann::json* Field(const char* key, bool required);
  nlohmann::json body_;
  std::string prefix_;
  std::vector<FieldError> type_errors_;
  std::vector<FieldError> missing_;
};

// Reads an integer query parameter within [min, max]; `fallback` when absent.
Result<int64_t> QueryInt(const HttpRequest& req, const char* key, int64_t fallback, int64_t min,
                         int64_t max);
// Reads an integer path parameter (ids); 404 when it is not a positive integer.
Result<int64_t> PathId(const HttpRequest& req, const char* key);

}  // namespace doithoai::http
