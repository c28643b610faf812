#include "domain/accountability/public_accountability.h"

#include <algorithm>

namespace doithoai {

const char* AccountStatusName(AccountStatus s) {
  switch (s) {
    case AccountStatus::kReceived:
      return "received";
    case AccountStatus::kProcessing:
      return "processing";
    case AccountStatus::kAnswered:
      return "answered";
    case AccountStatus::kClosed:
      return "closed";
  }
  return "received";
}

const char* AccountStatusLabel(AccountStatus s) {
  switch (s) {
    case AccountStatus::kReceived:
      return "Đã tiếp nhận";
    case AccountStatus::kProcessing:
      return "Đang trả lời";
    case AccountStatus::kAnswered:
      return "Đã trả lời";
    case AccountStatus::kClosed:
      return "Đã đóng";
  }
  return "Đã tiếp nhận";
}

std::optional<AccountStatus> ParseAccountStatus(std::string_view name) {
  for (auto s : {AccountStatus::kReceived, AccountStatus::kProcessing, AccountStatus::kAnswered,
                 AccountStatus::kClosed}) {
    if (name == AccountStatusName(s)) return s;
  }
  return std::nullopt;
}

AccountStatus AccountStatusOf(PublicStatus s) {
  switch (s) {
    case PublicStatus::kReceived:
      return AccountStatus::kReceived;
    case PublicStatus::kProcessing:
      return AccountStatus::kProcessing;
    case PublicStatus::kAnswered:
      return AccountStatus::kAnswered;
    case PublicStatus::kDuplicate:
    case PublicStatus::kOutOfScope:
      return AccountStatus::kClosed;
  }
  return AccountStatus::kReceived;
}

namespace {

// The same decision as PublicStatusOf (domain/question/public_status.h) on the facts held here:
// a duplicate follows the answer of the question it repeats, as on the tracking page.
PublicStatus DetailOf(const Question& q, const AccountIssue* issue) {
  if (issue && issue->answered) return PublicStatus::kAnswered;
  if (q.screening == Screening::kOutOfScope) return PublicStatus::kOutOfScope;
  if (q.screening == Screening::kDuplicate && !issue) return PublicStatus::kDuplicate;
  if (q.screening == Screening::kAccepted || issue) return PublicStatus::kProcessing;
  return PublicStatus::kReceived;
}

}  // namespace

AccountSelection SelectAccountQuestions(const std::vector<Question>& questions,
                                        const std::map<IssueId, AccountIssue>& issues,
                                        const std::map<QuestionId, IssueId>& original_issue,
                                        const AccountFilter& filter) {
  AccountSelection out;
  const int64_t end = filter.offset + std::max<int64_t>(filter.limit, 0);
  for (size_t i = 0; i < questions.size(); ++i) {
    const Question& q = questions[i];
    std::optional<IssueId> issue_id = q.issue;
    if (!issue_id && q.screening == Screening::kDuplicate) {
      if (auto it = original_issue.find(q.id); it != original_issue.end()) issue_id = it->second;
    }
    const AccountIssue* issue = nullptr;
    if (issue_id) {
      auto it = issues.find(*issue_id);
      if (it != issues.end()) issue = &it->second;
    }
    AccountEntry e;
    e.index = i;
    e.detail = DetailOf(q, issue);
    e.status = AccountStatusOf(e.detail);
    if (issue) e.issue = issue->id;
    ++out.counts[static_cast<size_t>(e.status)];
    if (filter.status && *filter.status != e.status) continue;
    if (filter.topic && (!issue || issue->topic != *filter.topic)) continue;
    if (filter.agency && (!issue || issue->agency != filter.agency)) continue;
    if (out.matching >= filter.offset && out.matching < end) out.page.push_back(e);
    ++out.matching;
  }
  return out;
}

PublicQuestionText PublicTextOf(const Question& q, const AccountEntry& e, bool may_publish_text) {
  PublicQuestionText t;
  t.text_public = may_publish_text && !q.text.empty();
  t.text = t.text_public ? q.text : kHiddenQuestionText;
  if (e.status == AccountStatus::kClosed) {
    bool own_note =
        e.detail == PublicStatus::kOutOfScope && t.text_public && !q.screening_note.empty();
    t.closed_reason = own_note ? q.screening_note : PublicStatusLabel(e.detail);
  }
  return t;
}

PublicTask PublicTaskOf(const Task& t, std::string lead_name, const TaskReport* last, Date today) {
  PublicTask p;
  p.id = t.id;
  p.content = t.content;
  p.lead = std::move(lead_name);
  p.deadline_text = t.deadline.text;
  p.due_on = DueInCycle(t.deadline, today);
  p.status = StatusOf(t.deadline, t.progress, today);
  p.percent = t.progress.empty() ? 0 : t.progress.back().percent;
  p.late = p.status == TaskStatus::kOverdue || p.status == TaskStatus::kDoneLate;
  if (last) {
    p.last_note = last->text;
    p.last_report_on = last->on;
  }
  p.issues = t.issues;
  return p;
}

std::vector<PublicTaskGroup> GroupTasksByIssue(std::vector<PublicTask> tasks,
                                               const std::map<IssueId, AccountIssue>& issues) {
  std::map<IssueId, PublicTaskGroup> by_issue;
  PublicTaskGroup loose;
  for (auto& t : tasks) {
    auto it = t.issues.empty() ? issues.end() : issues.find(t.issues.front());
    if (it == issues.end()) {
      loose.tasks.push_back(std::move(t));
      continue;
    }
    auto& g = by_issue[it->first];
    g.issue = it->first;
    g.issue_title = it->second.title;
    g.tasks.push_back(std::move(t));
  }
  std::vector<PublicTaskGroup> out;
  for (auto& [id, g] : by_issue) out.push_back(std::move(g));
  if (!loose.tasks.empty()) out.push_back(std::move(loose));
  return out;
}

}  // namespace doithoai
