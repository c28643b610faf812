#include "app/document/document_input.h"

#include "text/normalize.h"

namespace doithoai {
namespace {

std::string Clean(FieldErrors& errors, const std::string& field, std::string_view value,
                  size_t max_bytes, text::Lines lines, bool required) {
  auto clean = text::CleanText(value, lines);
  if (!clean) {
    errors.Add(field, "không phải văn bản UTF-8 hợp lệ");
    return "";
  }
  if (required && clean->empty()) {
    errors.Add(field, "không được để trống");
    return "";
  }
  if (clean->size() > max_bytes) {
    errors.Add(field, "dài quá " + std::to_string(max_bytes) + " byte");
    return "";
  }
  return *clean;
}

}  // namespace

std::string RequiredLine(FieldErrors& errors, const std::string& field, std::string_view value,
                         size_t max_bytes) {
  return Clean(errors, field, value, max_bytes, text::Lines::kSingle, true);
}

std::string RequiredText(FieldErrors& errors, const std::string& field, std::string_view value,
                         size_t max_bytes) {
  return Clean(errors, field, value, max_bytes, text::Lines::kMultiple, true);
}

std::string OptionalLine(FieldErrors& errors, const std::string& field, std::string_view value,
                         size_t max_bytes) {
  return Clean(errors, field, value, max_bytes, text::Lines::kSingle, false);
}

void CheckIssueDate(FieldErrors& errors, const std::string& field, Date on, Date today,
                    std::optional<Date> not_before) {
  if (on > today) errors.Add(field, "không được sau ngày hôm nay (" + today.ToVietnamese() + ")");
  if (not_before && on < *not_before) {
    errors.Add(field, "không được trước ngày " + not_before->ToVietnamese());
  }
}

void CheckDeadline(FieldErrors& errors, const std::string& field, const Deadline& d,
                   std::optional<Date> assigned_on) {
  Status s = ValidateDeadline(d);
  if (s.ok()) {
    if (assigned_on && d.kind == DeadlineKind::kDate && d.date && *d.date < *assigned_on) {
      errors.Add(field + ".date",
                 "không được trước ngày giao nhiệm vụ (" + assigned_on->ToVietnamese() + ")");
    }
    return;
  }
  for (const auto& f : s.error().fields()) {
    // ValidateDeadline names "deadline.date"…; put them under this field.
    std::string name = f.field.rfind("deadline", 0) == 0 ? field + f.field.substr(8) : field;
    errors.Add(name, f.reason);
  }
}

}  // namespace doithoai
