// The coordinator's decisions on grouping proposals (C4: "doithoai suggests the group; people
// decide"; issue 5: "the coordinator accepts, splits or merges"). Proposals are recomputed
// from the questions every time; the decisions are replayed on top, oldest first, so a
// rejected group is never proposed again and a split or merged one comes back as decided.
// A decision names its group by its exact members: once a new question joins that group it
// is a different proposal and is shown again.
#pragma once

#include <span>
#include <string>
#include <vector>

#include "core/date.h"
#include "core/ids.h"
#include "core/result.h"

namespace doithoai {

enum class GroupingVerdict {
  kReject,  // these questions do not ask the same thing: never propose this group again
  kSplit,   // propose this group as the given parts instead
  kMerge,   // propose the given parts (two proposals) as one group
};
const char* GroupingVerdictName(GroupingVerdict v);  // "reject", "split", "merge"

struct GroupingDecision {
  int64_t id = 0;
  DialogueId dialogue;
  GroupingVerdict verdict = GroupingVerdict::kReject;
  std::vector<int64_t> members;             // the decided group's question ids, ascending
  std::vector<std::vector<int64_t>> parts;  // split: the parts; merge: the merged proposals
  UserId decided_by;
  Instant decided_at;
};

// A proposed group: question ids (ascending) and whatever the caller attaches (`tag`, e.g.
// the index of a matching issue; -1 for none).
struct ProposedGroup {
  std::vector<int64_t> members;
  double confidence = 0;
  int64_t tag = -1;
};

// Replays `decisions` (oldest first) on `groups`: a rejected group disappears, a split group
// becomes its parts (parts keep the confidence and tag), two merged groups become one (the
// lower confidence, the first tag found). Decisions whose groups are not there do nothing.
std::vector<ProposedGroup> ApplyDecisions(std::vector<ProposedGroup> groups,
                                          std::span<const GroupingDecision> decisions);

// Ascending, without repeats.
std::vector<int64_t> SortedIds(std::vector<int64_t> ids);

// The decision to split `members` by taking `removed` out of it: parts [kept, removed].
// Field errors on "remove_ids" when it is empty, not within `members`, or all of them.
Result<GroupingDecision> SplitDecision(const std::vector<int64_t>& members,
                                       const std::vector<int64_t>& removed);

// The decision to merge two proposals. Field errors on "other_question_ids" when it is empty
// or shares a question with `a`.
Result<GroupingDecision> MergeDecision(const std::vector<int64_t>& a,
                                       const std::vector<int64_t>& b);

}  // namespace doithoai
