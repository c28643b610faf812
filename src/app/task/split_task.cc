// A task split into a sub-task for a lower unit (C7: "a task can be split into sub-tasks for
// lower units").
#include "app/audit_trail.h"
#include "app/document/document_input.h"
#include "app/document/document_snapshot.h"
#include "app/task/assignment_scope.h"
#include "app/task/task_access.h"
#include "app/task/tasks.h"

namespace doithoai {

Result<Task> SplitTask(Context& ctx, const Actor& actor, TaskId parent_id, const SubtaskInput& in) {
  Instant now = ctx.clock.Now();
  return WriteValue<Task>(ctx.store, [&](Tx& tx) -> Result<Task> {
    auto parent = tx.tasks().Find(parent_id);
    if (!parent) return Error::NotFound("nhiệm vụ");
    if (!CanSplit(actor, *parent)) return Error::Forbidden();
    auto unit = tx.units().Find(parent->unit);
    if (!unit) return Error::NotFound("đơn vị của nhiệm vụ");
    // The sub-task is assigned in the name of the parent's unit (tree_scope.h).
    FieldErrors errors;
    AssignmentScope scope(tx, *unit, errors);
    const Agency* lead = scope.Assignee(in.lead, "lead_agency_id");
    Task t;
    for (size_t i = 0; i < in.coordinating.size(); ++i) {
      std::string field = "coordinating_agency_ids[" + std::to_string(i) + "]";
      if (const Agency* a = scope.Assignee(in.coordinating[i], field)) {
        t.coordinating.push_back({a->id, a->name});
      }
    }
    t.content = RequiredText(errors, "content", in.content, 4000);
    CheckDeadline(errors, "deadline", in.deadline, ctx.clock.Today());
    // A sub-task is due no later than its parent when both are dated.
    if (in.deadline.kind == DeadlineKind::kDate && parent->deadline.kind == DeadlineKind::kDate &&
        in.deadline.date && parent->deadline.date && *in.deadline.date > *parent->deadline.date) {
      errors.Add("deadline.date", "không được sau hạn của nhiệm vụ cấp trên (" +
                                      parent->deadline.date->ToVietnamese() + ")");
    }
    if (!errors.empty()) return errors.ToError();
    t.document = parent->document;
    t.parent = parent_id;
    t.unit = lead->unit;
    t.lead = {lead->id, lead->name};
    t.deadline = in.deadline;
    t.source = "Giao từ nhiệm vụ: " + parent->content;
    t.created_at = now;
    DT_ASSIGN_OR_RETURN(Task stored, tx.tasks().Insert(std::move(t)));
    DT_RETURN_IF_ERROR(Record(tx, now, actor.user, "task.split", "task", stored.id.value, nullptr,
                              Snapshot(stored)));
    return stored;
  });
}

}  // namespace doithoai
