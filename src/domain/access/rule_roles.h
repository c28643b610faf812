// The roles each permission rule can ever admit, on any unit and for any target. A staff
// route's role gate (http/router.h) is the union of the rules its use case applies: an account
// that holds none of those roles is refused before any work on its request body (issue 10), and
// a gate never refuses an account the rule itself would admit (rule_roles_test.cc checks every
// set against its rule, so a rule that changes its roles fails there, not in production).
// The per-unit part of each rule is still the use case's, afterwards.
#pragma once

#include "domain/access/role.h"

namespace doithoai {

// CanAdminister; users, agencies, units.
inline constexpr Roles kAdministerRoles = Role::kAdministrator;
// CanPlanDialogue.
inline constexpr Roles kPlanDialogueRoles = Role::kCoordinator | Role::kAdministrator;
// CanCoordinate: screening, grouping, routing, grouping proposals, routing suggestions.
inline constexpr Roles kCoordinateRoles = Role::kCoordinator;
// CanImportQuestions.
inline constexpr Roles kImportQuestionsRoles = Role::kYouthUnion | Role::kCoordinator;
// CanHandleQuestions: the staff view of a dialogue's questions.
inline constexpr Roles kHandleQuestionsRoles =
    Role::kCoordinator | Role::kYouthUnion | Role::kLeader;
// CanDecideAnswer: approve, return, the dialogue's dashboard.
inline constexpr Roles kDecideAnswerRoles = Role::kLeader | Role::kCoordinator;
// CanDraftAnswer: the lead agency's officers, coordinators.
inline constexpr Roles kDraftAnswerRoles = Role::kAgencyOfficer | Role::kCoordinator;
// CanViewIssue: handlers, and officers of the lead or a coordinating agency.
inline constexpr Roles kViewIssueRoles = kHandleQuestionsRoles | Role::kAgencyOfficer;
// CanIssueDocument: conclusion notices and relay letters.
inline constexpr Roles kIssueDocumentRoles = Role::kLeader;
// CanRecordDocument: imported documents (and the parser's preview of one).
inline constexpr Roles kRecordDocumentRoles = Role::kCoordinator | Role::kLeader;
// Reading a document (its unit's line, or a task of the reader's agency): every role.
inline constexpr Roles kReadDocumentRoles = Roles::Any();
// CanManageTasks.
inline constexpr Roles kManageTasksRoles = Role::kCoordinator | Role::kLeader;
// CanRunReminders.
inline constexpr Roles kRunRemindersRoles = Role::kCoordinator | Role::kAdministrator;
// CanWatchTasks: a unit's task board, carry-over.
inline constexpr Roles kWatchTasksRoles = Role::kCoordinator | Role::kLeader | Role::kYouthUnion;
// The bodies a user works on tasks for (TaskAgencies): officers, and Youth Union officers.
inline constexpr Roles kTaskAgencyRoles = Role::kAgencyOfficer | Role::kYouthUnion;
// CanViewTask: watchers, and those acting for the lead or a coordinating body.
inline constexpr Roles kViewTaskRoles = kWatchTasksRoles | kTaskAgencyRoles;
// CanReportOnTask: coordinators, and those acting for the lead or a coordinating body.
inline constexpr Roles kReportOnTaskRoles = kTaskAgencyRoles | Role::kCoordinator;
// CanSplit (app/task/task_access.h): task managers, and those acting for the lead.
inline constexpr Roles kSplitTaskRoles = kManageTasksRoles | kTaskAgencyRoles;
// CanManageIndicators (domain/indicator/indicator_access.h).
inline constexpr Roles kManageIndicatorsRoles = Role::kCoordinator;
// CanReportFor and CanEnterIndicatorValue (indicator values, indicator_value_access.h).
inline constexpr Roles kReportIndicatorsRoles =
    Role::kCoordinator | Role::kAgencyOfficer | Role::kYouthUnion;
// CanViewIndicators: every role.
inline constexpr Roles kViewIndicatorsRoles = Roles::Any();
// The to-do list (app/todo/todo_list.cc): every role; each of its counts applies the rule of
// the page where that work is done, so a role with nothing to do gets an empty list.
inline constexpr Roles kTodoRoles = Roles::Any();
// CanKeepLiveRecord (domain/access/live_access.h): the dialogue day's secretariat.
inline constexpr Roles kKeepLiveRecordRoles = Role::kCoordinator | Role::kYouthUnion;
// CanRunInitiativeCalls (domain/access/initiative_access.h): the Youth Union and coordinators.
inline constexpr Roles kRunInitiativeCallsRoles = Role::kCoordinator | Role::kYouthUnion;
// The council's pages (app/initiative): any staff account may sit on a call's council; the use
// case admits only the call's members.
inline constexpr Roles kScoreInitiativesRoles = Roles::Any();
// CanWatchMailDelivery (domain/access/mail_access.h): the outbox, failed mail.
inline constexpr Roles kWatchMailRoles = Role::kAdministrator;
// The audit log (app/audit_queries.cc): administrators and coordinators.
inline constexpr Roles kReadAuditRoles = Role::kAdministrator | Role::kCoordinator;

}  // namespace doithoai
