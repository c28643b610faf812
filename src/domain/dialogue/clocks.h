// The statutory clocks of a dialogue (SYSTEM.md §3), computed from its dates and today.
//   - Youth Law 2020 Art. 10(2): the plan is published at least 30 days before the dialogue.
//   - Youth Law 2020 Art. 10(3), ND13 Art. 11: the conclusion notice within 10 days after it,
//     15 when the matters are complex or multi-sector.
// Plan milestones are shown alongside with the same states.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/date.h"
#include "domain/dialogue/dialogue.h"

namespace doithoai {

inline constexpr int kPlanLeadDays = 30;
inline constexpr int kConclusionDays = 10;
inline constexpr int kConclusionDaysComplex = 15;
inline constexpr int kDueSoonDays = 7;  // a step is "due soon" this many days before its date

enum class ClockState {
  kUpcoming,  // not done, due date more than kDueSoonDays away
  kDueSoon,   // not done, due within kDueSoonDays
  kDone,      // done on or before the due date
  kDoneLate,  // done after the due date
  kLate,      // not done and the due date has passed
};
const char* ClockStateName(ClockState state);

struct ClockItem {
  std::string key;    // "plan_published", "dialogue_held", "conclusion_issued", "milestone:12"
  std::string title;  // Vietnamese label
  std::string rule;   // the legal source, empty for plan milestones
  Date due_on;
  std::optional<Date> done_on;
  ClockState state = ClockState::kUpcoming;
};

ClockState StateOf(Date due_on, std::optional<Date> done_on, Date today);

// The statutory clocks followed by the milestones, ordered by due date.
std::vector<ClockItem> ComputeClocks(const Dialogue& dialogue,
                                     const std::vector<Milestone>& milestones, Date today);

}  // namespace doithoai
