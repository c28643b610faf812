// JSON shapes of the API (docs/api.md), one function per resource view. Youth identities
// appear only in StaffQuestionJson (name and age, for those who may see askers) and
// AskerContactJson (the logged reveal).
#pragma once

#include <map>
#include <nlohmann/json.hpp>

#include "app/admin/administration.h"
#include "app/answer/answers.h"
#include "app/dialogue/dialogues.h"
#include "app/issue/issues.h"
#include "app/question/questions.h"

namespace doithoai::http {

using nlohmann::json;

json UnitJson(const Unit& u);
json AgencyJson(const Agency& a);
json AgencyRef(const std::map<AgencyId, Agency>& agencies, std::optional<AgencyId> id);
json DialogueSummaryJson(const Dialogue& d, const Unit& unit, IntakeState intake);
json DialogueDetailJson(const DialogueView& v);
json MilestoneJson(const Milestone& m, const std::map<AgencyId, Agency>& agencies);
json SubmittedJson(const Submitted& s);
json TrackingJson(const Tracking& t);
json PublishedPageJson(const PublishedPage& p);
json StaffQuestionJson(const StaffQuestion& v);
json AskerContactJson(const AskerContact& c);
json AnswerJson(const Answer& a);
json IssueJson(const IssueView& v, const std::map<AgencyId, Agency>& agencies);
json DashboardJson(const Dashboard& d);
json UserJson(const UserView& v);
json AuditJson(const AuditEntry& e);

}  // namespace doithoai::http
