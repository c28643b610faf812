#include "domain/initiative/initiative_call.h"

#include <algorithm>
#include <cctype>
#include <set>

#include "text/field_text.h"

namespace doithoai {

const char* CallPhaseName(CallPhase p) {
  switch (p) {
    case CallPhase::kOpen:
      return "open";
    case CallPhase::kReviewing:
      return "reviewing";
    case CallPhase::kPublished:
      return "published";
  }
  return "open";
}

std::string CallPhasePrinted(CallPhase p) {
  switch (p) {
    case CallPhase::kOpen:
      return "đang nhận sáng kiến";
    case CallPhase::kReviewing:
      return "hội đồng đang chấm";
    case CallPhase::kPublished:
      return "đã công bố kết quả";
  }
  return "";
}

std::optional<CallPhase> ParseCallPhase(std::string_view name) {
  for (auto p : {CallPhase::kOpen, CallPhase::kReviewing, CallPhase::kPublished}) {
    if (name == CallPhaseName(p)) return p;
  }
  return std::nullopt;
}

Result<ValidCall> ValidateCall(const CallInput& in) {
  FieldErrors errors;
  InitiativeCall call;
  call.title = text::CleanField(in.title, kCallTitleMaxChars, "title", errors);
  if (call.title.empty() && text::IsValidUtf8(in.title)) {
    errors.Add("title", "bắt buộc nhập tên cuộc thi / đợt phát động");
  }
  call.description = text::CleanField(in.description, kCallDescriptionMaxChars, "description",
                                      errors, text::Lines::kMultiple);
  auto opens = Date::Parse(in.opens_on);
  auto closes = Date::Parse(in.closes_on);
  if (!opens) errors.Add("opens_on", "phải là ngày dạng YYYY-MM-DD");
  if (!closes) errors.Add("closes_on", "phải là ngày dạng YYYY-MM-DD");
  if (opens && closes && *closes < *opens) {
    errors.Add("closes_on", "không được trước ngày bắt đầu nhận");
  }
  if (opens) call.opens_on = *opens;
  if (closes) call.closes_on = *closes;

  if (in.criteria.empty()) errors.Add("criteria", "cần ít nhất một tiêu chí chấm");
  if (in.criteria.size() > kCriteriaMax) {
    errors.Add("criteria", "tối đa " + std::to_string(kCriteriaMax) + " tiêu chí");
  }
  std::set<std::string> names;
  for (size_t i = 0; i < in.criteria.size() && i < kCriteriaMax; ++i) {
    const std::string at = "criteria[" + std::to_string(i) + "]";
    Criterion c;
    c.name = text::CleanField(in.criteria[i].name, kCriterionNameMaxChars, at + ".name", errors);
    if (c.name.empty() && text::IsValidUtf8(in.criteria[i].name)) {
      errors.Add(at + ".name", "bắt buộc nhập tên tiêu chí");
    } else if (!c.name.empty() && !names.insert(c.name).second) {
      errors.Add(at + ".name", "trùng với một tiêu chí khác");
    }
    c.max_points = in.criteria[i].max_points;
    if (c.max_points < 1 || c.max_points > kCriterionMaxPoints) {
      errors.Add(at + ".max_points", "phải từ 1 đến " + std::to_string(kCriterionMaxPoints));
    }
    call.criteria.push_back(std::move(c));
  }

  if (in.council.empty()) errors.Add("council", "cần ít nhất một thành viên hội đồng chấm");
  if (in.council.size() > kCouncilMax) {
    errors.Add("council", "tối đa " + std::to_string(kCouncilMax) + " thành viên");
  }
  std::vector<std::string> council;
  std::set<std::string> members;
  for (size_t i = 0; i < in.council.size() && i < kCouncilMax; ++i) {
    const std::string at = "council[" + std::to_string(i) + "]";
    std::string name = text::CleanField(in.council[i], kCouncilNameMaxChars, at, errors);
    std::transform(name.begin(), name.end(), name.begin(),
                   [](unsigned char c) { return c < 0x80 ? std::tolower(c) : c; });
    if (name.empty() && text::IsValidUtf8(in.council[i])) {
      errors.Add(at, "thiếu tên đăng nhập của thành viên");
    } else if (!name.empty() && !members.insert(name).second) {
      errors.Add(at, "một tài khoản được ghi hai lần");
    }
    council.push_back(std::move(name));
  }
  if (!errors.empty()) return errors.ToError();
  return ValidCall{std::move(call), std::move(council)};
}

Status CheckTakesSubmissions(const InitiativeCall& call, Date today) {
  if (call.phase != CallPhase::kOpen || today > call.closes_on) {
    return Error::Conflict("Đợt phát động đã hết hạn nhận sáng kiến (" +
                           call.closes_on.ToVietnamese() + ")");
  }
  if (today < call.opens_on) {
    return Error::Conflict("Đợt phát động bắt đầu nhận sáng kiến từ ngày " +
                           call.opens_on.ToVietnamese());
  }
  return Ok();
}

Status CheckAdvance(const InitiativeCall& call, CallPhase to) {
  bool next = (call.phase == CallPhase::kOpen && to == CallPhase::kReviewing) ||
              (call.phase == CallPhase::kReviewing && to == CallPhase::kPublished);
  if (!next) {
    return Error::Conflict("Đợt phát động đang ở bước \"" + CallPhasePrinted(call.phase) +
                           "\", không chuyển sang \"" + CallPhasePrinted(to) + "\" được");
  }
  return Ok();
}

bool IsCouncilMember(const InitiativeCall& call, UserId user) {
  return std::find(call.council.begin(), call.council.end(), user) != call.council.end();
}

int MaxTotal(const InitiativeCall& call) {
  int total = 0;
  for (const auto& c : call.criteria) total += c.max_points;
  return total;
}

}  // namespace doithoai
