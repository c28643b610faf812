#include "documents/records/issue_records.h"

#include <algorithm>
#include <nlohmann/json.hpp>

#include "documents/records/from_records.h"
#include "documents/render/docx_renderer.h"
#include "documents/render/pdf_renderer.h"
#include "documents/render/relay_letter.h"
#include "domain/document/numbering.h"

namespace doithoai::documents {
namespace {

std::string SignerLine(const Signer& s) {
  std::string out;
  for (const auto& a : s.authority) out += a + " / ";
  return out + s.position + " / " + s.name;
}

nlohmann::json DeadlineJson(const Deadline& d) {
  return {{"kind", DeadlineKindName(d.kind)},
          {"date", d.date ? nlohmann::json(d.date->ToIso()) : nlohmann::json(nullptr)},
          {"text", d.text}};
}

nlohmann::json SignerBlockJson(const SignerBlock& b) {
  return {{"on_behalf_of", b.on_behalf_of},
          {"authority", SignerAuthorityName(b.authority)},
          {"head", b.head},
          {"position", b.position},
          {"name", b.name}};
}

// The document as the parser would have read it (documents/parse/document_json.cc), with the
// issuer's family and the signer block as chosen, which the unit's next document offers again
// (app/document/signing.h).
nlohmann::json ContentJson(const OfficialDocument& doc, const Document& d,
                           const std::vector<Task>& tasks, const Signing& signing) {
  nlohmann::json signer = {
      {"authority", doc.signer.authority.empty() ? nlohmann::json(nullptr)
                                                 : nlohmann::json(doc.signer.authority.front())},
      {"position", doc.signer.position},
      {"name", doc.signer.name}};
  nlohmann::json task_list = nlohmann::json::array();
  for (const auto& t : tasks) {
    nlohmann::json coordinating = nlohmann::json::array();
    for (const auto& c : t.coordinating) coordinating.push_back(c.name);
    task_list.push_back({{"lead", t.lead.name},
                         {"coordinating", coordinating},
                         {"content", t.content},
                         {"deadline", DeadlineJson(t.deadline)}});
  }
  return {
      {"type", d.type_name},
      {"type_code", d.type_code.empty() ? nlohmann::json(nullptr) : nlohmann::json(d.type_code)},
      {"number", d.number ? nlohmann::json(std::to_string(*d.number)) : nlohmann::json(nullptr)},
      {"symbol", d.symbol},
      {"number_symbol", d.number_symbol},
      {"issuer", d.issuer},
      {"parent_issuer",
       d.parent_issuer.empty() ? nlohmann::json(nullptr) : nlohmann::json(d.parent_issuer)},
      {"place", d.place},
      {"date", d.issued_on ? nlohmann::json(d.issued_on->ToIso()) : nlohmann::json(nullptr)},
      {"summary", d.summary},
      {"bases", nlohmann::json::array()},
      {"recipients", {{"addressed", doc.addressed}, {"copies", doc.copies}}},
      {"signer", signer},
      {"tasks", task_list},
      {"issuer_family", IssuerFamilyName(signing.family)},
      {"signer_block", SignerBlockJson(signing.signer)}};
}

// Fills the stored record from the rendered document and renders both files.
Result<DocumentDraft> Finish(const OfficialDocument& doc, std::string type_code,
                             std::string type_name, std::vector<Task> tasks,
                             const Signing& signing) {
  DocumentDraft out;
  Document& d = out.document;
  d.type_code = std::move(type_code);
  d.type_name = std::move(type_name);
  d.symbol = doc.symbol;
  d.number_symbol = NumberSymbol(doc);
  d.issuer = doc.issuer;
  for (auto& c : d.issuer) {
    if (c == '\n') c = ' ';
  }
  d.parent_issuer = doc.parent_issuer;
  d.place = doc.place;
  d.issued_on = doc.date;
  d.summary = doc.summary;
  d.signer = SignerLine(doc.signer);
  d.cites = {};
  d.content_json = ContentJson(doc, d, tasks, signing).dump();
  DT_ASSIGN_OR_RETURN(std::string docx, RenderDocx(doc));
  DT_ASSIGN_OR_RETURN(std::string pdf, RenderPdf(doc));
  out.files.push_back({DocumentId(), "docx", std::move(docx)});
  out.files.push_back({DocumentId(), "pdf", std::move(pdf)});
  out.tasks = std::move(tasks);
  return out;
}

}  // namespace

void ApplySigning(const Signing& signing, const Unit& unit, Issuance& is) {
  const IssuerHeading h = HeadingFor(signing.family, unit, signing.parent);
  is.header.title = h.title;
  is.header.motto = h.motto;
  is.header.mark = h.mark;
  is.header.number_label = h.number_label;
  is.header.joint = h.joint;
  is.parent_issuer = ToUpperVietnamese(h.parent_issuer);
  is.issuer = ToUpperVietnamese(h.issuer);
  is.issuer_code = h.issuer_code;
  const SignerLines lines = PrintSigner(signing.signer, signing.family);
  is.signer.authority = lines.authority;
  is.signer.position = lines.position;
  is.signer.name = lines.name;
}

Result<DocumentDraft> MakeConclusion(const DialogueRecords& records, int64_t number, Date issued_on,
                                     const Signing& signing) {
  ConclusionNoticeInput in = ConclusionDraftInput(records, issued_on);
  in.issuance.number = FormatDocumentNumber(number);
  in.issuance.date = issued_on;
  ApplySigning(signing, records.unit, in.issuance);
  // The copies chosen are printed as given; by default the tree's, then the unit's agencies.
  std::vector<std::string> copies = signing.copies;
  if (!signing.copies_chosen) {
    for (const std::string& a : in.issuance.copies) {
      if (std::find(copies.begin(), copies.end(), a) == copies.end()) copies.push_back(a);
    }
  }
  in.issuance.copies = std::move(copies);
  DT_ASSIGN_OR_RETURN(OfficialDocument doc, BuildConclusionNotice(in));
  std::vector<Task> tasks;
  for (auto& a : ConclusionAssignments(records, issued_on)) {
    Task t;
    t.unit = a.unit;
    t.lead = {a.lead, a.printed.lead};
    for (size_t i = 0; i < a.printed.coordinating.size(); ++i) {
      t.coordinating.push_back(
          {i < a.coordinating.size() ? std::optional<AgencyId>(a.coordinating[i]) : std::nullopt,
           a.printed.coordinating[i]});
    }
    t.content = CapitalizeFirst(a.printed.content);
    t.deadline = a.deadline;
    t.source = "4. " + AssignmentSentence(a.printed);
    if (a.issue) t.issues.push_back(*a.issue);
    t.carried_from = a.carried_from;
    tasks.push_back(std::move(t));
  }
  return Finish(doc, "TB", "Thông báo", std::move(tasks), signing);
}

Result<DocumentDraft> MakeRelayLetter(const RelayContext& c) {
  RelayLetterInput in;
  Issuance& is = in.issuance;
  ApplySigning(c.signing, c.unit, is);
  is.number = FormatDocumentNumber(c.number);
  is.place = PlaceOf(c.unit.name);
  is.date = c.issued_on;
  is.year = c.issued_on.year();
  is.copies = c.signing.copies;
  in.family = c.signing.family;
  in.field_code = c.input.field_code;
  std::string source_ref = c.source.type_name + " số " + c.source.number_symbol;
  if (c.source.issued_on) source_ref += " ngày " + c.source.issued_on->ToVietnamese();
  source_ref += " của " + c.source.issuer;
  in.source = source_ref + " về " + c.source.summary;
  in.subject = c.source.type_name + " số " + c.source.number_symbol;
  in.host = HeadingFor(c.signing.family, c.unit, c.signing.parent).host;
  if (c.input.monitor) in.monitor = c.agencies.at(*c.input.monitor).name;
  std::map<AgencyId, size_t> at;  // one assignment per lead agency, in order of first mention
  for (const RelayItem& item : c.input.items) {
    auto [it, fresh] = at.emplace(item.lead, in.assignments.size());
    if (fresh) {
      RelayAssignment a;
      a.agency = c.agencies.at(item.lead).name;
      a.request = item.request;
      for (AgencyId co : item.coordinating) a.coordinating.push_back(c.agencies.at(co).name);
      in.assignments.push_back(std::move(a));
      in.addressed.push_back(in.assignments.back().agency);
    }
    in.assignments[it->second].tasks.push_back({item.content, item.deadline.text});
  }
  DT_ASSIGN_OR_RETURN(OfficialDocument doc, BuildRelayLetter(in));
  return Finish(doc, "", "Công văn", {}, c.signing);
}

Result<DocumentDraft> MakeInitiativeDecision(const InitiativeRecords& records,
                                             const std::vector<Task>& support_tasks, int64_t number,
                                             Date issued_on, const Signing& signing) {
  RecognitionDecisionInput in = RecognitionDecisionDraftInput(records, issued_on);
  std::vector<std::string> copies = in.issuance.copies;
  in.issuance.number = FormatDocumentNumber(number);
  in.issuance.date = issued_on;
  ApplySigning(signing, records.unit, in.issuance);
  if (signing.copies_chosen) copies = signing.copies;
  for (const Task& t : support_tasks) {
    in.supports.push_back(t.lead.name + ": " + LowercaseFirst(t.content) + ", " + t.deadline.text +
                          ".");
    if (std::find(copies.begin(), copies.end(), t.lead.name) == copies.end()) {
      copies.push_back(t.lead.name);
    }
  }
  in.issuance.copies = std::move(copies);
  DT_ASSIGN_OR_RETURN(OfficialDocument doc, BuildRecognitionDecision(in));
  return Finish(doc, "QĐ", "Quyết định", support_tasks, signing);
}

}  // namespace doithoai::documents
