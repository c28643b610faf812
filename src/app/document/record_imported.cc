// A document imported from text (documents/parse) becomes a document with tasks once a person
// has checked and corrected what the parser found (C8: "confirmed by a person in the UI").
#include <nlohmann/json.hpp>

#include "app/audit_trail.h"
#include "app/document/document_input.h"
#include "app/document/document_snapshot.h"
#include "app/document/documents.h"
#include "app/document/store_document.h"
#include "app/task/assignment_scope.h"
#include "domain/access/permissions.h"
#include "domain/access/tree_scope.h"
#include "domain/document/document_type.h"
#include "domain/document/number_symbol.h"

namespace doithoai {
namespace {

constexpr size_t kMaxSourceText = size_t{2} << 20;
constexpr size_t kMaxContentJson = size_t{2} << 20;

}  // namespace

Result<IssuedDocument> RecordImportedDocument(Context& ctx, const Actor& actor,
                                              const ImportedDocumentInput& in) {
  Date today = ctx.clock.Today();
  Instant now = ctx.clock.Now();
  return WriteValue<IssuedDocument>(ctx.store, [&](Tx& tx) -> Result<IssuedDocument> {
    auto unit = tx.units().Find(in.unit);
    if (!unit) return Error::Invalid("unit_id", "đơn vị không tồn tại");
    if (!CanRecordDocument(actor, unit->path)) {
      return Error::Forbidden(
          "Không thể ghi văn bản vào sổ của " + unit->name +
          ": chỉ ghi vào sổ của đơn vị mình hoặc cấp dưới; văn bản cấp trên gửi đến được ghi vào "
          "sổ của đơn vị nhận");
    }
    FieldErrors errors;
    AssignmentScope scope(tx, *unit, errors);
    Document d;
    d.unit = unit->id;
    std::optional<DocumentType> type;
    if (!in.type_code.empty()) {
      type = ImportedDocumentTypeByCode(in.type_code);
      if (!type) {
        errors.Add("type_code",
                   "không phải loại văn bản của Nghị định 30/2020, văn bản quy phạm pháp luật "
                   "hay văn bản của Đảng, Đoàn");
      }
    }
    d.type_code = type ? std::string(type->code) : "";
    d.type_name = type ? std::string(type->name) : std::string(kCongVan);
    if (in.number && (*in.number < 1 || *in.number > 99999)) {
      errors.Add("number", "số văn bản phải từ 1 đến 99999");
    }
    d.number = in.number;
    d.symbol = RequiredLine(errors, "symbol", in.symbol, 60);
    if (!d.symbol.empty()) {
      if (auto st = CheckDocumentSymbol(d.symbol); !st.ok()) {
        errors.Add("symbol", st.error().fields().front().reason);
      }
    }
    // The number and symbol as the document writes them (its family's form, number_symbol.h):
    // given by the preview, it must agree with the number and symbol; else they are joined.
    DocumentNumberSymbol parts{in.number, std::nullopt, d.symbol, JointForSymbol(d.symbol)};
    d.number_symbol = FormatDocumentNumberSymbol(parts);
    if (!in.number_symbol.empty()) {
      auto written = ParseDocumentNumberSymbol(in.number_symbol);
      if (!written.ok()) {
        errors.Add("number_symbol", written.error().fields().front().reason);
      } else if (written->number != in.number ||
                 (written->symbol != d.symbol && (std::to_string(written->year.value_or(0)) + "/" +
                                                  written->symbol) != d.symbol)) {
        errors.Add("number_symbol", "không khớp với số và ký hiệu đã nhập");
      } else {
        d.number_symbol = in.number_symbol;
      }
    }
    d.issuer = RequiredLine(errors, "issuer", in.issuer, 200);
    d.parent_issuer = OptionalLine(errors, "parent_issuer", in.parent_issuer, 200);
    d.place = OptionalLine(errors, "place", in.place, 100);
    d.issued_on = in.issued_on;
    if (in.issued_on) CheckIssueDate(errors, "issued_on", *in.issued_on, today);
    d.summary = RequiredLine(errors, "summary", in.summary, 1000);
    d.signer = OptionalLine(errors, "signer", in.signer, 300);
    for (size_t i = 0; i < in.cites.size() && i < 100; ++i) {
      d.cites.push_back(RequiredLine(errors, "cites[" + std::to_string(i) + "]", in.cites[i], 100));
    }
    if (in.content_json.size() > kMaxContentJson) {
      errors.Add("content", "quá 2 MB");
    } else if (!in.content_json.empty()) {
      auto parsed = nlohmann::json::parse(in.content_json, nullptr, false);
      if (parsed.is_discarded() || !parsed.is_object())
        errors.Add("content", "phải là đối tượng JSON");
    }
    d.content_json = in.content_json.empty() ? "{}" : in.content_json;
    if (in.source_text.size() > kMaxSourceText) errors.Add("source_text", "quá 2 MB");
    // The document it implements came down to this register (tree_scope.h).
    if (in.relays) {
      d.relays = in.relays;
      auto relayed = tx.documents().Find(*in.relays);
      if (!relayed) {
        errors.Add("relays_document_id", "văn bản không tồn tại");
      } else if (!MayCarryOut(unit->path, relayed->unit_path)) {
        errors.Add("relays_document_id", "ngoài phạm vi: phải là văn bản của " + unit->name +
                                             " hoặc do cấp trên gửi xuống");
      }
    } else {
      for (const auto& cite : d.cites) {  // the first basis already recorded on this line
        for (const auto& found : tx.documents().FindByNumberSymbol(cite)) {
          if (MayCarryOut(unit->path, found.unit_path)) {
            d.relays = found.id;
            break;
          }
        }
        if (d.relays) break;
      }
    }
    if (in.tasks.size() > 500) errors.Add("tasks", "nhiều nhất 500 nhiệm vụ");
    std::vector<Task> tasks;
    for (size_t i = 0; i < in.tasks.size() && i < 500; ++i) {
      const ImportedTaskInput& ti = in.tasks[i];
      std::string p = "tasks[" + std::to_string(i) + "]";
      Task t;
      t.unit = unit->id;
      t.lead.name = RequiredLine(errors, p + ".lead", ti.lead_name, 300);
      if (ti.lead_agency) {
        if (const Agency* a = scope.Assignee(*ti.lead_agency, p + ".lead_agency_id")) {
          t.lead.agency = a->id;
          t.unit = a->unit;
        }
      }
      for (size_t j = 0; j < ti.coordinating.size() && j < 50; ++j) {
        std::string q = p + ".coordinating[" + std::to_string(j) + "]";
        TaskParty party{ti.coordinating[j].agency,
                        RequiredLine(errors, q, ti.coordinating[j].name, 300)};
        if (party.agency) scope.Assignee(*party.agency, q + ".agency_id");
        t.coordinating.push_back(std::move(party));
      }
      t.content = RequiredText(errors, p + ".content", ti.content, 8000);
      CheckDeadline(errors, p + ".deadline", ti.deadline, in.issued_on);
      t.deadline = ti.deadline;
      t.deadline.text = OptionalLine(errors, p + ".deadline.text", ti.deadline.text, 200);
      if (ti.parent) {
        scope.Parent(*ti.parent, d.relays, p + ".parent_task_id");
        t.parent = ti.parent;
      }
      t.source = t.content;
      t.created_at = now;
      tasks.push_back(std::move(t));
    }
    if (!errors.empty()) return errors.ToError();

    d.origin = DocumentOrigin::kImported;
    d.kind = "imported";
    std::vector<DocumentFile> files;
    if (!in.source_text.empty()) files.push_back({DocumentId(), "txt", in.source_text});
    return StoreDocument(tx, std::move(d), std::move(files), std::move(tasks), actor, now,
                         "document.imported");
  });
}

}  // namespace doithoai
