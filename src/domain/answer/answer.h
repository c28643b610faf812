// The answer to an issue and its approval flow (SYSTEM.md C5):
//
//   (none) ─save─▶ draft ─submit─▶ submitted ─approve─▶ approved (published)
//                    ▲                 │
//                    └──── returned ◀──┘ return(reason)
//
// Each transition is a pure function from the current answer to the next one, so the rules
// are tested without storage, and the use case only loads, transitions and saves.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/date.h"
#include "core/ids.h"
#include "core/result.h"

namespace doithoai {

inline constexpr size_t kAnswerMinChars = 20;
inline constexpr size_t kAnswerMaxChars = 20000;
inline constexpr size_t kReturnReasonMaxChars = 1000;

enum class AnswerStatus { kDraft, kSubmitted, kApproved, kReturned };
const char* AnswerStatusName(AnswerStatus s);

// When the answer is given (C5): in writing before the event, on the spot, or after it.
enum class AnswerTiming { kWritten, kOnTheSpot, kAfter };
const char* AnswerTimingName(AnswerTiming t);
std::optional<AnswerTiming> ParseAnswerTiming(std::string_view name);

struct Answer {
  IssueId issue;
  AgencyId agency;  // the answering (lead) agency
  std::string body;
  AnswerTiming timing = AnswerTiming::kWritten;
  AnswerStatus status = AnswerStatus::kDraft;
  UserId drafted_by;
  std::optional<Instant> submitted_at;
  std::optional<UserId> decided_by;
  std::optional<Instant> decided_at;
  std::string return_reason;
  std::optional<Instant> published_at;  // set on approval

  bool IsPublished() const { return status == AnswerStatus::kApproved; }
};

// Creates or edits the draft. Allowed with no answer, a draft, or a returned answer.
Result<Answer> SaveDraft(const std::optional<Answer>& current, IssueId issue, AgencyId agency,
                         std::string_view body, AnswerTiming timing, UserId by);
Result<Answer> Submit(const Answer& current, Instant at);
Result<Answer> Approve(const Answer& current, UserId by, Instant at);
Result<Answer> Return(const Answer& current, std::string_view reason, UserId by, Instant at);

}  // namespace doithoai
