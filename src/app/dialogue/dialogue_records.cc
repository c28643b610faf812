#include "app/dialogue/dialogue_records.h"

#include <set>

#include "app/live/live_repository.h"
#include "domain/access/permissions.h"

namespace doithoai {

std::optional<Dialogue> PreviousDialogue(Tx& tx, const Dialogue& d) {
  std::optional<Dialogue> previous;
  for (auto& other : tx.dialogues().List()) {
    if (other.unit != d.unit || other.year >= d.year) continue;
    if (!previous || other.year > previous->year ||
        (other.year == previous->year && other.held_on > previous->held_on)) {
      previous = other;
    }
  }
  return previous;
}

std::vector<Task> OpenConclusionTasks(Tx& tx, DialogueId dialogue, Date today) {
  std::vector<Task> out;
  DocumentFilter f;
  f.dialogue = dialogue;
  f.limit = -1;
  for (const auto& doc : tx.documents().List(f)) {
    std::vector<Task> tasks = tx.tasks().ListByDocument(doc.id);
    std::set<TaskId> here;
    for (const auto& t : tasks) here.insert(t.id);
    for (auto& t : tasks) {
      // A sub-task split from a task of the same notice goes with its parent.
      if (t.parent && here.count(*t.parent)) continue;
      if (IsOpen(StatusOf(t.deadline, t.progress, today))) out.push_back(std::move(t));
    }
  }
  return out;
}

Result<DialogueRecords> CollectDialogueRecords(Context& ctx, const Actor& actor,
                                               DialogueId dialogue) {
  return ReadValue<DialogueRecords>(ctx.store, [&](Tx& tx) -> Result<DialogueRecords> {
    auto d = tx.dialogues().Find(dialogue);
    if (!d) return Error::NotFound("chương trình đối thoại");
    auto unit = tx.units().Find(d->unit);
    if (!unit) return Error::NotFound("đơn vị");
    if (!CanHandleQuestions(actor, unit->path) && !CanDecideAnswer(actor, unit->path)) {
      return Error::Forbidden();
    }
    DialogueRecords r;
    r.dialogue = *d;
    r.unit = *unit;
    if (d->coordinator_agency) r.coordinator = tx.agencies().Find(*d->coordinator_agency);
    r.milestones = tx.dialogues().Milestones(dialogue);
    r.questions_received = tx.questions().Count(dialogue, QuestionFilter{});
    auto remember = [&](std::optional<AgencyId> id) {
      if (id && !r.agencies.count(*id)) {
        if (auto a = tx.agencies().Find(*id)) r.agencies[*id] = *a;
      }
    };
    for (const auto& m : r.milestones) remember(m.agency);
    for (auto& issue : tx.issues().ListByDialogue(dialogue)) {
      IssueRecord rec;
      QuestionFilter f;
      f.issue = issue.id;
      f.limit = static_cast<int64_t>(kIssueMaxQuestions);
      for (auto& q : tx.questions().List(dialogue, f)) {
        // A text its asker deleted (app/rights) is empty: not listed, still counted.
        if (!q.text.empty()) rec.question_texts.push_back(std::move(q.text));
        rec.represents += q.represents;
      }
      rec.answer = tx.answers().Find(issue.id);
      remember(issue.lead_agency);
      for (auto a : issue.coordinating) remember(a);
      rec.issue = std::move(issue);
      r.issues.push_back(std::move(rec));
    }
    if (auto previous = PreviousDialogue(tx, *d)) {
      r.carried_over = OpenConclusionTasks(tx, previous->id, ctx.clock.Today());
    }
    for (const auto& t : r.carried_over) {
      remember(t.lead.agency);
      for (const auto& c : t.coordinating) remember(c.agency);
    }
    r.live = tx.live().List(dialogue);
    for (const auto& e : r.live) remember(e.forwarded_to);
    r.agenda = tx.live().Agenda(dialogue);
    r.delegates = tx.live().Delegates(dialogue);
    return r;
  });
}

}  // namespace doithoai
