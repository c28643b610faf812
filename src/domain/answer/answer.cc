#include "domain/answer/answer.h"

#include "text/normalize.h"

namespace doithoai {

const char* AnswerStatusName(AnswerStatus s) {
  switch (s) {
    case AnswerStatus::kDraft:
      return "draft";
    case AnswerStatus::kSubmitted:
      return "submitted";
    case AnswerStatus::kApproved:
      return "approved";
    case AnswerStatus::kReturned:
      return "returned";
  }
  return "draft";
}

const char* AnswerTimingName(AnswerTiming t) {
  switch (t) {
    case AnswerTiming::kWritten:
      return "written";
    case AnswerTiming::kOnTheSpot:
      return "on_the_spot";
    case AnswerTiming::kAfter:
      return "after";
  }
  return "written";
}

std::optional<AnswerTiming> ParseAnswerTiming(std::string_view name) {
  for (auto t : {AnswerTiming::kWritten, AnswerTiming::kOnTheSpot, AnswerTiming::kAfter}) {
    if (name == AnswerTimingName(t)) return t;
  }
  return std::nullopt;
}

Result<Answer> SaveDraft(const std::optional<Answer>& current, IssueId issue, AgencyId agency,
                         std::string_view body, AnswerTiming timing, UserId by) {
  if (current &&
      (current->status == AnswerStatus::kSubmitted || current->status == AnswerStatus::kApproved)) {
    return Error::Conflict("Câu trả lời đã gửi duyệt hoặc đã duyệt, không thể sửa");
  }
  auto clean = text::CleanText(body, text::Lines::kMultiple);
  if (!clean) return Error::Invalid("body", "không phải văn bản UTF-8 hợp lệ");
  if (text::CodePointCount(*clean) > kAnswerMaxChars) {
    return Error::Invalid("body", "quá dài (tối đa " + std::to_string(kAnswerMaxChars) + " ký tự)");
  }
  Answer a = current.value_or(Answer{});
  a.issue = issue;
  a.agency = agency;
  a.body = std::move(*clean);
  a.timing = timing;
  a.status = AnswerStatus::kDraft;
  a.drafted_by = by;
  return a;
}

Result<Answer> Submit(const Answer& current, Instant at) {
  if (current.status != AnswerStatus::kDraft && current.status != AnswerStatus::kReturned) {
    return Error::Conflict("Chỉ gửi duyệt được bản nháp hoặc câu trả lời bị trả lại");
  }
  if (text::CodePointCount(current.body) < kAnswerMinChars) {
    return Error::Invalid("body", "câu trả lời quá ngắn để gửi duyệt (tối thiểu " +
                                      std::to_string(kAnswerMinChars) + " ký tự)");
  }
  Answer a = current;
  a.status = AnswerStatus::kSubmitted;
  a.submitted_at = at;
  return a;
}

Result<Answer> Approve(const Answer& current, UserId by, Instant at) {
  if (current.status != AnswerStatus::kSubmitted) {
    return Error::Conflict("Chỉ duyệt được câu trả lời đã gửi duyệt");
  }
  Answer a = current;
  a.status = AnswerStatus::kApproved;
  a.decided_by = by;
  a.decided_at = at;
  a.published_at = at;
  a.return_reason.clear();
  return a;
}

Result<Answer> Return(const Answer& current, std::string_view reason, UserId by, Instant at) {
  if (current.status != AnswerStatus::kSubmitted) {
    return Error::Conflict("Chỉ trả lại được câu trả lời đã gửi duyệt");
  }
  auto clean = text::CleanText(reason, text::Lines::kMultiple);
  if (!clean || clean->empty()) return Error::Invalid("reason", "cần nêu lý do trả lại");
  if (text::CodePointCount(*clean) > kReturnReasonMaxChars) {
    return Error::Invalid("reason", "lý do quá dài");
  }
  Answer a = current;
  a.status = AnswerStatus::kReturned;
  a.decided_by = by;
  a.decided_at = at;
  a.return_reason = std::move(*clean);
  return a;
}

}  // namespace doithoai
