// A task as stored (SYSTEM.md C7): one assignment of an issued or imported document, led by
// one body (chủ trì) with others coordinating (phối hợp), under a deadline rule, linked to the
// issues it answers and to the paragraph it came from. A task may be split into sub-tasks for
// lower units (parent), and may carry over an unfinished task of an earlier year.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/date.h"
#include "core/ids.h"
#include "domain/task/deadline.h"
#include "domain/task/task_status.h"

namespace doithoai {

// A body named in a document: one of our agencies when it could be matched, else its name
// as written ("Ủy ban nhân dân các quận, huyện").
struct TaskParty {
  std::optional<AgencyId> agency;
  std::string name;
};

struct Task {
  TaskId id;
  DocumentId document;
  std::optional<TaskId> parent;        // the task this one was split from
  std::optional<TaskId> carried_from;  // last year's unfinished task it continues
  UnitId unit;                         // where the lead sits: the roll-up's place in the tree
  std::string unit_path;               // filled on read
  TaskParty lead;
  std::vector<TaskParty> coordinating;
  std::string content;
  Deadline deadline;
  std::string source;  // the paragraph of the document it was taken from
  std::vector<IssueId> issues;
  std::vector<ProgressReport> progress;  // filled on read, oldest first: what status needs
  Instant created_at;
};

// Every read fills the deadline's assignment date from the task's creation (issue 13: a
// yearly deadline's first cycle starts on it).
inline void FillAssignedOn(Task& t) { t.deadline.assigned_on = t.created_at.VietnamDate(); }

struct EvidenceFile {
  EvidenceId id;
  ReportId report;
  std::string file_name;     // as uploaded, cleaned
  std::string content_type;  // one of the allowed types (domain/task/evidence.h)
  int64_t size = 0;
  std::string sha256;  // hex
  Instant uploaded_at;
};

// One progress report of an agency on a task.
struct TaskReport {
  ReportId id;
  TaskId task;
  Date on;  // the Vietnam date it was made
  int percent = 0;
  bool done = false;
  std::string text;
  std::optional<AgencyId> agency;  // who reported (the lead, or a coordinating body)
  UserId user;
  Instant created_at;
  std::vector<EvidenceFile> evidence;  // filled on read
};

// A reminder before a deadline or an escalation when overdue, shown in the app to the
// agency that leads the task (and, for escalations, to the coordinators and leaders of the
// unit that assigned it), and queued in the e-mail outbox for a later mail connector.
enum class NotificationKind { kReminder, kOverdue };
const char* NotificationKindName(NotificationKind k);

struct Notification {
  NotificationId id;
  NotificationKind kind = NotificationKind::kReminder;
  TaskId task;
  std::optional<AgencyId> agency;  // the lead agency, for reminders and escalations
  UnitId unit;                     // the unit whose leaders see escalations
  std::string unit_path;           // filled on read
  Date due;                        // the cycle's due date it is about
  std::string title;
  std::string body;
  std::string key;  // unique: one notification per task, kind and cycle
  Instant created_at;
};

struct OutboxMail {
  int64_t id = 0;
  std::string to;  // the addressee as a role: "agency:12", "unit:5:leaders"
  std::string subject;
  std::string body;
  std::string key;  // the notification's key: queued once
  Instant created_at;
  std::optional<Instant> sent_at;  // set by the mail connector (a later issue)
};

}  // namespace doithoai
