// Support for a selected initiative (issue 15, C10): the Youth Union's decision assigns each one
// a mentor agency, the source of its funding and a deadline, and that becomes a task of the
// decision — tracked, reminded, reported on with evidence and rolled up like every task.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/date.h"
#include "core/ids.h"
#include "core/result.h"

namespace doithoai {

struct SupportInput {
  int64_t initiative_id = 0;
  int64_t mentor_agency_id = 0;
  std::string funding;  // "Quỹ hỗ trợ thanh niên khởi nghiệp thành phố"; may be empty
  std::string due_on;   // ISO date
};

struct Support {
  int64_t initiative = 0;
  AgencyId mentor;
  std::string funding;
  Date due_on;
};

inline constexpr size_t kSupportsMax = 100;
inline constexpr size_t kFundingMaxChars = 300;

// kInvalid naming every bad field "supports[i].initiative_id" / ".mentor_agency_id" /
// ".funding" / ".due_on" (an ISO date, not before `today`); an initiative given twice; at most
// kSupportsMax.
Result<std::vector<Support>> ValidateSupports(const std::vector<SupportInput>& in, Date today);

}  // namespace doithoai
