#include "domain/privacy/data_request.h"

#include <chrono>

#include "domain/question/submission.h"
#include "text/normalize.h"

namespace doithoai {
namespace {

constexpr RequestKind kKinds[] = {RequestKind::kAccess, RequestKind::kExport,
                                  RequestKind::kCorrection, RequestKind::kWithdrawal,
                                  RequestKind::kDeletion};

// Lower-case ASCII letters, drop white space; other bytes kept as they are.
std::string ContactKey(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') continue;
    out.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
  }
  return out;
}

std::optional<std::string> CleanShort(const std::string& raw, size_t max_chars, const char* field,
                                      FieldErrors& errors) {
  auto s = text::CleanText(raw);
  if (!s) {
    errors.Add(field, "không phải văn bản UTF-8 hợp lệ");
    return std::nullopt;
  }
  if (text::CodePointCount(*s) > max_chars) {
    errors.Add(field, "quá dài (tối đa " + std::to_string(max_chars) + " ký tự)");
  }
  return *s;
}

}  // namespace

const char* RequestKindName(RequestKind k) {
  switch (k) {
    case RequestKind::kAccess:
      return "access";
    case RequestKind::kExport:
      return "export";
    case RequestKind::kCorrection:
      return "correction";
    case RequestKind::kWithdrawal:
      return "withdrawal";
    case RequestKind::kDeletion:
      return "deletion";
  }
  return "access";
}

std::optional<RequestKind> ParseRequestKind(std::string_view name) {
  for (auto k : kKinds) {
    if (name == RequestKindName(k)) return k;
  }
  return std::nullopt;
}

const char* RequestOutcomeName(RequestOutcome o) {
  return o == RequestOutcome::kDone ? "done" : "refused";
}

std::optional<RequestOutcome> ParseRequestOutcome(std::string_view name) {
  if (name == "done") return RequestOutcome::kDone;
  if (name == "refused") return RequestOutcome::kRefused;
  return std::nullopt;
}

Date DueOn(RequestKind kind, Instant received) {
  int days = kind == RequestKind::kWithdrawal ? kWithdrawalDays : kOtherRequestDays;
  return received.VietnamDate().AddDays(days);
}

bool SameContact(std::string_view stored, std::string_view typed) {
  std::string a = ContactKey(stored), b = ContactKey(typed);
  // Every byte of the longer key is visited whatever the content: no early exit.
  size_t n = std::max(a.size(), b.size());
  unsigned diff = a.size() == b.size() ? 0u : 1u;
  for (size_t i = 0; i < n; ++i) {
    unsigned char x = i < a.size() ? static_cast<unsigned char>(a[i]) : 0;
    unsigned char y = i < b.size() ? static_cast<unsigned char>(b[i]) : 0;
    diff |= static_cast<unsigned>(x ^ y);
  }
  return diff == 0;
}

Result<CleanCorrection> ValidateCorrection(const CorrectionInput& in) {
  FieldErrors errors;
  CleanCorrection out;
  if (!in.asker_name && !in.asker_contact && !in.age && !in.text) {
    errors.Add("fields",
               "chọn ít nhất một thông tin cần sửa (asker_name, asker_contact, age, text)");
  }
  if (in.asker_name)
    out.asker_name = CleanShort(*in.asker_name, kNameMaxChars, "asker_name", errors);
  if (in.asker_contact) {
    out.asker_contact = CleanShort(*in.asker_contact, kContactMaxChars, "asker_contact", errors);
  }
  if (in.age) {
    if (*in.age < kYouthMinAge || *in.age > kYouthMaxAge) {
      errors.Add("age", "thanh niên là công dân từ đủ 16 đến 30 tuổi (Luật Thanh niên 2020)");
    }
    out.age = in.age;
  }
  if (in.text) {
    auto t = text::CleanText(*in.text, text::Lines::kMultiple);
    if (!t) {
      errors.Add("text", "không phải văn bản UTF-8 hợp lệ");
    } else if (size_t n = text::CodePointCount(*t); n < kQuestionMinChars) {
      errors.Add("text",
                 "câu hỏi quá ngắn (tối thiểu " + std::to_string(kQuestionMinChars) + " ký tự)");
    } else if (n > kQuestionMaxChars) {
      errors.Add("text",
                 "câu hỏi quá dài (tối đa " + std::to_string(kQuestionMaxChars) + " ký tự)");
    } else {
      out.text = *t;
    }
  }
  if (!errors.empty()) return errors.ToError();
  return out;
}

Date RetentionEnds(Date held_on, std::optional<Date> conclusion_issued_on, int months) {
  using namespace std::chrono;
  Date start = conclusion_issued_on.value_or(held_on);
  year_month_day ymd{sys_days{days{start.days_since_epoch()}}};
  year_month_day later = ymd + std::chrono::months{months};
  if (!later.ok()) later = later.year() / later.month() / last;  // 31/01 + 1 month → 28/02
  return Date::FromDaysSinceEpoch(sys_days{later}.time_since_epoch().count());
}

}  // namespace doithoai
