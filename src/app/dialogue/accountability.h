// Public accountability of a dialogue (issue 14, "Bạn hỏi — chúng tôi đã làm"): every question
// by its public status, filterable by topic and agency, and the tasks of its issued conclusion
// with their progress. Public: no sign-in, nothing that identifies an asker
// (domain/accountability/public_accountability.h decides what each row shows).
#pragma once

#include <array>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "app/context.h"
#include "domain/accountability/public_accountability.h"
#include "domain/unit/agency.h"

namespace doithoai {

struct AccountabilityQuery {
  std::optional<std::string> status;  // as received; checked here
  std::optional<std::string> topic;   // a topic catalogue code
  std::optional<AgencyId> agency;
  int64_t limit = 20;
  int64_t offset = 0;
};

struct AccountabilityRow {
  int64_t sequence = 0;  // 1-based position among the dialogue's questions, oldest first
  Date submitted_on;     // the day in Vietnam it was sent
  AccountStatus status = AccountStatus::kReceived;
  PublicStatus detail = PublicStatus::kReceived;
  PublicQuestionText shown;
  std::optional<IssueId> issue;
  std::string issue_title;
  std::optional<AgencyId> agency;  // the lead agency the issue was routed to
  std::string topic;
  int64_t issue_support = 0;  // its issue's supporters (app/issue/issue_support.h)
};

struct AccountabilityConclusion {
  DocumentId id;
  std::string number_symbol;
  std::optional<Date> issued_on;
};

struct Accountability {
  DialogueId dialogue;
  std::array<int64_t, kAccountStatusCount> counts{};
  int64_t total = 0;  // questions passing the filter
  std::vector<AccountabilityRow> items;
  std::map<AgencyId, Agency> agencies;  // every agency an issue of the dialogue was routed to
  std::vector<std::string> topics;      // catalogue codes of its issues, in catalogue order
  std::vector<AccountabilityConclusion> conclusions;  // issued conclusion documents
  std::vector<PublicTaskGroup> task_groups;
  int64_t task_count = 0;
};

// Field errors: "status" (not one of received, processing, answered, closed), "topic" (not a
// catalogue code). NotFound for a dialogue that does not exist or is not yet public.
Result<Accountability> GetAccountability(Context& ctx, DialogueId dialogue,
                                         const AccountabilityQuery& query);

// A summary that changes whenever the page would (for the public cache): the questions'
// screening counts and grouping, the issues' routing and answers, the conclusion's task reports,
// the youths' data requests and today's date (task statuses move with it).
Result<std::string> AccountabilityFingerprint(Context& ctx, DialogueId dialogue);

}  // namespace doithoai
