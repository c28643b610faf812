// The coordinator's dashboard (SYSTEM.md C4/C5, C11): per lead agency, how many issues were
// routed to it, answered (submitted or approved), approved, and late. Pure: the use case
// loads the issues and answers and passes `today` in.
#pragma once

#include <map>
#include <optional>
#include <vector>

#include "core/date.h"
#include "domain/answer/answer.h"
#include "domain/issue/issue.h"

namespace doithoai {

struct AgencyStats {
  AgencyId agency;
  int routed = 0;
  int answered = 0;  // an answer was submitted for approval or approved
  int approved = 0;
  int late = 0;  // past its due date without an approved answer, or approved after it
};

// True when the issue's answer deadline has passed without an approved answer, or the
// answer was approved after the deadline (Vietnam dates).
bool IsAnswerLate(const Issue& issue, const std::optional<Answer>& answer, Date today);

// One row per lead agency with at least one routed issue, ordered by agency id.
std::vector<AgencyStats> ComputeAgencyStats(const std::vector<Issue>& issues,
                                            const std::map<IssueId, Answer>& answers, Date today);

}  // namespace doithoai
