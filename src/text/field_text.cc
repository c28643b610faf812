#include "text/field_text.h"

namespace doithoai::text {

std::string CleanField(std::string_view raw, size_t max_chars, const std::string& field,
                       FieldErrors& errors, Lines lines) {
  auto s = CleanText(raw, lines);
  if (!s) {
    errors.Add(field, "không phải văn bản UTF-8 hợp lệ");
    return {};
  }
  if (CodePointCount(*s) > max_chars) {
    errors.Add(field, "quá dài (tối đa " + std::to_string(max_chars) + " ký tự)");
  }
  return *s;
}

}  // namespace doithoai::text
