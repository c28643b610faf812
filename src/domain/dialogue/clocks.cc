#include "domain/dialogue/clocks.h"

#include <algorithm>

namespace doithoai {

const char* ClockStateName(ClockState state) {
  switch (state) {
    case ClockState::kUpcoming:
      return "upcoming";
    case ClockState::kDueSoon:
      return "due_soon";
    case ClockState::kDone:
      return "done";
    case ClockState::kDoneLate:
      return "done_late";
    case ClockState::kLate:
      return "late";
  }
  return "upcoming";
}

ClockState StateOf(Date due_on, std::optional<Date> done_on, Date today) {
  if (done_on) return *done_on <= due_on ? ClockState::kDone : ClockState::kDoneLate;
  if (today > due_on) return ClockState::kLate;
  if (today.DaysUntil(due_on) <= kDueSoonDays) return ClockState::kDueSoon;
  return ClockState::kUpcoming;
}

std::vector<ClockItem> ComputeClocks(const Dialogue& d, const std::vector<Milestone>& milestones,
                                     Date today) {
  std::vector<ClockItem> items;
  auto add = [&](std::string key, std::string title, std::string rule, Date due,
                 std::optional<Date> done) {
    items.push_back(
        {std::move(key), std::move(title), std::move(rule), due, done, StateOf(due, done, today)});
  };
  add("plan_published", "Công bố kế hoạch đối thoại (trước ít nhất 30 ngày)",
      "Luật Thanh niên 2020, Điều 10 khoản 2", d.held_on.AddDays(-kPlanLeadDays),
      d.plan_published_on);
  std::optional<Date> held;
  if (today >= d.held_on) held = d.held_on;
  add("dialogue_held", "Tổ chức đối thoại", "Luật Thanh niên 2020, Điều 10 khoản 1", d.held_on,
      held);
  const int conclusion_days = d.complex ? kConclusionDaysComplex : kConclusionDays;
  add("conclusion_issued",
      "Ban hành thông báo kết luận (trong " + std::to_string(conclusion_days) + " ngày)",
      "Luật Thanh niên 2020, Điều 10 khoản 3; Nghị định 13/2021/NĐ-CP, Điều 11",
      d.held_on.AddDays(conclusion_days), d.conclusion_issued_on);
  for (const auto& m : milestones) {
    add("milestone:" + std::to_string(m.id.value), m.title, "", m.due_on, m.done_on);
  }
  std::stable_sort(items.begin(), items.end(),
                   [](const ClockItem& a, const ClockItem& b) { return a.due_on < b.due_on; });
  return items;
}

}  // namespace doithoai
