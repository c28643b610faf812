// A lower level relays a higher level's document with its own letter (công văn) that assigns
// its own bodies; each assignment becomes a task under the relayed task it carries out
// (seed 000: the city relays 158/TB-VPCP to its departments and districts).
#include "app/audit_trail.h"
#include "app/document/document_input.h"
#include "app/document/document_snapshot.h"
#include "app/document/documents.h"
#include "app/document/signing.h"
#include "app/document/store_document.h"
#include "app/task/assignment_scope.h"
#include "domain/access/permissions.h"
#include "domain/access/tree_scope.h"

namespace doithoai {
namespace {

bool IsSymbolPart(std::string_view s) {
  if (s.empty() || s.size() > 20) return false;
  for (unsigned char c : s) {
    if (c == ' ' || c == '/' || c == '-' || c < 0x20) return false;
  }
  return true;
}

}  // namespace

Result<IssuedDocument> RelayDocument(Context& ctx, const Actor& actor, DocumentId source_id,
                                     const RelayInput& in, const RelayMaker& make) {
  Date today = ctx.clock.Today();
  Date issued_on = in.issued_on.value_or(today);
  Instant now = ctx.clock.Now();
  return WriteValue<IssuedDocument>(ctx.store, [&](Tx& tx) -> Result<IssuedDocument> {
    auto source = tx.documents().Find(source_id);
    if (!source) return Error::NotFound("văn bản");
    auto unit = tx.units().Find(in.unit);
    if (!unit) return Error::Invalid("unit_id", "đơn vị không tồn tại");
    if (!CanIssueDocument(actor, unit->path)) {
      return Error::Forbidden("Chỉ lãnh đạo của đơn vị ban hành công văn triển khai");
    }
    FieldErrors errors;
    if (!MayCarryOut(unit->path, source->unit_path)) {
      errors.Add("unit_id",
                 "phải là đơn vị nhận văn bản (cùng cấp hoặc cấp dưới của nơi ban hành)");
    }
    Signing signing = ChooseSigning(
        tx, *unit, {in.family, DocumentPurpose::kLetter, &in.signer, in.signer_name, &in.copies},
        errors);
    if (!HasIssuerBody(tx, *unit, in.family)) {
      errors.Add("issuer_family", std::string(IssuerFamilyLabel(in.family)) +
                                      " chưa có trong danh "
                                      "sách cơ quan, đơn vị của " +
                                      unit->name +
                                      ": thêm cơ quan này trước khi ban hành văn bản của nó");
    }
    const bool field_optional = !NeedsDraftingUnit(in.family) && in.field_code.empty();
    if (!field_optional && !IsSymbolPart(in.field_code)) {
      errors.Add("field_code",
                 "ký hiệu đơn vị soạn thảo: 1–20 ký tự, không có dấu cách, '/' hay '-'");
    }
    CheckIssueDate(errors, "issued_on", issued_on, today, source->issued_on);
    if (in.items.empty()) errors.Add("items", "cần ít nhất một nhiệm vụ giao cho cơ quan, đơn vị");
    if (in.items.size() > 200) errors.Add("items", "nhiều nhất 200 nhiệm vụ");
    AssignmentScope scope(tx, *unit, errors);
    if (in.monitor) {
      scope.Assignee(*in.monitor, "monitor_agency_id");
    } else {
      errors.Add("monitor_agency_id", "cần cơ quan theo dõi, đôn đốc và báo cáo kết quả");
    }
    std::vector<std::string> contents;
    for (size_t i = 0; i < in.items.size(); ++i) {
      const RelayItem& item = in.items[i];
      std::string p = "items[" + std::to_string(i) + "]";
      scope.Assignee(item.lead, p + ".lead_agency_id");
      for (size_t j = 0; j < item.coordinating.size(); ++j) {
        scope.Assignee(item.coordinating[j],
                       p + ".coordinating_agency_ids[" + std::to_string(j) + "]");
      }
      contents.push_back(RequiredText(errors, p + ".content", item.content, 4000));
      CheckDeadline(errors, p + ".deadline", item.deadline, issued_on);
      if (item.parent) scope.Parent(*item.parent, source_id, p + ".parent_task_id");
    }
    if (!errors.empty()) return errors.ToError();

    const std::map<AgencyId, Agency>& agencies = scope.agencies();
    DT_ASSIGN_OR_RETURN(int64_t number,
                        tx.counters().Next(IssuerSeriesKey(in.family, unit->id, issued_on)));
    RelayInput clean = in;
    clean.signer_name = signing.signer.name;
    for (size_t i = 0; i < clean.items.size(); ++i) clean.items[i].content = contents[i];
    DT_ASSIGN_OR_RETURN(DocumentDraft draft, make(RelayContext{*source, *unit, clean, number,
                                                               issued_on, agencies, signing}));
    Document doc = std::move(draft.document);
    doc.unit = unit->id;
    doc.relays = source_id;
    doc.origin = DocumentOrigin::kGenerated;
    doc.kind = "relay";
    doc.number = number;
    doc.issued_on = issued_on;
    if (std::find(doc.cites.begin(), doc.cites.end(), source->number_symbol) == doc.cites.end()) {
      doc.cites.insert(doc.cites.begin(), source->number_symbol);
    }
    std::vector<Task> tasks;
    for (const RelayItem& item : clean.items) {
      const Agency& lead = agencies.at(item.lead);
      Task t;
      t.parent = item.parent;
      t.unit = lead.unit;
      t.lead = {lead.id, lead.name};
      for (AgencyId c : item.coordinating) t.coordinating.push_back({c, agencies.at(c).name});
      t.content = item.content;
      t.deadline = item.deadline;
      t.source = "Công văn số " + doc.number_symbol + ": " + (item.request ? "Đề nghị " : "Giao ") +
                 lead.name + ": " + item.content;
      tasks.push_back(std::move(t));
    }
    return StoreDocument(tx, std::move(doc), std::move(draft.files), std::move(tasks), actor, now,
                         "document.relayed");
  });
}

}  // namespace doithoai
