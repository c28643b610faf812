#include "app/dialogue/dialogue_records.h"

#include "domain/access/permissions.h"

namespace doithoai {
namespace {

// The open tasks of the latest earlier dialogue of the same unit.
std::vector<Task> OpenTasksOfPrevious(Tx& tx, const Dialogue& d, Date today) {
  std::optional<Dialogue> previous;
  for (auto& other : tx.dialogues().List()) {
    if (other.unit != d.unit || other.year >= d.year) continue;
    if (!previous || other.held_on > previous->held_on) previous = other;
  }
  std::vector<Task> out;
  if (!previous) return out;
  DocumentFilter f;
  f.dialogue = previous->id;
  f.limit = -1;
  for (const auto& doc : tx.documents().List(f)) {
    for (auto& t : tx.tasks().ListByDocument(doc.id)) {
      if (IsOpen(StatusOf(t.deadline, t.progress, today))) out.push_back(std::move(t));
    }
  }
  return out;
}

}  // namespace

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
        rec.question_texts.push_back(std::move(q.text));
        rec.represents += q.represents;
      }
      rec.answer = tx.answers().Find(issue.id);
      remember(issue.lead_agency);
      for (auto a : issue.coordinating) remember(a);
      rec.issue = std::move(issue);
      r.issues.push_back(std::move(rec));
    }
    r.carried_over = OpenTasksOfPrevious(tx, *d, ctx.clock.Today());
    for (const auto& t : r.carried_over) {
      remember(t.lead.agency);
      for (const auto& c : t.coordinating) remember(c.agency);
    }
    return r;
  });
}

}  // namespace doithoai
