#include "domain/question/submission.h"

#include <charconv>

#include "text/field_text.h"
#include "text/normalize.h"

namespace doithoai {
namespace {

constexpr char kNotUtf8[] = "không phải văn bản UTF-8 hợp lệ";

std::string CheckText(const std::string& raw, FieldErrors& errors, const char* field) {
  auto text = text::CleanText(raw, text::Lines::kMultiple);
  if (!text) {
    errors.Add(field, kNotUtf8);
    return {};
  }
  size_t n = text::CodePointCount(*text);
  if (n == 0) {
    errors.Add(field, "bắt buộc nhập nội dung câu hỏi");
  } else if (n < kQuestionMinChars) {
    errors.Add(field,
               "câu hỏi quá ngắn (tối thiểu " + std::to_string(kQuestionMinChars) + " ký tự)");
  } else if (n > kQuestionMaxChars) {
    errors.Add(field, "câu hỏi quá dài (tối đa " + std::to_string(kQuestionMaxChars) + " ký tự)");
  }
  return *text;
}

void CheckAge(int age, FieldErrors& errors) {
  if (age < kYouthMinAge || age > kYouthMaxAge) {
    errors.Add("age", "thanh niên là công dân từ đủ 16 đến 30 tuổi (Luật Thanh niên 2020)");
  }
}

std::optional<int> ParseInt(const std::string& s) {
  auto t = text::CleanText(s).value_or("");
  if (t.size() > 2 && t.ends_with(".0")) t.resize(t.size() - 2);  // spreadsheets write 3.0
  int v = 0;
  auto [p, ec] = std::from_chars(t.data(), t.data() + t.size(), v);
  if (ec != std::errc() || p != t.data() + t.size() || t.empty()) return std::nullopt;
  return v;
}

}  // namespace

Result<CleanSubmission> ValidateSubmission(const SubmissionInput& in) {
  FieldErrors errors;
  CleanSubmission out;
  out.text = CheckText(in.text, errors, "text");
  if (!in.age) {
    errors.Add("age", "bắt buộc nhập tuổi");
  } else {
    CheckAge(*in.age, errors);
    out.age = *in.age;
  }
  if (!in.consent) {
    errors.Add("consent", "cần đồng ý cho phép xử lý dữ liệu cá nhân để gửi câu hỏi");
  }
  out.asker_name = text::CleanField(in.asker_name, kNameMaxChars, "asker_name", errors);
  out.asker_contact = text::CleanField(in.asker_contact, kContactMaxChars, "asker_contact", errors);
  out.asker_unit = in.asker_unit;
  if (in.consent_contact && out.asker_contact.empty()) {
    errors.Add("consent_contact", "cần để lại điện thoại hoặc thư điện tử để nhận thông báo");
  }
  out.consent_contact = in.consent_contact;
  out.consent_publish_text = in.consent_publish_text;
  if (!errors.empty()) return errors.ToError();
  return out;
}

Result<CleanBatchRow> ValidateBatchRow(const BatchRowInput& in) {
  FieldErrors errors;
  CleanBatchRow out;
  out.text = CheckText(in.text, errors, "text");
  out.branch = text::CleanField(in.branch, kBranchMaxChars, "branch", errors);
  if (out.branch.empty()) errors.Add("branch", "bắt buộc ghi đơn vị (chi đoàn)");
  out.compiled_by = text::CleanField(in.compiled_by, kNameMaxChars, "compiled_by", errors);
  if (out.compiled_by.empty()) errors.Add("compiled_by", "bắt buộc ghi người tổng hợp");
  if (text::CleanText(in.represents).value_or("").empty()) {
    out.represents = 1;
  } else if (auto n = ParseInt(in.represents); !n || *n < 1 || *n > kRepresentsMax) {
    errors.Add("represents",
               "số thanh niên phải là số nguyên từ 1 đến " + std::to_string(kRepresentsMax));
  } else {
    out.represents = *n;
  }
  if (!text::CleanText(in.age).value_or("").empty()) {
    if (auto a = ParseInt(in.age); !a) {
      errors.Add("age", "tuổi phải là số nguyên");
    } else {
      CheckAge(*a, errors);
      out.age = *a;
    }
  }
  if (!errors.empty()) return errors.ToError();
  return out;
}

}  // namespace doithoai
