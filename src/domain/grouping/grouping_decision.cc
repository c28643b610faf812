#include "domain/grouping/grouping_decision.h"

#include <algorithm>

namespace doithoai {

const char* GroupingVerdictName(GroupingVerdict v) {
  switch (v) {
    case GroupingVerdict::kReject:
      return "reject";
    case GroupingVerdict::kSplit:
      return "split";
    case GroupingVerdict::kMerge:
      return "merge";
  }
  return "reject";
}

std::vector<int64_t> SortedIds(std::vector<int64_t> ids) {
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  return ids;
}

std::vector<ProposedGroup> ApplyDecisions(std::vector<ProposedGroup> groups,
                                          std::span<const GroupingDecision> decisions) {
  auto find = [&](const std::vector<int64_t>& members) {
    return std::find_if(groups.begin(), groups.end(),
                        [&](const ProposedGroup& g) { return g.members == members; });
  };
  for (const GroupingDecision& d : decisions) {
    switch (d.verdict) {
      case GroupingVerdict::kReject: {
        auto it = find(d.members);
        if (it != groups.end()) groups.erase(it);
        break;
      }
      case GroupingVerdict::kSplit: {
        auto it = find(d.members);
        if (it == groups.end()) break;
        ProposedGroup whole = *it;
        groups.erase(it);
        for (const auto& part : d.parts) groups.push_back({part, whole.confidence, whole.tag});
        break;
      }
      case GroupingVerdict::kMerge: {
        if (d.parts.size() != 2) break;
        auto a = find(d.parts[0]);
        auto b = find(d.parts[1]);
        if (a == groups.end() || b == groups.end()) break;
        ProposedGroup merged{d.members, std::min(a->confidence, b->confidence),
                             a->tag >= 0 ? a->tag : b->tag};
        size_t ia = a - groups.begin(), ib = b - groups.begin();
        groups.erase(groups.begin() + std::max(ia, ib));
        groups.erase(groups.begin() + std::min(ia, ib));
        groups.push_back(std::move(merged));
        break;
      }
    }
  }
  return groups;
}

Result<GroupingDecision> SplitDecision(const std::vector<int64_t>& members,
                                       const std::vector<int64_t>& removed) {
  std::vector<int64_t> whole = SortedIds(members);
  std::vector<int64_t> out = SortedIds(removed);
  if (out.empty()) return Error::Invalid("remove_ids", "chọn ít nhất một câu hỏi để tách ra");
  if (!std::includes(whole.begin(), whole.end(), out.begin(), out.end())) {
    return Error::Invalid("remove_ids", "chỉ tách được câu hỏi thuộc nhóm đề xuất");
  }
  if (out.size() == whole.size()) {
    return Error::Invalid("remove_ids", "phải giữ lại ít nhất một câu hỏi trong nhóm");
  }
  std::vector<int64_t> kept;
  std::set_difference(whole.begin(), whole.end(), out.begin(), out.end(), std::back_inserter(kept));
  GroupingDecision d;
  d.verdict = GroupingVerdict::kSplit;
  d.members = whole;
  d.parts = {kept, out};
  return d;
}

Result<GroupingDecision> MergeDecision(const std::vector<int64_t>& a,
                                       const std::vector<int64_t>& b) {
  std::vector<int64_t> first = SortedIds(a), second = SortedIds(b);
  if (second.empty()) return Error::Invalid("other_question_ids", "chọn nhóm đề xuất cần gộp");
  std::vector<int64_t> both;
  std::set_intersection(first.begin(), first.end(), second.begin(), second.end(),
                        std::back_inserter(both));
  if (!both.empty()) {
    return Error::Invalid("other_question_ids", "hai nhóm đề xuất có chung câu hỏi");
  }
  GroupingDecision d;
  d.verdict = GroupingVerdict::kMerge;
  std::merge(first.begin(), first.end(), second.begin(), second.end(),
             std::back_inserter(d.members));
  d.parts = {first, second};
  return d;
}

}  // namespace doithoai
