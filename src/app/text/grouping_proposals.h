// Grouping proposals for the coordinator (C4, issue 5): the dialogue's ungrouped questions
// (new or accepted) are grouped by text::ProposeGroups together with the questions of the
// dialogue's existing issues and of last year's dialogue of the same unit, so a proposal can
// say "add these to issue #12" or "asked last year too". The coordinator's earlier decisions
// (reject, split, merge) are replayed on top (domain/grouping/grouping_decision.h); accepting
// creates an issue or adds to one through the group-into-issue use cases (app/issue).
#pragma once

#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
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
// Dialogues whose last computation is kept (issue 10: a national coordinator walking every
// dialogue must not grow memory without bound); beyond it, another dialogue's is dropped.
inline constexpr size_t kProposalCachedDialogues = 16;

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
  bool stale = false;  // from the last computation while a fresh one is made (large dialogues)
};

// Computes proposals. The last computation per dialogue is kept; the decisions are replayed
// on it at every request. When the store has changed, a dialogue with fewer than
// `sync_questions` ungrouped questions is recomputed before answering; a larger one is
// answered at once from the last computation (less what has been grouped or screened out
// since; `stale` set) while a fresh one is computed on a worker thread, so the coordinator
// never waits for the grouping of a national round (34 s at 10⁶, docs/benchmarks.md).
class GroupingProposer {
 public:
  static constexpr size_t kSyncQuestions = 20000;
  explicit GroupingProposer(Context ctx, size_t sync_questions = kSyncQuestions)
      : ctx_(ctx), sync_questions_(sync_questions) {}
  ~GroupingProposer();
  // For coordinators of the dialogue's unit.
  Result<GroupingProposals> Propose(const Actor& actor, DialogueId dialogue);

  struct Computed;

 private:
  void RefreshInBackground(DialogueId dialogue);
  // REQUIRES: mu_ held.
  void Keep(DialogueId dialogue, std::shared_ptr<const Computed> computed);

  Context ctx_;
  size_t sync_questions_;
  std::mutex mu_;  // guards cache_, refreshing_, worker_
  std::map<DialogueId, std::shared_ptr<const Computed>> cache_;
  bool refreshing_ = false;
  std::thread worker_;
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
