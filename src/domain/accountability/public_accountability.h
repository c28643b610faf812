// Public accountability (issue 14, "Bạn hỏi — chúng tôi đã làm"): every question of a dialogue
// by its public status, and the conclusion's tasks with their progress, as anyone may see them.
// Pure: the app layer loads the facts (app/dialogue/accountability.cc), this decides what each
// question and task shows. Nothing here carries an identity: no names, contacts, ages, units
// or tracking codes ever enter a row.
#pragma once

#include <array>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.h"
#include "core/ids.h"
#include "domain/question/public_status.h"
#include "domain/question/question.h"
#include "domain/task/task.h"
#include "domain/task/task_status.h"

namespace doithoai {

// The public's view of a question: answered, being answered, closed (with the reason), or just
// received (not yet screened).
enum class AccountStatus { kReceived, kProcessing, kAnswered, kClosed };
inline constexpr size_t kAccountStatusCount = 4;
const char* AccountStatusName(AccountStatus s);   // "received", "processing", ...
const char* AccountStatusLabel(AccountStatus s);  // Vietnamese
std::optional<AccountStatus> ParseAccountStatus(std::string_view name);
AccountStatus AccountStatusOf(PublicStatus s);

inline constexpr const char* kHiddenQuestionText = "Nội dung câu hỏi không công khai";

// What the app knows about one issue of the dialogue.
struct AccountIssue {
  IssueId id;
  std::string title;
  std::optional<AgencyId> agency;  // the lead agency it was routed to
  std::string topic;               // a topic catalogue code; empty when unknown
  bool answered = false;           // its answer is published
};

struct AccountFilter {
  std::optional<AccountStatus> status;
  std::optional<std::string> topic;
  std::optional<AgencyId> agency;
  int64_t limit = 20;
  int64_t offset = 0;
};

// One question's public standing, before its text is decided on.
struct AccountEntry {
  size_t index = 0;  // position in the questions given to Classify
  PublicStatus detail = PublicStatus::kReceived;
  AccountStatus status = AccountStatus::kReceived;
  std::optional<IssueId> issue;  // its own issue, or the issue of the question it repeats
};

struct AccountSelection {
  std::array<int64_t, kAccountStatusCount> counts{};  // the whole dialogue, unfiltered
  int64_t matching = 0;                               // questions passing the filter
  std::vector<AccountEntry> page;                     // the requested page of them
};

// Classifies every question of a dialogue (oldest first), counts them by status and picks the
// page the filter asks for. `issues`: the dialogue's issues by id. `original_issue`: for a
// duplicate not grouped itself, the issue of the question it repeats (if any).
AccountSelection SelectAccountQuestions(const std::vector<Question>& questions,
                                        const std::map<IssueId, AccountIssue>& issues,
                                        const std::map<QuestionId, IssueId>& original_issue,
                                        const AccountFilter& filter);

// The text shown for a question: its own when it may be published (domain/privacy/consent.h,
// decided by the caller), else the fixed notice kHiddenQuestionText.
// The reason a closed question shows: for one out of scope, the coordinator's screening note —
// written to be read by the asker — only when the question's text itself is public (the note
// answers that text and may quote it); otherwise, and for a duplicate, the status label.
struct PublicQuestionText {
  std::string text;
  bool text_public = false;
  std::string closed_reason;  // empty unless closed
};
PublicQuestionText PublicTextOf(const Question& q, const AccountEntry& e, bool may_publish_text);

// A conclusion task as the public sees it.
struct PublicTask {
  TaskId id;
  std::string content;
  std::string lead;  // the lead agency's name
  std::string deadline_text;
  std::optional<Date> due_on;  // in the current cycle
  TaskStatus status = TaskStatus::kNotStarted;
  int percent = 0;
  bool late = false;  // overdue, or done after its deadline
  std::string last_note;
  std::optional<Date> last_report_on;
  std::vector<IssueId> issues;
};

// `last`: the task's newest progress report, if any.
PublicTask PublicTaskOf(const Task& t, std::string lead_name, const TaskReport* last, Date today);

struct PublicTaskGroup {
  std::optional<IssueId> issue;  // none: tasks of the conclusion tied to no issue
  std::string issue_title;
  std::vector<PublicTask> tasks;
};

// Groups tasks under the first issue each answers, in the order of the issues' ids; tasks tied
// to no issue (or to an issue of another dialogue) come last. Tasks keep their given order.
std::vector<PublicTaskGroup> GroupTasksByIssue(std::vector<PublicTask> tasks,
                                               const std::map<IssueId, AccountIssue>& issues);

}  // namespace doithoai
