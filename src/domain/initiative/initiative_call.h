// A call for youth initiatives (SYSTEM.md C10, issue 15): a unit's Youth Union invites youths and
// branches to send ideas, initiatives and projects — digital and green transformation, start-ups,
// the community — between two dates, and names a council that scores them on published criteria.
// The call moves one way: open (taking submissions) → reviewing (the council scores) → published
// (results out; every score is final).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.h"
#include "core/ids.h"
#include "core/result.h"

namespace doithoai {

enum class CallPhase { kOpen, kReviewing, kPublished };
const char* CallPhaseName(CallPhase p);  // "open", "reviewing", "published"
std::optional<CallPhase> ParseCallPhase(std::string_view name);
std::string CallPhasePrinted(CallPhase p);  // "đang nhận sáng kiến", …

// One published criterion: "Tính mới, sáng tạo" scored 0..max_points.
struct Criterion {
  std::string name;
  int max_points = 0;
};

struct InitiativeCall {
  int64_t id = 0;
  UnitId unit;        // the unit whose Youth Union runs the call
  std::string title;  // "Ý tưởng sáng tạo thanh niên về chuyển đổi số năm 2026"
  std::string description;
  Date opens_on, closes_on;  // submissions are taken on both days and between
  std::vector<Criterion> criteria;
  std::vector<UserId> council;  // the members who score
  CallPhase phase = CallPhase::kOpen;
  std::optional<Date> published_on;
  std::optional<DocumentId> decision;  // the decision recognising and supporting (0016)
  UserId created_by;
  Instant created_at;
};

inline constexpr size_t kCallTitleMaxChars = 300;
inline constexpr size_t kCallDescriptionMaxChars = 4000;
inline constexpr size_t kCriteriaMax = 12;
inline constexpr size_t kCriterionNameMaxChars = 200;
inline constexpr int kCriterionMaxPoints = 100;
inline constexpr size_t kCouncilMax = 25;
inline constexpr size_t kCouncilNameMaxChars = 64;

struct CallInput {
  std::string title, description;
  std::string opens_on, closes_on;  // ISO dates
  std::vector<Criterion> criteria;
  std::vector<std::string> council;  // the members' usernames, as the Youth Union knows them
};

// kInvalid naming every bad field: title (required), description, opens_on / closes_on (ISO
// dates, closes_on not before opens_on), criteria (1..12; "criteria[i].name" required and
// unique, "criteria[i].max_points" 1..100), council (1..25 distinct usernames, trimmed and
// lower-cased; resolved to accounts by the use case, in the same order). Text in NFC.
struct ValidCall {
  InitiativeCall call;  // without its council
  std::vector<std::string> council;
};
Result<ValidCall> ValidateCall(const CallInput& in);

// Submissions are taken while the call is open and `today` is within its dates.
Status CheckTakesSubmissions(const InitiativeCall& call, Date today);

// The next phase, in order only: kConflict otherwise.
Status CheckAdvance(const InitiativeCall& call, CallPhase to);

bool IsCouncilMember(const InitiativeCall& call, UserId user);

// The highest total a member can give: the sum of the criteria's max points.
int MaxTotal(const InitiativeCall& call);

}  // namespace doithoai
