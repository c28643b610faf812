#include "domain/dialogue/clocks.h"

#include <gtest/gtest.h>

namespace doithoai {
namespace {

Dialogue HaiPhong2025() {
  Dialogue d;
  d.held_on = Date(2025, 3, 26);
  return d;
}

const ClockItem& Find(const std::vector<ClockItem>& items, const std::string& key) {
  for (const auto& i : items) {
    if (i.key == key) return i;
  }
  throw std::runtime_error("no clock " + key);
}

TEST(Clocks, YouthLawArt10_2_PlanPublishedAtLeast30DaysBefore) {
  Dialogue d = HaiPhong2025();
  d.plan_published_on = Date(2025, 2, 24);  // exactly 30 days before: on time
  auto items = ComputeClocks(d, {}, Date(2025, 3, 1));
  EXPECT_EQ(Find(items, "plan_published").due_on, Date(2025, 2, 24));
  EXPECT_EQ(Find(items, "plan_published").state, ClockState::kDone);
  d.plan_published_on = Date(2025, 2, 25);  // 29 days before: late
  EXPECT_EQ(Find(ComputeClocks(d, {}, Date(2025, 3, 1)), "plan_published").state,
            ClockState::kDoneLate);
  d.plan_published_on.reset();  // never published and the day has passed
  EXPECT_EQ(Find(ComputeClocks(d, {}, Date(2025, 2, 25)), "plan_published").state,
            ClockState::kLate);
}

TEST(Clocks, YouthLawArt10_3_ConclusionWithin10Days) {
  Dialogue d = HaiPhong2025();
  auto items = ComputeClocks(d, {}, Date(2025, 4, 5));
  EXPECT_EQ(Find(items, "conclusion_issued").due_on, Date(2025, 4, 5));
  EXPECT_EQ(Find(items, "conclusion_issued").state, ClockState::kDueSoon);
  EXPECT_EQ(Find(ComputeClocks(d, {}, Date(2025, 4, 6)), "conclusion_issued").state,
            ClockState::kLate);
}

TEST(Clocks, Nd13Art11_ComplexConclusionWithin15Days) {
  Dialogue d = HaiPhong2025();
  d.complex = true;
  d.conclusion_issued_on = Date(2025, 4, 10);
  auto items = ComputeClocks(d, {}, Date(2025, 5, 1));
  EXPECT_EQ(Find(items, "conclusion_issued").due_on, Date(2025, 4, 10));
  EXPECT_EQ(Find(items, "conclusion_issued").state, ClockState::kDone);
}

TEST(Clocks, MilestonesAreFlaggedAndOrderedByDate) {
  Dialogue d = HaiPhong2025();
  Milestone questions{MilestoneId(4), d.id, "Thành đoàn gửi câu hỏi", Date(2025, 3, 10), {}, {}};
  auto items = ComputeClocks(d, {questions}, Date(2025, 3, 12));
  EXPECT_EQ(Find(items, "milestone:4").state, ClockState::kLate);
  for (size_t i = 1; i < items.size(); ++i) EXPECT_LE(items[i - 1].due_on, items[i].due_on);
}

TEST(Clocks, UpcomingVersusDueSoon) {
  EXPECT_EQ(StateOf(Date(2025, 3, 20), {}, Date(2025, 3, 13)), ClockState::kDueSoon);
  EXPECT_EQ(StateOf(Date(2025, 3, 21), {}, Date(2025, 3, 13)), ClockState::kUpcoming);
}

}  // namespace
}  // namespace doithoai
