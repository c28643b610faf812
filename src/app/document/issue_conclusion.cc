// The leader issues a dialogue's conclusion notice (C7; Youth Law Art. 10(3), ND13 Art. 11).
#include "app/audit_trail.h"
#include "app/document/document_input.h"
#include "app/document/document_snapshot.h"
#include "app/document/documents.h"
#include "app/document/signing.h"
#include "app/document/store_document.h"
#include "app/task/assignment_scope.h"
#include "domain/access/permissions.h"

namespace doithoai {

namespace {

// The notice's tasks go to the agencies its issues were routed to, checked when routed
// (RouteIssue) under the rule every assignment follows (tree_scope.h), and checked again here
// so that no route stores a task outside its unit's tree; the transaction then writes nothing.
Status CheckTaskScope(Tx& tx, const Unit& host, const std::vector<Task>& tasks) {
  FieldErrors errors;
  AssignmentScope scope(tx, host, errors);
  for (size_t i = 0; i < tasks.size(); ++i) {
    std::string p = "tasks[" + std::to_string(i) + "]";
    if (tasks[i].lead.agency) scope.Assignee(*tasks[i].lead.agency, p + ".lead_agency_id");
    for (size_t j = 0; j < tasks[i].coordinating.size(); ++j) {
      if (const auto& a = tasks[i].coordinating[j].agency) {
        scope.Assignee(*a, p + ".coordinating[" + std::to_string(j) + "].agency_id");
      }
    }
  }
  if (errors.empty()) return Ok();
  const FieldError& first = errors.list().front();
  return Error::Conflict("Nhiệm vụ " + first.field + " của thông báo kết luận: " + first.reason +
                         "; phân công lại nhóm vấn đề trước khi ban hành");
}

}  // namespace

std::string CommitteeSeriesKey(UnitId unit, Date on) {
  return IssuerSeriesKey(IssuerFamily::kPeoplesCommittee, unit, on);
}

Result<IssuedDocument> IssueConclusion(Context& ctx, const Actor& actor, DialogueId dialogue,
                                       const IssueConclusionInput& in,
                                       const ConclusionMaker& make) {
  DT_ASSIGN_OR_RETURN(DialogueRecords records, CollectDialogueRecords(ctx, actor, dialogue));
  if (!CanIssueDocument(actor, records.unit.path)) {
    return Error::Forbidden(
        "Chỉ lãnh đạo của đơn vị chủ trì đối thoại ban hành thông báo kết luận");
  }
  Date today = ctx.clock.Today();
  Date issued_on = in.issued_on.value_or(today);
  FieldErrors errors;
  CheckIssueDate(errors, "issued_on", issued_on, today, records.dialogue.held_on);
  if (records.dialogue.held_on > today) {
    errors.Add("dialogue",
               "buổi đối thoại chưa diễn ra (" + records.dialogue.held_on.ToVietnamese() + ")");
  }
  if (records.dialogue.venue.empty()) {
    errors.Add("dialogue.venue", "chưa có địa điểm tổ chức: bổ sung trong kế hoạch đối thoại");
  }
  // The signer and copies are checked with the unit's register (below), then every error of
  // the request is reported together.

  Instant now = ctx.clock.Now();
  return WriteValue<IssuedDocument>(ctx.store, [&](Tx& tx) -> Result<IssuedDocument> {
    auto d = tx.dialogues().Find(dialogue);
    if (!d) return Error::NotFound("chương trình đối thoại");
    if (d->conclusion_issued_on) {
      return Error::Conflict("Thông báo kết luận của buổi đối thoại đã được ban hành ngày " +
                             d->conclusion_issued_on->ToVietnamese());
    }
    Signing signing = ChooseSigning(tx, records.unit,
                                    {IssuerFamily::kPeoplesCommittee, DocumentPurpose::kNotice,
                                     &in.signer, in.signer_name, &in.copies},
                                    errors);
    if (!errors.empty()) return errors.ToError();
    DT_ASSIGN_OR_RETURN(int64_t number,
                        tx.counters().Next(CommitteeSeriesKey(records.unit.id, issued_on)));
    DT_ASSIGN_OR_RETURN(DocumentDraft draft, make(records, number, issued_on, signing));
    DT_RETURN_IF_ERROR(CheckTaskScope(tx, records.unit, draft.tasks));
    Document doc = std::move(draft.document);
    doc.unit = records.unit.id;
    doc.dialogue = dialogue;
    doc.origin = DocumentOrigin::kGenerated;
    doc.kind = "conclusion";
    doc.number = number;
    doc.issued_on = issued_on;
    DT_ASSIGN_OR_RETURN(IssuedDocument out,
                        StoreDocument(tx, std::move(doc), std::move(draft.files),
                                      std::move(draft.tasks), actor, now, "document.issued"));
    Dialogue before = *d;
    d->conclusion_issued_on = issued_on;
    DT_RETURN_IF_ERROR(tx.dialogues().Update(*d));
    DT_RETURN_IF_ERROR(Record(tx, now, actor.user, "dialogue.concluded", "dialogue", dialogue.value,
                              Snapshot(before), Snapshot(*d)));
    return out;
  });
}

}  // namespace doithoai
