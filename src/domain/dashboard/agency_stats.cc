#include "domain/dashboard/agency_stats.h"

namespace doithoai {

bool IsAnswerLate(const Issue& issue, const std::optional<Answer>& answer, Date today) {
  if (!issue.answer_due_on) return false;
  if (answer && answer->status == AnswerStatus::kApproved && answer->decided_at) {
    return answer->decided_at->VietnamDate() > *issue.answer_due_on;
  }
  return today > *issue.answer_due_on;
}

std::vector<AgencyStats> ComputeAgencyStats(const std::vector<Issue>& issues,
                                            const std::map<IssueId, Answer>& answers, Date today) {
  std::map<AgencyId, AgencyStats> rows;
  for (const auto& issue : issues) {
    if (!issue.lead_agency) continue;
    auto& row = rows[*issue.lead_agency];
    row.agency = *issue.lead_agency;
    row.routed++;
    std::optional<Answer> answer;
    if (auto it = answers.find(issue.id); it != answers.end()) answer = it->second;
    if (answer &&
        (answer->status == AnswerStatus::kSubmitted || answer->status == AnswerStatus::kApproved)) {
      row.answered++;
    }
    if (answer && answer->status == AnswerStatus::kApproved) row.approved++;
    if (IsAnswerLate(issue, answer, today)) row.late++;
  }
  std::vector<AgencyStats> out;
  for (auto& [id, row] : rows) out.push_back(row);
  return out;
}

}  // namespace doithoai
