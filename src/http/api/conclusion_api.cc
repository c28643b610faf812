// Routes of issued and imported documents and their tasks (C7, C8): issuing a conclusion,
// relaying a document, confirming an imported one, task reports with evidence, sub-tasks,
// the leader's board, reminders and carry-over.
#include "app/indicator/indicators.h"
#include "app/initiative/initiatives.h"
#include "app/task/tasks.h"
#include "documents/parse/document_json.h"
#include "documents/parse/parse_document.h"
#include "documents/records/issue_records.h"
#include "documents/render/official_document.h"
#include "documents/render/task_table_xlsx.h"
#include "domain/access/permissions.h"
#include "domain/access/rule_roles.h"
#include "http/api/api.h"
#include "http/api/task_codecs.h"
#include "http/json_input.h"

namespace doithoai::http {

using json = nlohmann::json;
namespace {

constexpr size_t kImportBodyLimit = size_t{3} << 20;  // a long plan's text, as JSON

const char* ContentTypeOf(const std::string& format) {
  if (format == "pdf") return "application/pdf";
  if (format == "xlsx") return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  if (format == "docx") {
    return "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
  }
  return "text/plain; charset=utf-8";
}

HttpResponse FileBytes(std::string bytes, const std::string& content_type,
                       const std::string& name) {
  HttpResponse r;
  r.content_type = content_type;
  r.body = std::move(bytes);
  // The name is ASCII-only in the plain parameter; the UTF-8 one carries accents.
  std::string ascii;
  for (unsigned char c : name) ascii.push_back(c < 0x80 && c != '"' && c != '\\' ? c : '_');
  std::string encoded;
  for (unsigned char c : name) {
    if (std::isalnum(c) || c == '.' || c == '-' || c == '_') {
      encoded.push_back(static_cast<char>(c));
    } else {
      char buf[4];
      std::snprintf(buf, sizeof buf, "%%%02X", c);
      encoded += buf;
    }
  }
  r.headers.emplace_back("Content-Disposition",
                         "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded);
  r.headers.emplace_back("Cache-Control", "no-store");
  return r;
}

std::string FileName(const Document& d, const std::string& format) {
  std::string base = d.number_symbol;
  for (auto& c : base) {
    if (c == '/') c = '_';
  }
  return "van-ban-" + std::to_string(d.id.value) + "-" + base + "." + format;
}

// A document's tasks as the spreadsheet agencies report on: status and progress as of today.
Result<std::string> TaskSheet(const DocumentView& v, Date today) {
  const Document& d = v.document;
  documents::TaskTable table;
  table.title = "TÌNH HÌNH THỰC HIỆN NHIỆM VỤ THEO " + documents::ToUpperVietnamese(d.type_name) +
                " SỐ " + d.number_symbol;
  table.subtitle = "(Số liệu đến ngày " + today.ToVietnamese() + ")";
  for (const auto& [t, status] : v.tasks) {
    std::vector<std::string> coordinating;
    for (const auto& c : t.coordinating) coordinating.push_back(c.name);
    std::string state = TaskStatusLabel(status);
    if (!t.progress.empty() && status == TaskStatus::kInProgress) {
      state += " (" + std::to_string(t.progress.back().percent) + "%)";
    }
    table.tasks.push_back({t.content, t.lead.name, coordinating,
                           t.deadline.text.empty() ? "Không xác định" : t.deadline.text, state});
  }
  return documents::RenderTaskTableXlsx(table);
}

std::vector<AgencyId> AgencyIds(const std::optional<std::vector<int64_t>>& ids) {
  std::vector<AgencyId> out;
  for (auto id : ids.value_or(std::vector<int64_t>{})) out.push_back(AgencyId(id));
  return out;
}

std::optional<Date> ReadDate(JsonInput& in, const char* key, FieldErrors& errors) {
  auto s = in.String(key);
  if (!s) return std::nullopt;
  auto d = Date::Parse(*s);
  if (!d) errors.Add(key, "phải là ngày dạng YYYY-MM-DD");
  return d;
}

// The signer block as given ("signer": {on_behalf_of, authority, head, position, name}); an
// unknown authority is a field error. The block itself is checked by the use case.
std::optional<SignerBlock> ReadSigner(JsonInput& in, FieldErrors& errors) {
  auto o = in.Object("signer");
  if (!o) return std::nullopt;
  SignerBlock b;
  b.on_behalf_of = o->String("on_behalf_of").value_or("");
  std::string authority = o->String("authority").value_or("");
  b.head = o->String("head").value_or("");
  b.position = o->String("position").value_or("");
  b.name = o->String("name", true).value_or("");
  in.Absorb(*o);
  if (auto a = ParseSignerAuthority(authority)) {
    b.authority = *a;
  } else {
    errors.Add("signer.authority",
               "hình thức ký phải là một trong: (để trống), TM, KT, TL, TUQ, Q");
  }
  return b;
}

// "signer" (a whole block) or "signer_name" (the name in the block the unit last used) is
// required; "copies" replaces the default "Nơi nhận" lines.
void ReadSigning(JsonInput& in, FieldErrors& errors, std::optional<SignerBlock>& signer,
                 std::string& signer_name, std::optional<std::vector<std::string>>& copies) {
  signer = ReadSigner(in, errors);
  signer_name = in.String("signer_name", !signer).value_or("");
  copies = in.StringArray("copies");
}

json SignerBlockJson(const SignerBlock& b) {
  return {{"on_behalf_of", b.on_behalf_of},
          {"authority", SignerAuthorityName(b.authority)},
          {"head", b.head},
          {"position", b.position},
          {"name", b.name}};
}

json IssuingDefaultsJson(const std::vector<IssuingDefaults>& list) {
  json items = json::array();
  for (const IssuingDefaults& d : list) {
    const SignerLines lines = PrintSigner(d.signer, d.family);
    json printed = lines.authority;
    printed.push_back(lines.position);
    items.push_back({{"issuer_family", IssuerFamilyName(d.family)},
                     {"label", IssuerFamilyLabel(d.family)},
                     {"available", d.available},
                     {"signer", SignerBlockJson(d.signer)},
                     {"signer_lines", printed},
                     {"report", {{"addressed", d.report.addressed}, {"copies", d.report.copies}}},
                     {"letter", {{"addressed", d.letter.addressed}, {"copies", d.letter.copies}}}});
  }
  return {{"items", items}};
}

HttpResponse IssueConclusionHandler(Api& api, const HttpRequest& req, const Actor& actor) {
  DT_ASSIGN_OR_RETURN_RESPONSE(int64_t id, PathId(req, "id"));
  DT_ASSIGN_OR_RETURN_RESPONSE(JsonInput in, JsonInput::Parse(req));
  FieldErrors errors;
  IssueConclusionInput i;
  ReadSigning(in, errors, i.signer, i.signer_name, i.copies);
  i.issued_on = ReadDate(in, "issued_on", errors);
  if (auto st = in.Finish(); !st.ok()) return ErrorResponse(st.error());
  if (!errors.empty()) return ErrorResponse(errors.ToError());
  Date today = api.ctx().clock.Today();
  return Respond(IssueConclusion(api.ctx(), actor, DialogueId(id), i, documents::MakeConclusion),
                 201, [today](const IssuedDocument& d) { return IssuedJson(d, today); });
}

// The Youth Union's decision on a published call for initiatives (issue 15, C10).
HttpResponse InitiativeDecisionHandler(Api& api, const HttpRequest& req, const Actor& actor) {
  DT_ASSIGN_OR_RETURN_RESPONSE(int64_t id, PathId(req, "id"));
  DT_ASSIGN_OR_RETURN_RESPONSE(JsonInput in, JsonInput::Parse(req));
  FieldErrors errors;
  InitiativeDecisionInput d;
  ReadSigning(in, errors, d.signer, d.signer_name, d.copies);
  if (auto supports = in.Objects("supports", false, kSupportsMax)) {
    for (JsonInput& s : *supports) {
      SupportInput support;
      support.initiative_id = s.Int("initiative_id", true).value_or(0);
      support.mentor_agency_id = s.Int("mentor_agency_id", true).value_or(0);
      support.funding = s.String("funding").value_or("");
      support.due_on = s.String("due_on", true).value_or("");
      in.Absorb(s);
      d.supports.push_back(std::move(support));
    }
  }
  if (auto st = in.Finish(); !st.ok()) return ErrorResponse(st.error());
  if (!errors.empty()) return ErrorResponse(errors.ToError());
  Date today = api.ctx().clock.Today();
  return Respond(
      IssueInitiativeDecision(api.ctx(), actor, id, d, documents::MakeInitiativeDecision), 201,
      [today](const IssuedDocument& x) { return IssuedJson(x, today); });
}

HttpResponse RelayHandler(Api& api, const HttpRequest& req, const Actor& actor) {
  DT_ASSIGN_OR_RETURN_RESPONSE(int64_t id, PathId(req, "id"));
  DT_ASSIGN_OR_RETURN_RESPONSE(JsonInput in, JsonInput::Parse(req));
  FieldErrors errors;
  RelayInput r;
  r.unit = UnitId(in.Int("unit_id", true).value_or(0));
  r.issued_on = ReadDate(in, "issued_on", errors);
  ReadSigning(in, errors, r.signer, r.signer_name, r.copies);
  if (auto f = in.String("issuer_family")) {
    if (auto family = ParseIssuerFamily(*f)) {
      r.family = *family;
    } else {
      errors.Add("issuer_family",
                 "cơ quan ban hành phải là một trong: ubnd, party, mttq, youth_union");
    }
  }
  r.field_code = in.String("field_code").value_or("");
  if (auto m = in.Int("monitor_agency_id")) r.monitor = AgencyId(*m);
  if (auto items = in.Objects("items", true, 200)) {
    for (auto& item : *items) {
      RelayItem ri;
      if (auto p = item.Int("parent_task_id")) ri.parent = TaskId(*p);
      ri.lead = AgencyId(item.Int("lead_agency_id", true).value_or(0));
      ri.coordinating = AgencyIds(item.IntArray("coordinating_agency_ids"));
      ri.content = item.String("content", true).value_or("");
      ri.request = item.Bool("request").value_or(false);
      ri.deadline = ReadDeadline(item, "deadline", errors);
      in.Absorb(item);
      r.items.push_back(std::move(ri));
    }
  }
  if (auto st = in.Finish(); !st.ok()) return ErrorResponse(st.error());
  if (!errors.empty()) return ErrorResponse(errors.ToError());
  Date today = api.ctx().clock.Today();
  return Respond(RelayDocument(api.ctx(), actor, DocumentId(id), r, documents::MakeRelayLetter),
                 201, [today](const IssuedDocument& d) { return IssuedJson(d, today); });
}

HttpResponse ParsePreviewHandler(const HttpRequest& req) {
  DT_ASSIGN_OR_RETURN_RESPONSE(JsonInput in, JsonInput::Parse(req, kImportBodyLimit));
  auto text = in.String("text", true);
  if (auto st = in.Finish(); !st.ok()) return ErrorResponse(st.error());
  DT_ASSIGN_OR_RETURN_RESPONSE(documents::ParsedDocument parsed, documents::ParseDocument(*text));
  HttpResponse r;
  r.body = documents::ToJson(parsed).dump();
  return r;
}

HttpResponse RecordImportHandler(Api& api, const HttpRequest& req, const Actor& actor) {
  DT_ASSIGN_OR_RETURN_RESPONSE(JsonInput in, JsonInput::Parse(req, kImportBodyLimit));
  FieldErrors errors;
  ImportedDocumentInput d;
  d.unit = UnitId(in.Int("unit_id", true).value_or(0));
  d.type_code = in.String("type_code").value_or("");
  d.number = in.Int("number");
  d.symbol = in.String("symbol", true).value_or("");
  d.number_symbol = in.String("number_symbol").value_or("");
  d.issuer = in.String("issuer", true).value_or("");
  d.parent_issuer = in.String("parent_issuer").value_or("");
  d.place = in.String("place").value_or("");
  d.issued_on = ReadDate(in, "issued_on", errors);
  d.summary = in.String("summary", true).value_or("");
  d.signer = in.String("signer").value_or("");
  d.cites = in.StringArray("cites").value_or(std::vector<std::string>{});
  if (auto r = in.Int("relays_document_id")) d.relays = DocumentId(*r);
  d.source_text = in.String("source_text").value_or("");
  if (auto content = in.Object("content")) d.content_json = content->Dump();
  if (auto tasks = in.Objects("tasks", false, 500)) {
    for (auto& t : *tasks) {
      ImportedTaskInput ti;
      if (auto a = t.Int("lead_agency_id")) ti.lead_agency = AgencyId(*a);
      ti.lead_name = t.String("lead", true).value_or("");
      if (auto co = t.Objects("coordinating", false, 50)) {
        for (auto& c : *co) {
          TaskParty p;
          if (auto a = c.Int("agency_id")) p.agency = AgencyId(*a);
          p.name = c.String("name", true).value_or("");
          t.Absorb(c);
          ti.coordinating.push_back(std::move(p));
        }
      }
      ti.content = t.String("content", true).value_or("");
      if (auto p = t.Int("parent_task_id")) ti.parent = TaskId(*p);
      ti.deadline = ReadDeadline(t, "deadline", errors);
      in.Absorb(t);
      d.tasks.push_back(std::move(ti));
    }
  }
  if (auto st = in.Finish(); !st.ok()) return ErrorResponse(st.error());
  if (!errors.empty()) return ErrorResponse(errors.ToError());
  Date today = api.ctx().clock.Today();
  return Respond(RecordImportedDocument(api.ctx(), actor, d), 201,
                 [today](const IssuedDocument& x) { return IssuedJson(x, today); });
}

HttpResponse EvidenceUploadHandler(Api& api, const HttpRequest& req, const Actor& actor) {
  DT_ASSIGN_OR_RETURN_RESPONSE(int64_t id, PathId(req, "id"));
  auto name = req.Query("file_name");
  if (!name || name->empty()) return ErrorResponse(BadRequest("file_name", "bắt buộc"));
  return Respond(AttachEvidence(api.ctx(), actor, ReportId(id), *name, req.body), 201,
                 EvidenceJson);
}

}  // namespace

void RegisterConclusionRoutes(Router& r, Api& api) {
  r.Add(Method::kPost, "/api/initiative-calls/{id}/decision", Access::kStaff,
        kRunInitiativeCallsRoles, [&api](const HttpRequest& req, const Actor* actor) {
          return InitiativeDecisionHandler(api, req, *actor);
        });
  r.Add(Method::kPost, "/api/dialogues/{id}/conclusion", Access::kStaff, kIssueDocumentRoles,
        [&api](const HttpRequest& req, const Actor* actor) {
          return IssueConclusionHandler(api, req, *actor);
        });
  r.Add(Method::kGet, "/api/dialogues/{id}/conclusion/{format}", Access::kPublic,
        [&api](const HttpRequest& req, const Actor*) {
          DT_ASSIGN_OR_RETURN_RESPONSE(int64_t id, PathId(req, "id"));
          const std::string& format = req.path_params.at("format");
          DT_ASSIGN_OR_RETURN_RESPONSE(DocumentFile f,
                                       PublicConclusionFile(api.ctx(), DialogueId(id), format));
          return FileBytes(std::move(f.bytes), ContentTypeOf(format),
                           "thong-bao-ket-luan-" + std::to_string(id) + "." + format);
        });
  r.Add(Method::kGet, "/api/dialogues/{id}/carry-over", Access::kStaff, kWatchTasksRoles,
        [&api](const HttpRequest& req, const Actor* actor) {
          DT_ASSIGN_OR_RETURN_RESPONSE(int64_t id, PathId(req, "id"));
          Date today = api.ctx().clock.Today();
          return Respond(GetCarryOver(api.ctx(), *actor, DialogueId(id)), 200,
                         [today](const CarryOver& c) { return CarryOverJson(c, today); });
        });
  r.Add(Method::kGet, "/api/documents", Access::kStaff, kReadDocumentRoles,
        [&api](const HttpRequest& req, const Actor* actor) {
          DocumentFilter f;
          DT_ASSIGN_OR_RETURN_RESPONSE(int64_t dialogue,
                                       QueryInt(req, "dialogue_id", 0, 0, INT64_MAX));
          if (dialogue) f.dialogue = DialogueId(dialogue);
          DT_ASSIGN_OR_RETURN_RESPONSE(f.limit, QueryInt(req, "limit", 50, 1, 200));
          DT_ASSIGN_OR_RETURN_RESPONSE(f.offset, QueryInt(req, "offset", 0, 0, 100000000));
          return Respond(ListDocuments(api.ctx(), *actor, f), 200,
                         [](const std::vector<Document>& docs) {
                           json items = json::array();
                           for (const auto& d : docs) items.push_back(DocumentJson(d));
                           return json{{"items", items}};
                         });
        });
  r.Add(Method::kPost, "/api/documents", Access::kStaff, kRecordDocumentRoles,
        [&api](const HttpRequest& req, const Actor* actor) {
          return RecordImportHandler(api, req, *actor);
        });
  r.Add(Method::kPost, "/api/documents/parse", Access::kStaff, kRecordDocumentRoles,
        [](const HttpRequest& req, const Actor*) { return ParsePreviewHandler(req); });
  r.Add(Method::kGet, "/api/documents/{id}", Access::kStaff, kReadDocumentRoles,
        [&api](const HttpRequest& req, const Actor* actor) {
          DT_ASSIGN_OR_RETURN_RESPONSE(int64_t id, PathId(req, "id"));
          Date today = api.ctx().clock.Today();
          return Respond(GetDocument(api.ctx(), *actor, DocumentId(id)), 200,
                         [today](const DocumentView& v) { return DocumentViewJson(v, today); });
        });
  r.Add(Method::kGet, "/api/documents/{id}/files/{format}", Access::kStaff, kReadDocumentRoles,
        [&api](const HttpRequest& req, const Actor* actor) {
          DT_ASSIGN_OR_RETURN_RESPONSE(int64_t id, PathId(req, "id"));
          const std::string& format = req.path_params.at("format");
          DT_ASSIGN_OR_RETURN_RESPONSE(DocumentView v,
                                       GetDocument(api.ctx(), *actor, DocumentId(id)));
          DT_ASSIGN_OR_RETURN_RESPONSE(DocumentFile f,
                                       GetDocumentFile(api.ctx(), *actor, DocumentId(id), format));
          return FileBytes(std::move(f.bytes), ContentTypeOf(format), FileName(v.document, format));
        });
  r.Add(Method::kGet, "/api/documents/{id}/tasks.xlsx", Access::kStaff, kReadDocumentRoles,
        [&api](const HttpRequest& req, const Actor* actor) {
          DT_ASSIGN_OR_RETURN_RESPONSE(int64_t id, PathId(req, "id"));
          Date today = api.ctx().clock.Today();
          DT_ASSIGN_OR_RETURN_RESPONSE(DocumentView v,
                                       GetDocument(api.ctx(), *actor, DocumentId(id)));
          DT_ASSIGN_OR_RETURN_RESPONSE(std::string bytes, TaskSheet(v, today));
          return FileBytes(std::move(bytes), ContentTypeOf("xlsx"), FileName(v.document, "xlsx"));
        });
  r.Add(Method::kGet, "/api/units/{id}/issuing", Access::kStaff, kIssueDocumentRoles,
        [&api](const HttpRequest& req, const Actor* actor) {
          DT_ASSIGN_OR_RETURN_RESPONSE(int64_t id, PathId(req, "id"));
          return Respond(GetIssuingDefaults(api.ctx(), *actor, UnitId(id)), 200,
                         IssuingDefaultsJson);
        });
  r.Add(Method::kPost, "/api/documents/{id}/relay", Access::kStaff, kIssueDocumentRoles,
        [&api](const HttpRequest& req, const Actor* actor) {
          return RelayHandler(api, req, *actor);
        });
  r.Add(Method::kGet, "/api/tasks", Access::kStaff, kViewTaskRoles,
        [&api](const HttpRequest& req, const Actor* actor) {
          DT_ASSIGN_OR_RETURN_RESPONSE(int64_t unit, QueryInt(req, "unit_id", 0, 0, INT64_MAX));
          Date today = api.ctx().clock.Today();
          return Respond(GetTaskBoard(api.ctx(), *actor,
                                      unit ? std::optional<UnitId>(UnitId(unit)) : std::nullopt),
                         200, [today](const TaskBoard& b) { return BoardJson(b, today); });
        });
  r.Add(Method::kGet, "/api/tasks/{id}", Access::kStaff, kViewTaskRoles,
        [&api](const HttpRequest& req, const Actor* actor) {
          DT_ASSIGN_OR_RETURN_RESPONSE(int64_t id, PathId(req, "id"));
          Date today = api.ctx().clock.Today();
          return Respond(GetTask(api.ctx(), *actor, TaskId(id)), 200,
                         [today](const TaskView& v) { return TaskViewJson(v, today); });
        });
  r.Add(Method::kPost, "/api/tasks/{id}/reports", Access::kStaff, kReportOnTaskRoles,
        [&api](const HttpRequest& req, const Actor* actor) {
          DT_ASSIGN_OR_RETURN_RESPONSE(int64_t id, PathId(req, "id"));
          DT_ASSIGN_OR_RETURN_RESPONSE(JsonInput in, JsonInput::Parse(req));
          ProgressInput p;
          p.percent =
              static_cast<int>(std::clamp<int64_t>(in.Int("percent", true).value_or(0), -1, 101));
          p.done = in.Bool("done").value_or(false);
          p.text = in.String("text", true).value_or("");
          if (auto st = in.Finish(); !st.ok()) return ErrorResponse(st.error());
          return Respond(ReportProgress(api.ctx(), *actor, TaskId(id), p), 201, ReportJson);
        });
  r.Add(Method::kPost, "/api/tasks/{id}/subtasks", Access::kStaff, kSplitTaskRoles,
        [&api](const HttpRequest& req, const Actor* actor) {
          DT_ASSIGN_OR_RETURN_RESPONSE(int64_t id, PathId(req, "id"));
          DT_ASSIGN_OR_RETURN_RESPONSE(JsonInput in, JsonInput::Parse(req));
          FieldErrors errors;
          SubtaskInput s;
          s.lead = AgencyId(in.Int("lead_agency_id", true).value_or(0));
          s.coordinating = AgencyIds(in.IntArray("coordinating_agency_ids"));
          s.content = in.String("content", true).value_or("");
          s.deadline = ReadDeadline(in, "deadline", errors);
          if (auto st = in.Finish(); !st.ok()) return ErrorResponse(st.error());
          if (!errors.empty()) return ErrorResponse(errors.ToError());
          Date today = api.ctx().clock.Today();
          return Respond(SplitTask(api.ctx(), *actor, TaskId(id), s), 201, [today](const Task& t) {
            return TaskJson(t, StatusOf(t.deadline, t.progress, today), today);
          });
        });
  r.Add(Method::kPost, "/api/reports/{id}/evidence", Access::kStaff, kReportOnTaskRoles,
        [&api](const HttpRequest& req, const Actor* actor) {
          return EvidenceUploadHandler(api, req, *actor);
        });
  r.Add(Method::kGet, "/api/evidence/{id}", Access::kStaff, kViewTaskRoles,
        [&api](const HttpRequest& req, const Actor* actor) {
          DT_ASSIGN_OR_RETURN_RESPONSE(int64_t id, PathId(req, "id"));
          DT_ASSIGN_OR_RETURN_RESPONSE(auto e, GetEvidence(api.ctx(), *actor, EvidenceId(id)));
          return FileBytes(std::move(e.second), e.first.content_type, e.first.file_name);
        });
  r.Add(Method::kPost, "/api/reminders/run", Access::kStaff, kRunRemindersRoles,
        [&api](const HttpRequest&, const Actor* actor) {
          if (!CanRunReminders(*actor)) return ErrorResponse(Error::Forbidden());
          auto created = RunReminders(api.ctx());
          if (!created.ok()) return ErrorResponse(created.error());
          // The timer job's indicator part too: rounds opened on schedule, their notices.
          return Respond(RunRoundSchedule(api.ctx()), 200, [&](const RoundsScheduled& r) {
            return json{
                {"created", *created}, {"rounds_opened", r.opened}, {"round_notices", r.notices}};
          });
        });
}

}  // namespace doithoai::http
