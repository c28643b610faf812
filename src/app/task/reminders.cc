// Reminders before deadlines and escalations when overdue (C7), in the app and queued in the
// e-mail outbox. Idempotent: each (task, kind, cycle) is notified once, however often it runs.
#include <algorithm>

#include "app/task/tasks.h"
#include "domain/task/reminder.h"

namespace doithoai {

Result<RemindersSent> SendReminders(Context& ctx) {
  Date today = ctx.clock.Today();
  Instant now = ctx.clock.Now();
  return WriteValue<RemindersSent>(ctx.store, [&](Tx& tx) -> Result<RemindersSent> {
    RemindersSent sent;
    std::map<DocumentId, std::optional<Document>> documents;
    // Status rows (no texts) for every task; the whole task only for the few that are due.
    for (const TaskStatusRow& row : tx.tasks().StatusRowsInSubtree("/")) {
      auto due = ReminderFor(row.id, row.deadline, row.progress, today);
      if (!due) continue;
      std::optional<Task> task = tx.tasks().Find(row.id);
      if (!task) continue;
      const Task& t = *task;
      auto& doc = documents[t.document];
      if (!doc) doc = tx.documents().Find(t.document);
      if (!doc) continue;
      bool overdue = due->kind == NotificationKind::kOverdue;
      Notification n;
      n.kind = due->kind;
      n.task = t.id;
      n.agency = t.lead.agency;
      n.unit = doc->unit;  // the unit that assigned it: its leaders see escalations
      n.due = due->due;
      n.title = overdue ? "Nhiệm vụ quá hạn" : "Nhiệm vụ sắp đến hạn";
      n.body = t.lead.name + ": " + t.content + " — hạn " + due->due.ToVietnamese() + " (văn bản " +
               doc->number_symbol + ")";
      n.key = due->key;
      n.created_at = now;
      DT_ASSIGN_OR_RETURN(bool inserted, tx.notifications().InsertIfNew(n));
      if (!inserted) continue;
      ++sent.notifications;
      // At most 120 bytes of the task, never cutting a UTF-8 character in two.
      size_t cut = std::min<size_t>(t.content.size(), 120);
      while (cut > 0 && cut < t.content.size() &&
             (static_cast<unsigned char>(t.content[cut]) & 0xC0) == 0x80) {
        --cut;
      }
      std::string subject = "[doithoai] " + n.title + ": " + t.content.substr(0, cut);
      if (t.lead.agency) {
        DT_RETURN_IF_ERROR(
            tx.notifications().QueueMail({0,
                                          "agency:" + std::to_string(t.lead.agency->value),
                                          subject,
                                          n.body,
                                          n.key,
                                          now,
                                          {}}));
        ++sent.mails;
      }
      if (overdue) {
        DT_RETURN_IF_ERROR(
            tx.notifications().QueueMail({0,
                                          "unit:" + std::to_string(doc->unit.value) + ":leaders",
                                          subject,
                                          n.body,
                                          n.key + ":leaders",
                                          now,
                                          {}}));
        ++sent.mails;
      }
    }
    return sent;
  });
}

Result<int64_t> RunReminders(Context& ctx) {
  DT_ASSIGN_OR_RETURN(RemindersSent sent, SendReminders(ctx));
  return sent.notifications;
}

}  // namespace doithoai
