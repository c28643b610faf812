// Who may do what, as pure functions of the actor's grants and the target's place in the
// tree (SYSTEM.md §1, §5 "roles and tree scope checked on every request"). Use cases call
// these before touching storage; the HTTP layer never decides permissions itself.
#pragma once

#include <optional>
#include <span>
#include <string_view>

#include "domain/access/role.h"

namespace doithoai {

// Administrator of a unit that contains `unit_path` (manages units, agencies, users).
bool CanAdminister(const Actor& actor, std::string_view unit_path);

// Plan and edit a dialogue hosted by the unit at `unit_path`.
bool CanPlanDialogue(const Actor& actor, std::string_view unit_path);

// Screen, group and route questions of a dialogue hosted at `unit_path`; see the dashboard.
bool CanCoordinate(const Actor& actor, std::string_view unit_path);

// Import batches of questions compiled by the Youth Union (C3).
bool CanImportQuestions(const Actor& actor, std::string_view unit_path);

// Read the staff view of a dialogue's questions, including askers' identities. Identities
// are for those handling the questions only (SYSTEM.md §1: "Nobody sees a youth's identity
// except those handling that youth's question").
bool CanHandleQuestions(const Actor& actor, std::string_view unit_path);

// Approve or return an answer (C5: "the coordinator or leader approves").
bool CanDecideAnswer(const Actor& actor, std::string_view unit_path);

// Draft and submit the answer of an issue led by `lead`. Coordinators in scope may too.
bool CanDraftAnswer(const Actor& actor, std::string_view unit_path, AgencyId lead);

// See an issue: its handlers in scope, or an officer of its lead or a coordinating agency.
bool CanViewIssue(const Actor& actor, std::string_view unit_path, AgencyId lead,
                  std::span<const AgencyId> coordinating);

// Issue a document in the name of the unit at `unit_path` (C7: "the leader approves and issues
// the conclusion"; a relay letter is issued the same way). Leaders only.
bool CanIssueDocument(const Actor& actor, std::string_view unit_path);

// Record an imported document in the register of the unit at `unit_path`: clerical work of a
// coordinator (or leader) of that unit or of a unit above it. A document received from above
// (a Government notice at a ward) is recorded in the receiving unit's register, never in the
// issuer's (tree_scope.h).
bool CanRecordDocument(const Actor& actor, std::string_view unit_path);

// Split a task of `unit_path` into sub-tasks: the coordinator or leader of that unit or of a
// unit above it.
bool CanManageTasks(const Actor& actor, std::string_view unit_path);

// Send the reminders and escalations due today now, rather than waiting for the server's
// hourly run: any coordinator or administrator (the run covers every unit, and is idempotent).
bool CanRunReminders(const Actor& actor);

// See the tasks led inside `unit_path`, their reports and roll-up: coordinators, leaders and
// Youth Union officers in scope. Agency officers see the tasks of their agencies
// (CanViewTask).
bool CanWatchTasks(const Actor& actor, std::string_view unit_path);

// See one task: watchers in scope, or an officer of its lead or a coordinating agency.
bool CanViewTask(const Actor& actor, std::string_view unit_path, std::optional<AgencyId> lead,
                 std::span<const std::optional<AgencyId>> coordinating);

// Report progress on a task: an officer of its lead or a coordinating agency, or a
// coordinator in scope (recording a report sent on paper).
bool CanReportOnTask(const Actor& actor, std::string_view unit_path, std::optional<AgencyId> lead,
                     std::span<const std::optional<AgencyId>> coordinating);

// The agencies whose officer the actor is (an officer sees only what is routed to these).
std::vector<AgencyId> OfficerAgencies(const Actor& actor);

// The bodies the actor works on tasks for: their agencies as an officer, and the Youth Union
// body of a Youth Union officer (tasks "đề nghị Thành đoàn …" are the Youth Union's to report).
std::vector<AgencyId> TaskAgencies(const Actor& actor);

}  // namespace doithoai
