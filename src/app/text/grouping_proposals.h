// Grouping proposals for the coordinator (C4, issue 5): the dialogue's ungrouped questions
// (new or accepted) are grouped by text::ProposeGroups together with the questions of the
// dialogue's existing issues and of last year's dialogue of the same unit, so a proposal can
// say "add these to issue #12" or "asked last year too". The coordinator's earlier decisions
// (reject, split, merge) are replayed on top (domain/grouping/grouping_decision.h); accepting
// creates an issue or adds to one through the group-into-issue use cases (app/issue).
#pragma once

#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "app/context.h"
#include "app/issue/issues.h"
#include "domain/access/role.h"
#include "domain/grouping/grouping_decision.h"

namespace doithoai {

// Most ungrouped questions considered at once; beyond it, the oldest are proposed first.
inline constexpr size_t kProposalMaxQuestions = 200000;
// Questions of each existing issue taken as its examples.
inline constexpr size_t kProposalIssueExamples = 20;

struct ProposalIssue {
  IssueId id;
  DialogueId dialogue;
  int year = 0;
  std::string title;
  bool answered = false;  // its answer is approved
};

struct GroupingProposal {
  std::vector<Question> members;           // ungrouped questions, by id
  double confidence = 0;                   // 0..1 (text::QuestionGroup::confidence)
  std::string suggested_title;             // the matched issue's title, or the shortest question
  std::optional<ProposalIssue> issue;      // an issue of this dialogue asking the same
  std::optional<ProposalIssue> last_year;  // an issue of last year's dialogue asking the same
};

struct GroupingProposals {
  DialogueId dialogue;
  std::optional<DialogueId> last_year;
  size_t ungrouped = 0;                 // questions considered
  std::vector<GroupingProposal> items;  // best confidence first
};

// Computes proposals; the last computation per dialogue is kept until the store changes.
class GroupingProposer {
 public:
  explicit GroupingProposer(Context ctx) : ctx_(ctx) {}
  // For coordinators of the dialogue's unit.
  Result<GroupingProposals> Propose(const Actor& actor, DialogueId dialogue);

 private:
  Context ctx_;
  std::mutex mu_;
  struct Cached {
    uint64_t version = 0;
    GroupingProposals proposals;
  };
  std::map<DialogueId, Cached> cache_;
};

struct AcceptProposalInput {
  std::vector<int64_t> question_ids;  // the proposal, or the part of it being accepted
  std::string title;                  // for a new issue
  std::optional<int64_t> issue_id;    // add to this issue of the dialogue instead
};
// Creates the issue (or adds to the existing one) and returns it.
Result<Issue> AcceptProposal(Context& ctx, const Actor& actor, DialogueId dialogue,
                             const AcceptProposalInput& in);

// Remembers a decision so the same proposal is not shown again. Every question id must be of
// the dialogue (field errors "question_ids[i]", "remove_ids[i]", "other_question_ids[i]").
Result<GroupingDecision> RejectProposal(Context& ctx, const Actor& actor, DialogueId dialogue,
                                        const std::vector<int64_t>& question_ids);
Result<GroupingDecision> SplitProposal(Context& ctx, const Actor& actor, DialogueId dialogue,
                                       const std::vector<int64_t>& question_ids,
                                       const std::vector<int64_t>& remove_ids);
Result<GroupingDecision> MergeProposals(Context& ctx, const Actor& actor, DialogueId dialogue,
                                        const std::vector<int64_t>& question_ids,
                                        const std::vector<int64_t>& other_question_ids);

}  // namespace doithoai
