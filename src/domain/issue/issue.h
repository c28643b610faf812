// An issue (nhóm vấn đề): questions that ask the same thing, answered once by a lead agency
// with coordinating agencies, before a deadline (SYSTEM.md C4; ND13 Art. 10(3)).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/date.h"
#include "core/ids.h"
#include "core/result.h"

namespace doithoai {

inline constexpr size_t kIssueTitleMaxChars = 300;

struct Issue {
  IssueId id;
  DialogueId dialogue;
  std::string title;
  std::optional<AgencyId> lead_agency;  // set when routed
  std::vector<AgencyId> coordinating;   // never contains lead_agency
  std::optional<Date> answer_due_on;    // set when routed
  std::optional<Instant> routed_at;
  Instant created_at;
};

struct RoutingInput {
  AgencyId lead;
  std::vector<AgencyId> coordinating;
  std::string answer_due_on;  // ISO date as received
};

struct Routing {
  AgencyId lead;
  std::vector<AgencyId> coordinating;  // de-duplicated, lead removed
  Date answer_due_on;
};

inline constexpr int kMaxAnswerDays = 365;

// An answer deadline may not lie in the past, nor before the dialogue's year starts, nor
// more than kMaxAnswerDays ahead (a typo such as 2052 is caught). Deadlines after the
// dialogue are normal: forwarded matters are answered later (ND13 Art. 10(3)).
// Fields: "answer_due_on", "coordinating_agency_ids".
Result<Routing> ValidateRouting(const RoutingInput& in, Date today, Date dialogue_held_on);

}  // namespace doithoai
