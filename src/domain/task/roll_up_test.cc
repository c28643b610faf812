#include "domain/task/roll_up.h"

#include <gtest/gtest.h>

#include <random>

namespace doithoai {
namespace {

TEST(RollUp, SmallTreeByHand) {
  // 1 (city, overdue) ─┬─ 2 (ward A, done) ── 4 (group in A, in progress)
  //                    └─ 3 (ward B, not started)
  std::vector<TaskNode> tasks = {{1, std::nullopt, "/1/2/", TaskStatus::kOverdue},
                                 {2, 1, "/1/2/10/", TaskStatus::kDoneOnTime},
                                 {3, 1, "/1/2/11/", TaskStatus::kNotStarted},
                                 {4, 2, "/1/2/10/50/", TaskStatus::kInProgress}};
  auto tree = RollUpTaskTree(tasks).value();
  EXPECT_EQ(tree[1].total(), 4);
  EXPECT_EQ(tree[1].overdue, 1);
  EXPECT_EQ(tree[2].total(), 2);
  EXPECT_EQ(tree[2].in_progress, 1);
  EXPECT_EQ(tree[3].total(), 1);
  auto units = RollUpUnits(tasks);
  EXPECT_EQ(units["/1/"].total(), 4);
  EXPECT_EQ(units["/1/2/10/"].total(), 2);
  EXPECT_EQ(units["/1/2/11/"].not_started, 1);
  EXPECT_FALSE(units.count("/1/2/10/50/extra/"));
}

TEST(RollUp, RejectsMissingParentsAndCycles) {
  EXPECT_FALSE(RollUpTaskTree({{1, 99, "/1/", TaskStatus::kOverdue}}).ok());
  EXPECT_FALSE(
      RollUpTaskTree({{1, 2, "/1/", TaskStatus::kOverdue}, {2, 1, "/1/", TaskStatus::kOverdue}})
          .ok());
}

// Oracle: on random forests, the O(n) roll-up equals walking every task's ancestor chain.
TEST(RollUp, MatchesANaiveReferenceOnRandomTrees) {
  std::mt19937 rng(20251130);
  for (int round = 0; round < 50; ++round) {
    int n = 1 + static_cast<int>(rng() % 300);
    std::vector<TaskNode> tasks;
    for (int i = 0; i < n; ++i) {
      TaskNode t;
      t.id = 1000 + i;
      if (i > 0 && rng() % 4 != 0) t.parent = 1000 + static_cast<int64_t>(rng() % i);
      t.status = static_cast<TaskStatus>(rng() % 5);
      t.unit_path = "/1/" + std::to_string(rng() % 3) + "/" + std::to_string(rng() % 4) + "/";
      tasks.push_back(t);
    }
    std::shuffle(tasks.begin(), tasks.end(), rng);  // input order must not matter
    std::map<int64_t, const TaskNode*> by_id;
    for (const auto& t : tasks) by_id[t.id] = &t;
    std::map<int64_t, StatusCounts> naive;
    for (const auto& t : tasks) {
      for (const TaskNode* a = &t;; a = by_id[*a->parent]) {
        naive[a->id].Add(t.status);
        if (!a->parent) break;
      }
    }
    auto fast = RollUpTaskTree(tasks).value();
    for (const auto& [id, counts] : naive) ASSERT_EQ(fast[id], counts) << "task " << id;
    std::map<std::string, StatusCounts> naive_units;
    for (const auto& t : tasks) {
      for (const auto& prefix :
           {std::string("/1/"), t.unit_path.substr(0, t.unit_path.find('/', 3) + 1), t.unit_path}) {
        naive_units[prefix].Add(t.status);
      }
    }
    EXPECT_EQ(RollUpUnits(tasks), naive_units);
  }
}

}  // namespace
}  // namespace doithoai
