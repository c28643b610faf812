// The Youth Union's decision on a published call: recognition and support as tasks.
#include "app/audit_trail.h"
#include "app/document/signing.h"
#include "app/document/store_document.h"
#include "app/initiative/initiatives.h"
#include "app/task/task_ports.h"
#include "domain/access/initiative_access.h"
#include "domain/document/numbering.h"

namespace doithoai {
namespace {

// "Hỗ trợ triển khai sáng kiến “…” (Nhóm A, Chi đoàn B): cố vấn, hỗ trợ …; kinh phí: …".
std::string SupportContent(const Initiative& i, const Support& s) {
  std::string out = "Hỗ trợ triển khai sáng kiến \xe2\x80\x9c" + i.title + "\xe2\x80\x9d (" +
                    i.team + ", " + i.unit + "): cố vấn chuyên môn, kết nối nguồn lực";
  if (!s.funding.empty()) out += "; kinh phí: " + s.funding;
  return out;
}

}  // namespace

Result<IssuedDocument> IssueInitiativeDecision(Context& ctx, const Actor& actor, int64_t id,
                                               const InitiativeDecisionInput& in,
                                               const InitiativeDecisionMaker& make) {
  Date today = ctx.clock.Today();
  DT_ASSIGN_OR_RETURN(std::vector<Support> supports, ValidateSupports(in.supports, today));
  Instant now = ctx.clock.Now();
  return WriteValue<IssuedDocument>(ctx.store, [&](Tx& tx) -> Result<IssuedDocument> {
    auto call = tx.initiatives().FindCall(id);
    if (!call) return Error::NotFound("đợt phát động sáng kiến");
    auto unit = tx.units().Find(call->unit);
    if (!unit || !CanRunInitiativeCalls(actor, unit->path)) return Error::Forbidden();
    if (call->phase != CallPhase::kPublished) {
      return Error::Conflict("Công bố kết quả trước khi ban hành quyết định khen thưởng, hỗ trợ");
    }
    if (call->decision) return Error::Conflict("Quyết định của đợt phát động đã được ban hành");
    InitiativeRecords records{*call, *unit, std::nullopt, {}};
    if (unit->parent) records.parent = tx.units().Find(*unit->parent);
    std::vector<Initiative> all = tx.initiatives().List(id);
    for (const Initiative& i : all) {
      if (i.status == InitiativeStatus::kRecognised) records.recognised.push_back(i);
    }
    if (records.recognised.empty()) {
      return Error::Conflict("Chưa có sáng kiến nào được khen thưởng trong đợt phát động này");
    }

    FieldErrors errors;
    std::vector<Task> tasks;
    for (size_t k = 0; k < supports.size(); ++k) {
      const std::string at = "supports[" + std::to_string(k) + "]";
      const Support& s = supports[k];
      auto i = std::find_if(all.begin(), all.end(),
                            [&](const Initiative& x) { return x.id == s.initiative; });
      if (i == all.end() || (i->status != InitiativeStatus::kSelected &&
                             i->status != InitiativeStatus::kRecognised)) {
        errors.Add(at + ".initiative_id", "không phải sáng kiến được chọn của đợt phát động này");
        continue;
      }
      auto mentor = tx.agencies().Find(s.mentor);
      auto mentor_unit = mentor ? tx.units().Find(mentor->unit) : std::nullopt;
      if (!mentor || !mentor->active || !mentor_unit || !IsWithin(mentor_unit->path, unit->path)) {
        errors.Add(at + ".mentor_agency_id", "không phải cơ quan của đơn vị tổ chức hoặc cấp dưới");
        continue;
      }
      Task t;
      t.unit = mentor->unit;
      t.lead = {mentor->id, mentor->name};
      t.content = SupportContent(*i, s);
      t.deadline = Deadline::OnDate(s.due_on, "trước ngày " + s.due_on.ToVietnamese());
      t.source = "Điều 2";
      t.created_at = now;
      tasks.push_back(std::move(t));
    }
    if (!HasIssuerBody(tx, *unit, IssuerFamily::kYouthUnion)) {
      errors.Add("issuer_family", "đơn vị chưa có cơ quan Đoàn Thanh niên để ban hành quyết định");
    }
    Signing signing = ChooseSigning(tx, *unit,
                                    {IssuerFamily::kYouthUnion, DocumentPurpose::kNotice,
                                     &in.signer, in.signer_name, &in.copies},
                                    errors);
    if (!errors.empty()) return errors.ToError();

    DT_ASSIGN_OR_RETURN(int64_t number, tx.counters().Next(IssuerSeriesKey(
                                            IssuerFamily::kYouthUnion, unit->id, today)));
    DT_ASSIGN_OR_RETURN(DocumentDraft draft, make(records, tasks, number, today, signing));
    Document doc = std::move(draft.document);
    doc.unit = unit->id;
    doc.origin = DocumentOrigin::kGenerated;
    doc.kind = "decision";
    doc.number = number;
    doc.issued_on = today;
    DT_ASSIGN_OR_RETURN(IssuedDocument out,
                        StoreDocument(tx, std::move(doc), std::move(draft.files), std::move(tasks),
                                      actor, now, "document.issued"));
    // The stored tasks come back in the order given: supports[k] became out.tasks[k].
    for (size_t k = 0; k < out.tasks.size() && k < supports.size(); ++k) {
      DT_RETURN_IF_ERROR(tx.initiatives().AddSupportTask(supports[k].initiative, out.tasks[k].id));
    }
    InitiativeCall next = *call;
    next.decision = out.document.id;
    DT_RETURN_IF_ERROR(tx.initiatives().UpdateCallPhase(next));
    DT_RETURN_IF_ERROR(Record(tx, now, actor.user, "initiative_call.decision_issued",
                              "initiative_call", id, nullptr,
                              {{"unit_id", unit->id.value},
                               {"document_id", out.document.id.value},
                               {"supported", supports.size()}}));
    return out;
  });
}

}  // namespace doithoai
