// Grouping questions into issues and routing them to agencies (C4), and the staff views.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "app/context.h"
#include "app/question/questions.h"
#include "domain/access/role.h"
#include "domain/dashboard/agency_stats.h"
#include "domain/issue/issue.h"

namespace doithoai {

inline constexpr size_t kIssueMaxQuestions = 1000;

struct IssueInput {
  std::string title;
  std::vector<int64_t> question_ids;
};
Result<Issue> CreateIssue(Context& ctx, const Actor& actor, DialogueId dialogue,
                          const IssueInput& in);
Result<Issue> AddQuestionsToIssue(Context& ctx, const Actor& actor, IssueId issue,
                                  const std::vector<int64_t>& question_ids);
Result<Issue> RouteIssue(Context& ctx, const Actor& actor, IssueId issue, const RoutingInput& in);

struct IssueView {
  Issue issue;
  std::optional<Answer> answer;
  int64_t question_count = 0;
  int64_t support_count = 0;  // "tôi cũng muốn hỏi điều này" (app/issue/issue_support.h)
  bool late = false;
  std::vector<StaffQuestion> questions;  // filled by GetIssue only
};

struct IssueList {
  std::vector<IssueView> items;
  std::map<AgencyId, Agency> agencies;  // every agency the items mention
};

// Handlers in scope see every issue; an agency officer sees only issues its agency leads or
// coordinates (C5: "sees only what is routed to their agency").
Result<IssueList> ListIssues(Context& ctx, const Actor& actor, DialogueId dialogue);
Result<IssueList> GetIssue(Context& ctx, const Actor& actor, IssueId issue);

struct Dashboard {
  DialogueId dialogue;
  Date today;
  std::vector<AgencyStats> agencies;
  std::map<AgencyId, Agency> agency_names;
  int64_t total = 0, fresh = 0, accepted = 0, duplicate = 0, out_of_scope = 0, grouped = 0;
};
Result<Dashboard> GetDashboard(Context& ctx, const Actor& actor, DialogueId dialogue);

}  // namespace doithoai
