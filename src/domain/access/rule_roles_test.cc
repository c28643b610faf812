// Each role set of rule_roles.h is exactly the roles its rule can ever admit: for every role,
// an actor holding only that role, granted on the whole country and serving the agency the
// target names, is admitted by the rule if and only if the set contains the role. A gate
// narrower than its rule would refuse someone the use case allows; a wider one would let a
// role that can never pass have the request body read.
#include "domain/access/rule_roles.h"

#include <gtest/gtest.h>

#include <functional>
#include <optional>
#include <vector>

#include "domain/access/indicator_value_access.h"
#include "domain/access/live_access.h"
#include "domain/access/mail_access.h"
#include "domain/access/permissions.h"
#include "domain/indicator/indicator_access.h"

namespace doithoai {
namespace {

constexpr std::string_view kNation = "/1/";
constexpr std::string_view kWard = "/1/2/30/";  // the target: a ward inside the grant
const AgencyId kAgency(7);                      // the actor's agency, named by the target

constexpr Role kAllRoles[] = {Role::kAdministrator, Role::kCoordinator, Role::kYouthUnion,
                              Role::kAgencyOfficer, Role::kLeader};

// The most favourable actor for a rule: one grant of `role` on the nation, with an agency.
Actor Holding(Role role) {
  Actor a;
  a.user = UserId(1);
  a.grants.push_back({role, UnitId(1), kAgency, std::string(kNation)});
  return a;
}

void ExpectAdmits(const char* rule, Roles roles, const std::function<bool(const Actor&)>& admits) {
  for (Role r : kAllRoles) {
    SCOPED_TRACE(std::string(rule) + " / " + RoleName(r));
    EXPECT_EQ(admits(Holding(r)), roles.Contains(r));
  }
}

TEST(RuleRoles, EachSetIsExactlyWhatItsRuleCanAdmit) {
  const std::vector<AgencyId> agencies = {kAgency};
  const std::vector<std::optional<AgencyId>> coordinating = {kAgency};
  ExpectAdmits("CanAdminister", kAdministerRoles,
               [](const Actor& a) { return CanAdminister(a, kWard); });
  ExpectAdmits("CanPlanDialogue", kPlanDialogueRoles,
               [](const Actor& a) { return CanPlanDialogue(a, kWard); });
  ExpectAdmits("CanCoordinate", kCoordinateRoles,
               [](const Actor& a) { return CanCoordinate(a, kWard); });
  ExpectAdmits("CanImportQuestions", kImportQuestionsRoles,
               [](const Actor& a) { return CanImportQuestions(a, kWard); });
  ExpectAdmits("CanHandleQuestions", kHandleQuestionsRoles,
               [](const Actor& a) { return CanHandleQuestions(a, kWard); });
  ExpectAdmits("CanKeepLiveRecord", kKeepLiveRecordRoles,
               [](const Actor& a) { return CanKeepLiveRecord(a, kWard); });
  ExpectAdmits("CanDecideAnswer", kDecideAnswerRoles,
               [](const Actor& a) { return CanDecideAnswer(a, kWard); });
  ExpectAdmits("CanDraftAnswer", kDraftAnswerRoles,
               [](const Actor& a) { return CanDraftAnswer(a, kWard, kAgency); });
  ExpectAdmits("CanViewIssue", kViewIssueRoles,
               [&](const Actor& a) { return CanViewIssue(a, kWard, kAgency, agencies); });
  ExpectAdmits("CanIssueDocument", kIssueDocumentRoles,
               [](const Actor& a) { return CanIssueDocument(a, kWard); });
  ExpectAdmits("CanRecordDocument", kRecordDocumentRoles,
               [](const Actor& a) { return CanRecordDocument(a, kWard); });
  ExpectAdmits("CanManageTasks", kManageTasksRoles,
               [](const Actor& a) { return CanManageTasks(a, kWard); });
  ExpectAdmits("CanRunReminders", kRunRemindersRoles,
               [](const Actor& a) { return CanRunReminders(a); });
  ExpectAdmits("CanWatchTasks", kWatchTasksRoles,
               [](const Actor& a) { return CanWatchTasks(a, kWard); });
  ExpectAdmits("TaskAgencies", kTaskAgencyRoles,
               [](const Actor& a) { return !TaskAgencies(a).empty(); });
  ExpectAdmits("CanViewTask", kViewTaskRoles,
               [&](const Actor& a) { return CanViewTask(a, kWard, kAgency, coordinating); });
  ExpectAdmits("CanReportOnTask", kReportOnTaskRoles,
               [&](const Actor& a) { return CanReportOnTask(a, kWard, kAgency, coordinating); });
  // CanSplit (app/task/task_access.h) is CanManageTasks or acting for the task's lead.
  ExpectAdmits("CanSplit", kSplitTaskRoles, [&](const Actor& a) {
    return CanManageTasks(a, kWard) || !TaskAgencies(a).empty();
  });
  ExpectAdmits("CanManageIndicators", kManageIndicatorsRoles,
               [](const Actor& a) { return CanManageIndicators(a, kWard); });
  ExpectAdmits("CanReportFor", kReportIndicatorsRoles,
               [](const Actor& a) { return CanReportFor(a, kWard); });
  ExpectAdmits("CanEnterIndicatorValue", kReportIndicatorsRoles, [](const Actor& a) {
    return CanEnterIndicatorValue(a, {kWard, kAgency, true});
  });
  ExpectAdmits("CanViewIndicators", kViewIndicatorsRoles,
               [](const Actor& a) { return CanViewIndicators(a, kWard); });
  ExpectAdmits("CanWatchMailDelivery", kWatchMailRoles,
               [](const Actor& a) { return CanWatchMailDelivery(a); });
}

// Issue 13, "no role lands on a 403 page": the to-do list's gate admits every role any of its
// counts can be for (app/todo/todo_list.cc), and administrators, whose list is empty.
TEST(RuleRoles, TheTodoListAdmitsEveryRoleItCounts) {
  for (Roles counted :
       {kDecideAnswerRoles, kCoordinateRoles, kIssueDocumentRoles, kDraftAnswerRoles,
        kTaskAgencyRoles, kWatchTasksRoles, kReportIndicatorsRoles, kAdministerRoles}) {
    for (Role r : kAllRoles) {
      EXPECT_TRUE(!counted.Contains(r) || kTodoRoles.Contains(r)) << RoleName(r);
    }
  }
}

TEST(RuleRoles, AnActorWithoutGrantsHoldsNone) {
  Actor nobody;
  EXPECT_FALSE(HoldsAny(nobody, Roles::Any()));
  EXPECT_TRUE(HoldsAny(Holding(Role::kLeader), kIssueDocumentRoles));
  EXPECT_FALSE(HoldsAny(Holding(Role::kCoordinator), kIssueDocumentRoles));
}

}  // namespace
}  // namespace doithoai
