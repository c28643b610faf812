#include "domain/grouping/grouping_decision.h"

#include <gtest/gtest.h>

namespace doithoai {
namespace {

GroupingDecision Decided(GroupingVerdict v, std::vector<int64_t> members,
                         std::vector<std::vector<int64_t>> parts = {}) {
  GroupingDecision d;
  d.verdict = v;
  d.members = std::move(members);
  d.parts = std::move(parts);
  return d;
}

std::vector<std::vector<int64_t>> Members(const std::vector<ProposedGroup>& groups) {
  std::vector<std::vector<int64_t>> out;
  for (const auto& g : groups) out.push_back(g.members);
  return out;
}

// Issue 5: "the coordinator accepts, splits or merges"; a rejected group is not shown again.
TEST(GroupingDecision, RejectedGroupIsNotProposedAgain) {
  std::vector<ProposedGroup> groups{{{1, 2}, 0.9, -1}, {{3, 4, 5}, 0.8, 7}};
  std::vector<GroupingDecision> d{Decided(GroupingVerdict::kReject, {1, 2})};
  EXPECT_EQ(Members(ApplyDecisions(groups, d)), (std::vector<std::vector<int64_t>>{{3, 4, 5}}));
}

TEST(GroupingDecision, AGroupThatGrewIsANewProposal) {
  std::vector<ProposedGroup> groups{{{1, 2, 9}, 0.9, -1}};
  std::vector<GroupingDecision> d{Decided(GroupingVerdict::kReject, {1, 2})};
  EXPECT_EQ(ApplyDecisions(groups, d).size(), 1u);
}

TEST(GroupingDecision, SplitGroupComesBackAsItsParts) {
  std::vector<ProposedGroup> groups{{{3, 4, 5}, 0.8, 7}};
  auto split = SplitDecision({5, 3, 4}, {4});
  ASSERT_TRUE(split.ok());
  EXPECT_EQ(split->parts, (std::vector<std::vector<int64_t>>{{3, 5}, {4}}));
  std::vector<GroupingDecision> d{*split};
  auto out = ApplyDecisions(groups, d);
  EXPECT_EQ(Members(out), (std::vector<std::vector<int64_t>>{{3, 5}, {4}}));
  EXPECT_EQ(out[0].tag, 7);
  EXPECT_DOUBLE_EQ(out[1].confidence, 0.8);
}

TEST(GroupingDecision, MergedProposalsComeBackAsOne) {
  std::vector<ProposedGroup> groups{{{1, 2}, 0.9, -1}, {{6}, 0.5, -1}, {{3, 4}, 0.7, 2}};
  auto merge = MergeDecision({3, 4}, {2, 1});
  ASSERT_TRUE(merge.ok());
  EXPECT_EQ(merge->members, (std::vector<int64_t>{1, 2, 3, 4}));
  std::vector<GroupingDecision> d{*merge};
  auto out = ApplyDecisions(groups, d);
  EXPECT_EQ(Members(out), (std::vector<std::vector<int64_t>>{{6}, {1, 2, 3, 4}}));
  EXPECT_DOUBLE_EQ(out[1].confidence, 0.7);
  EXPECT_EQ(out[1].tag, 2);
}

TEST(GroupingDecision, DecisionsReplayInOrder) {
  // Split {1,2,3} into {1,2} and {3}, then reject {1,2}: only {3} is left.
  std::vector<ProposedGroup> groups{{{1, 2, 3}, 0.6, -1}};
  std::vector<GroupingDecision> d{*SplitDecision({1, 2, 3}, {3}),
                                  Decided(GroupingVerdict::kReject, {1, 2})};
  EXPECT_EQ(Members(ApplyDecisions(groups, d)), (std::vector<std::vector<int64_t>>{{3}}));
}

TEST(GroupingDecision, BadSplitsAndMergesNameTheField) {
  for (auto r :
       {SplitDecision({1, 2}, {}), SplitDecision({1, 2}, {3}), SplitDecision({1, 2}, {1, 2})}) {
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().fields()[0].field, "remove_ids");
  }
  for (auto r : {MergeDecision({1, 2}, {}), MergeDecision({1, 2}, {2, 3})}) {
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().fields()[0].field, "other_question_ids");
  }
}

TEST(GroupingDecision, SortedIdsDropsRepeats) {
  EXPECT_EQ(SortedIds({5, 1, 5, 3}), (std::vector<int64_t>{1, 3, 5}));
}

}  // namespace
}  // namespace doithoai
