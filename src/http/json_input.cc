#include "http/json_input.h"

#include <charconv>

#include "core/json_depth.h"
#include "http/error_mapping.h"
#include "text/normalize.h"

namespace doithoai::http {

bool IsJsonContentType(std::string_view content_type) {
  std::string_view media = content_type.substr(0, content_type.find(';'));
  while (!media.empty() && media.back() == ' ') media.remove_suffix(1);
  while (!media.empty() && media.front() == ' ') media.remove_prefix(1);
  constexpr std::string_view kJson = "application/json";
  if (media.size() != kJson.size()) return false;
  for (size_t i = 0; i < media.size(); ++i) {
    char c = media[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != kJson[i]) return false;
  }
  return true;
}

Result<JsonInput> JsonInput::Parse(const HttpRequest& req, size_t max_bytes) {
  // Issue 10: a cross-site HTML form can post text/plain (or a form encoding) without asking
  // the browser first; a body declared application/json needs a CORS preflight we never grant.
  if (!IsJsonContentType(req.content_type)) {
    return Error(ErrorCode::kUnsupportedType,
                 "Nội dung phải gửi với Content-Type: application/json",
                 {{"Content-Type", "phải là application/json"}});
  }
  if (req.body.size() > max_bytes) {
    return Error::TooLarge("body",
                           "nội dung vượt quá " + std::to_string(max_bytes / 1024) + " KiB");
  }
  if (JsonDepth(req.body, kJsonDepthLimit) > kJsonDepthLimit) {
    return BadRequest("body", "nội dung lồng nhau quá " + std::to_string(kJsonDepthLimit) +
                                  " cấp / nested deeper than " + std::to_string(kJsonDepthLimit) +
                                  " levels");
  }
  if (!text::IsValidUtf8(req.body)) return BadRequest("body", "nội dung không phải UTF-8 hợp lệ");
  auto body = nlohmann::json::parse(req.body, nullptr, /*allow_exceptions=*/false);
  if (body.is_discarded()) return BadRequest("body", "nội dung không phải JSON hợp lệ");
  if (!body.is_object()) return BadRequest("body", "nội dung phải là một đối tượng JSON");
  return JsonInput(std::move(body));
}

const nlohmann::json* JsonInput::Field(const char* key, bool required) {
  auto it = body_.find(key);
  if (it == body_.end() || it->is_null()) {
    if (required) missing_.push_back({Name(key), "bắt buộc"});
    return nullptr;
  }
  return &*it;
}

std::optional<std::string> JsonInput::String(const char* key, bool required) {
  const auto* v = Field(key, required);
  if (!v) return std::nullopt;
  if (!v->is_string()) {
    type_errors_.push_back({Name(key), "phải là chuỗi ký tự"});
    return std::nullopt;
  }
  return v->get<std::string>();
}

std::optional<int64_t> JsonInput::Int(const char* key, bool required) {
  const auto* v = Field(key, required);
  if (!v) return std::nullopt;
  if (!v->is_number_integer()) {
    type_errors_.push_back({Name(key), "phải là số nguyên"});
    return std::nullopt;
  }
  return v->get<int64_t>();
}

std::optional<bool> JsonInput::Bool(const char* key, bool required) {
  const auto* v = Field(key, required);
  if (!v) return std::nullopt;
  if (!v->is_boolean()) {
    type_errors_.push_back({Name(key), "phải là true hoặc false"});
    return std::nullopt;
  }
  return v->get<bool>();
}

std::optional<std::vector<int64_t>> JsonInput::IntArray(const char* key, bool required) {
  const auto* v = Field(key, required);
  if (!v) return std::nullopt;
  if (!v->is_array()) {
    type_errors_.push_back({Name(key), "phải là một mảng số nguyên"});
    return std::nullopt;
  }
  std::vector<int64_t> out;
  for (const auto& x : *v) {
    if (!x.is_number_integer()) {
      type_errors_.push_back({Name(key), "phải là một mảng số nguyên"});
      return std::nullopt;
    }
    out.push_back(x.get<int64_t>());
  }
  return out;
}

std::optional<std::vector<JsonInput>> JsonInput::Objects(const char* key, bool required,
                                                         size_t max_items) {
  const auto* v = Field(key, required);
  if (!v) return std::nullopt;
  if (!v->is_array() || v->size() > max_items) {
    type_errors_.push_back(
        {Name(key), "phải là một mảng tối đa " + std::to_string(max_items) + " đối tượng"});
    return std::nullopt;
  }
  std::vector<JsonInput> out;
  for (size_t i = 0; i < v->size(); ++i) {
    std::string name = Name(key) + "[" + std::to_string(i) + "]";
    if (!(*v)[i].is_object()) {
      type_errors_.push_back({name, "phải là một đối tượng"});
      continue;
    }
    out.push_back(JsonInput((*v)[i], name + "."));
  }
  return out;
}

std::optional<JsonInput> JsonInput::Object(const char* key, bool required) {
  const auto* v = Field(key, required);
  if (!v) return std::nullopt;
  if (!v->is_object()) {
    type_errors_.push_back({Name(key), "phải là một đối tượng"});
    return std::nullopt;
  }
  return JsonInput(*v, Name(key) + ".");
}

std::optional<std::vector<std::string>> JsonInput::StringArray(const char* key, bool required) {
  const auto* v = Field(key, required);
  if (!v) return std::nullopt;
  std::vector<std::string> out;
  if (v->is_array()) {
    for (const auto& x : *v) {
      if (!x.is_string()) break;
      out.push_back(x.get<std::string>());
    }
    if (out.size() == v->size()) return out;
  }
  type_errors_.push_back({Name(key), "phải là một mảng chuỗi ký tự"});
  return std::nullopt;
}

void JsonInput::Absorb(const JsonInput& child) {
  type_errors_.insert(type_errors_.end(), child.type_errors_.begin(), child.type_errors_.end());
  missing_.insert(missing_.end(), child.missing_.begin(), child.missing_.end());
}

bool JsonInput::IsNull(const char* key) const {
  auto it = body_.find(key);
  return it != body_.end() && it->is_null();
}

Status JsonInput::Finish() const {
  if (!type_errors_.empty()) {
    return Error(ErrorCode::kMalformed, "Sai kiểu dữ liệu: " + type_errors_.front().field,
                 type_errors_);
  }
  if (!missing_.empty()) return Error::Invalid(missing_);
  return Ok();
}

Result<int64_t> QueryInt(const HttpRequest& req, const char* key, int64_t fallback, int64_t min,
                         int64_t max) {
  auto raw = req.Query(key);
  if (!raw) return fallback;
  int64_t v = 0;
  auto [p, ec] = std::from_chars(raw->data(), raw->data() + raw->size(), v);
  if (ec != std::errc() || p != raw->data() + raw->size() || v < min || v > max) {
    return BadRequest(
        key, "phải là số nguyên từ " + std::to_string(min) + " đến " + std::to_string(max));
  }
  return v;
}

Result<int64_t> PathId(const HttpRequest& req, const char* key) {
  auto it = req.path_params.find(key);
  if (it == req.path_params.end()) return Error::NotFound("tài nguyên");
  int64_t v = 0;
  const std::string& s = it->second;
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || p != s.data() + s.size() || v <= 0) return Error::NotFound("tài nguyên");
  return v;
}

}  // namespace doithoai::http
