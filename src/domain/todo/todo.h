// "Việc cần làm" (issue 13): what waits for one staff member, with counts and deadlines, so
// that each role lands on its work rather than on a tab. Pure: the use case counts the records
// the user may act on (app/todo/todo_list.cc, under the access rules) and passes `today` in;
// this file decides which of those counts each role is shown, how urgent each is, and orders
// them.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/date.h"
#include "core/ids.h"
#include "domain/access/role.h"
#include "domain/indicator/indicator.h"

namespace doithoai {

// Records waiting, and how many of them are past their due date.
struct Pending {
  int count = 0;
  int late = 0;                      // due before today
  std::optional<Date> earliest_due;  // the nearest due date among them, if any has one
  // Counts one record due on `due` (none: no deadline).
  void Add(std::optional<Date> due, Date today);
};

// The work of one dialogue the user may see, as counted by the use case.
struct DialogueCounts {
  DialogueId dialogue;
  std::string title;
  std::string unit_path;  // the host unit's
  Date held_on;
  std::optional<Date> conclusion_issued_on;
  bool complex = false;         // 15 days for the conclusion, not 10
  int questions_to_screen = 0;  // screening "new"
  int questions_to_group = 0;   // accepted, in no issue
  int issues_to_route = 0;      // no lead agency yet
  Pending answers_to_approve;   // submitted, by the issue's answer due date
  Pending answers_to_draft;     // issues led by the user's agencies: no answer, or a draft
  Pending answers_returned;     // returned to the user's agencies
};

// A reporting round the user's unit is expected to report in and has not completed.
struct RoundCounts {
  RoundId round;
  ProgrammeId programme;
  std::string programme_title;
  int period_year = 0;
  std::string unit_name;    // the reporting unit
  Date due_on;              // the last day of on-time entry
  int missing = 0;          // indicators without a value from that unit
  bool late_entry = false;  // after the due date, entry allowed (re-opened or an exception)
};

struct TodoCounts {
  std::vector<DialogueCounts> dialogues;  // newest first
  Pending tasks_of_my_bodies;             // open tasks of the user's bodies, due soon or overdue
  Pending tasks_late_in_scope;            // overdue tasks led inside the unit the user watches
  std::string watched_unit_name;          // that unit's name
  std::vector<RoundCounts> rounds;
};

enum class TodoKind {
  kApproveAnswers,   // leaders, coordinators (C5)
  kIssueConclusion,  // Youth Law Art. 10(3): held, conclusion not issued yet
  kScreenQuestions,  // coordinators (C4)
  kGroupQuestions,
  kRouteIssues,
  kDraftAnswers,  // agency officers
  kReturnedAnswers,
  kReportTasks,       // the user's bodies' tasks due or overdue (C7)
  kLateTasks,         // overdue tasks in the unit the user watches
  kReportIndicators,  // reporting rounds (C9)
};
const char* TodoKindName(TodoKind k);  // "approve_answers", ...

enum class Urgency { kLate, kDueSoon, kNormal };
const char* UrgencyName(Urgency u);  // "late", "due_soon", "normal"

struct TodoItem {
  TodoKind kind = TodoKind::kApproveAnswers;
  std::string title;   // Vietnamese, names the work: "Câu trả lời chờ duyệt"
  std::string detail;  // Vietnamese, where: the dialogue's or programme's title
  int count = 0;
  int late = 0;
  std::optional<Date> due_on;  // the nearest deadline
  Urgency urgency = Urgency::kNormal;
  std::optional<DialogueId> dialogue;  // the dialogue whose page holds the work
  std::string view;  // the staff page: "issues", "questions", "documents", "tasks", "indicators"
};

// Where a signed-in user starts: the to-do list, or (for a coordinator or leader of the
// nation, whose work is watching the roll-up) the national task board.
enum class Landing { kTodo, kTaskBoard };
const char* LandingName(Landing l);  // "todo", "task_board"
Landing LandingFor(const Actor& actor);

// The items `actor` is shown, non-empty ones only: late first, then due soon, then by due
// date, then in TodoKind order. A dialogue's items follow the permission rules on its host
// unit (approving: CanDecideAnswer; screening, grouping, routing: CanCoordinate; the late
// conclusion: its issuer CanIssueDocument or a coordinator); the per-agency and per-unit
// counts are the use case's, already limited to the user's bodies and units.
std::vector<TodoItem> AssembleTodo(const Actor& actor, const TodoCounts& counts, Date today);

}  // namespace doithoai
