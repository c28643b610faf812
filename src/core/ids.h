// Strong id types: a QuestionId cannot be passed where an IssueId is expected.
#pragma once

#include <compare>
#include <cstdint>
#include <functional>

namespace doithoai {

template <class Tag>
struct Id {
  int64_t value = 0;
  constexpr Id() = default;
  constexpr explicit Id(int64_t v) : value(v) {}
  friend auto operator<=>(const Id&, const Id&) = default;
};

using UnitId = Id<struct UnitTag>;
using AgencyId = Id<struct AgencyTag>;
using UserId = Id<struct UserTag>;
using DialogueId = Id<struct DialogueTag>;
using MilestoneId = Id<struct MilestoneTag>;
using QuestionId = Id<struct QuestionTag>;
using IssueId = Id<struct IssueTag>;
using BatchId = Id<struct BatchTag>;
using DocumentId = Id<struct DocumentTag>;
using TaskId = Id<struct TaskTag>;
using ReportId = Id<struct ReportTag>;
using EvidenceId = Id<struct EvidenceTag>;
using NotificationId = Id<struct NotificationTag>;

}  // namespace doithoai

template <class Tag>
struct std::hash<doithoai::Id<Tag>> {
  size_t operator()(const doithoai::Id<Tag>& id) const noexcept {
    return std::hash<int64_t>()(id.value);
  }
};
