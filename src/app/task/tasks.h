// Tasks after a conclusion (C7): agencies report progress with evidence and mark tasks done;
// a task is split into sub-tasks for lower units; status (a pure function of dates and
// reports) rolls up the task tree and the administrative tree so a leader sees who is late at
// every level; reminders before deadlines and escalations when overdue; what carries over
// into next year's dialogue.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "app/context.h"
#include "app/document/documents.h"
#include "domain/access/role.h"
#include "domain/task/roll_up.h"
#include "domain/task/task.h"

namespace doithoai {

struct ProgressInput {
  int percent = 0;
  bool done = false;
  std::string text;
};

Result<TaskReport> ReportProgress(Context& ctx, const Actor& actor, TaskId task,
                                  const ProgressInput& in);

// Attaches a file to a report (type and size checked by domain/task/evidence.h).
Result<EvidenceFile> AttachEvidence(Context& ctx, const Actor& actor, ReportId report,
                                    const std::string& file_name, const std::string& bytes);
Result<std::pair<EvidenceFile, std::string>> GetEvidence(Context& ctx, const Actor& actor,
                                                         EvidenceId id);

struct SubtaskInput {
  AgencyId lead;
  std::vector<AgencyId> coordinating;
  std::string content;
  Deadline deadline;
};

// A sub-task for a lower unit, in the same document, under `parent`: by the coordinator or
// leader of the parent's unit, or by an officer of the parent's lead agency. Its lead and
// coordinating agencies belong to the parent's unit or a unit below it (tree_scope.h).
Result<Task> SplitTask(Context& ctx, const Actor& actor, TaskId parent, const SubtaskInput& in);

struct TaskNodeView {
  Task task;
  TaskStatus status;
  StatusCounts subtree;  // itself and every sub-task below it
};

struct TaskView {
  TaskNodeView node;
  Document document;
  std::vector<TaskNodeView> ancestors;  // the root first
  std::vector<TaskNodeView> children;
  std::vector<TaskReport> reports;
  std::vector<Issue> issues;
  std::map<AgencyId, Agency> agencies;
  bool can_report = false;
  bool can_split = false;
};

Result<TaskView> GetTask(Context& ctx, const Actor& actor, TaskId id);

struct UnitCounts {
  Unit unit;
  StatusCounts counts;
};

struct TaskBoard {
  std::optional<Unit> unit;  // none for an officer with no wider scope
  StatusCounts total;
  std::vector<UnitCounts> children;         // the unit's own tasks, then each child unit's subtree
  std::vector<TaskNodeView> late;           // overdue tasks in the subtree, oldest due first
  std::vector<TaskNodeView> mine;           // tasks of the actor's agencies
  std::vector<Notification> notifications;  // reminders and escalations the actor should see
};

// The leader's and coordinator's view of a unit (default: the actor's widest scope); officers
// get their agencies' tasks.
Result<TaskBoard> GetTaskBoard(Context& ctx, const Actor& actor, std::optional<UnitId> unit);

struct RemindersSent {
  int64_t notifications = 0;  // in-app reminders and escalations created
  int64_t mails = 0;          // e-mails queued in the outbox (escalations also to the leaders)
};

// Creates the notifications (in-app) and outbox mails due today, each once (keys): a second
// run the same day creates nothing. The server runs it hourly; `doithoai remind` on demand.
Result<RemindersSent> SendReminders(Context& ctx);

// SendReminders, counting the notifications created (POST /api/reminders/run).
Result<int64_t> RunReminders(Context& ctx);

struct CarryOver {
  std::optional<Dialogue> previous;      // the unit's latest earlier dialogue
  std::vector<TaskNodeView> open_tasks;  // unfinished tasks of its conclusion
  std::vector<Issue> unanswered;         // its issues without an approved answer
};

// What carries over into `dialogue` from the unit's previous dialogue.
Result<CarryOver> GetCarryOver(Context& ctx, const Actor& actor, DialogueId dialogue);

}  // namespace doithoai
