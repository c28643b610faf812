#include "domain/todo/todo.h"

#include <algorithm>
#include <tuple>

#include "domain/access/permissions.h"
#include "domain/dialogue/clocks.h"
#include "domain/unit/unit.h"

namespace doithoai {
namespace {

bool Holds(const Actor& actor, Roles roles) { return HoldsAny(actor, roles); }

Urgency UrgencyOf(int late, std::optional<Date> due, Date today) {
  if (late > 0 || (due && *due < today)) return Urgency::kLate;
  if (due && today.DaysUntil(*due) <= kDueSoonDays) return Urgency::kDueSoon;
  return Urgency::kNormal;
}

class Assembler {
 public:
  Assembler(Date today) : today_(today) {}  // NOLINT(google-explicit-constructor)

  void Add(TodoKind kind, std::string title, std::string detail, const Pending& p,
           std::optional<DialogueId> dialogue, std::string view) {
    if (p.count <= 0) return;
    TodoItem item;
    item.kind = kind;
    item.title = std::move(title);
    item.detail = std::move(detail);
    item.count = p.count;
    item.late = p.late;
    item.due_on = p.earliest_due;
    item.urgency = UrgencyOf(p.late, p.earliest_due, today_);
    item.dialogue = dialogue;
    item.view = std::move(view);
    items_.push_back(std::move(item));
  }

  // A count without deadlines.
  void AddCount(TodoKind kind, std::string title, std::string detail, int count,
                std::optional<DialogueId> dialogue, std::string view) {
    Pending p;
    p.count = count;
    Add(kind, std::move(title), std::move(detail), p, dialogue, std::move(view));
  }

  std::vector<TodoItem> Sorted() && {
    auto key = [](const TodoItem& i) {
      // Items without a due date go after those with one at the same urgency.
      return std::make_tuple(static_cast<int>(i.urgency), !i.due_on.has_value(),
                             i.due_on.value_or(Date()), static_cast<int>(i.kind));
    };
    std::stable_sort(items_.begin(), items_.end(),
                     [&](const TodoItem& a, const TodoItem& b) { return key(a) < key(b); });
    return std::move(items_);
  }

 private:
  Date today_;
  std::vector<TodoItem> items_;
};

void AddDialogue(Assembler& out, const Actor& actor, const DialogueCounts& d, Date today) {
  const std::string& where = d.title;
  if (CanDecideAnswer(actor, d.unit_path)) {
    out.Add(TodoKind::kApproveAnswers, "Câu trả lời chờ duyệt", where, d.answers_to_approve,
            d.dialogue, "issues");
  }
  bool coordinates = CanCoordinate(actor, d.unit_path);
  if ((coordinates || CanIssueDocument(actor, d.unit_path)) && !d.conclusion_issued_on &&
      today >= d.held_on) {
    // Youth Law Art. 10(3), ND13 Art. 11: within 10 days of the dialogue, 15 if complex.
    Pending p;
    p.Add(d.held_on.AddDays(d.complex ? kConclusionDaysComplex : kConclusionDays), today);
    out.Add(TodoKind::kIssueConclusion, "Thông báo kết luận chưa ban hành", where, p, d.dialogue,
            "documents");
  }
  if (coordinates) {
    out.AddCount(TodoKind::kScreenQuestions, "Câu hỏi chờ sàng lọc", where, d.questions_to_screen,
                 d.dialogue, "questions");
    out.AddCount(TodoKind::kGroupQuestions, "Câu hỏi đã nhận chưa gộp nhóm", where,
                 d.questions_to_group, d.dialogue, "questions");
    out.AddCount(TodoKind::kRouteIssues, "Nhóm vấn đề chưa chuyển cơ quan trả lời", where,
                 d.issues_to_route, d.dialogue, "issues");
  }
  if (Holds(actor, Role::kAgencyOfficer)) {
    out.Add(TodoKind::kDraftAnswers, "Câu trả lời cần soạn", where, d.answers_to_draft, d.dialogue,
            "issues");
    out.Add(TodoKind::kReturnedAnswers, "Câu trả lời bị trả lại, cần sửa", where,
            d.answers_returned, d.dialogue, "issues");
  }
}

}  // namespace

void Pending::Add(std::optional<Date> due, Date today) {
  ++count;
  if (!due) return;
  if (*due < today) ++late;
  if (!earliest_due || *due < *earliest_due) earliest_due = due;
}

const char* TodoKindName(TodoKind k) {
  switch (k) {
    case TodoKind::kApproveAnswers:
      return "approve_answers";
    case TodoKind::kIssueConclusion:
      return "issue_conclusion";
    case TodoKind::kScreenQuestions:
      return "screen_questions";
    case TodoKind::kGroupQuestions:
      return "group_questions";
    case TodoKind::kRouteIssues:
      return "route_issues";
    case TodoKind::kDraftAnswers:
      return "draft_answers";
    case TodoKind::kReturnedAnswers:
      return "returned_answers";
    case TodoKind::kReportTasks:
      return "report_tasks";
    case TodoKind::kLateTasks:
      return "late_tasks";
    case TodoKind::kReportIndicators:
      return "report_indicators";
  }
  return "approve_answers";
}

const char* UrgencyName(Urgency u) {
  switch (u) {
    case Urgency::kLate:
      return "late";
    case Urgency::kDueSoon:
      return "due_soon";
    case Urgency::kNormal:
      return "normal";
  }
  return "normal";
}

const char* LandingName(Landing l) { return l == Landing::kTaskBoard ? "task_board" : "todo"; }

Landing LandingFor(const Actor& actor) {
  for (const auto& g : actor.grants) {
    if ((g.role == Role::kCoordinator || g.role == Role::kLeader) && IsRootPath(g.unit_path)) {
      return Landing::kTaskBoard;
    }
  }
  return Landing::kTodo;
}

std::vector<TodoItem> AssembleTodo(const Actor& actor, const TodoCounts& counts, Date today) {
  Assembler out(today);
  for (const auto& d : counts.dialogues) AddDialogue(out, actor, d, today);
  // Tasks and rounds are not a dialogue's: their pages open under the newest dialogue.
  std::optional<DialogueId> newest;
  if (!counts.dialogues.empty()) newest = counts.dialogues.front().dialogue;
  out.Add(TodoKind::kReportTasks, "Nhiệm vụ của cơ quan bạn đến hạn hoặc quá hạn",
          "Báo cáo tiến độ, kèm minh chứng", counts.tasks_of_my_bodies, newest, "tasks");
  if (Holds(actor, Role::kCoordinator | Role::kLeader)) {
    out.Add(TodoKind::kLateTasks, "Nhiệm vụ quá hạn cần đôn đốc", counts.watched_unit_name,
            counts.tasks_late_in_scope, newest, "tasks");
  }
  for (const auto& r : counts.rounds) {
    Pending p;
    p.count = r.missing;
    p.earliest_due = r.due_on;
    if (r.late_entry) p.late = r.missing;
    out.Add(TodoKind::kReportIndicators,
            "Chỉ tiêu chưa báo cáo – kỳ năm " + std::to_string(r.period_year),
            r.programme_title + " – " + r.unit_name, p, newest, "indicators");
  }
  return std::move(out).Sorted();
}

}  // namespace doithoai
