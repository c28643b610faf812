// Staff routes that draft a dialogue's documents from its records, in the Decree 30 layout:
// the conclusion notice (DOCX, PDF) with its task list (XLSX), the compiled answers and the
// minutes of the dialogue day (DOCX, PDF); the decision recognising youth initiatives. Drafts:
// the clerk numbers and dates them on issue.
#include <algorithm>
#include <charconv>

#include "app/dialogue/dialogue_records.h"
#include "app/initiative/initiatives.h"
#include "documents/records/from_records.h"
#include "documents/render/docx_renderer.h"
#include "documents/render/pdf_renderer.h"
#include "domain/access/rule_roles.h"
#include "http/api/api.h"
#include "http/json_input.h"

namespace doithoai::http {
namespace {

struct Format {
  const char* extension;
  const char* content_type;
};
constexpr Format kDocx{".docx",
                       "application/vnd.openxmlformats-officedocument.wordprocessingml.document"};
constexpr Format kPdf{".pdf", "application/pdf"};
constexpr Format kXlsx{".xlsx",
                       "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"};

HttpResponse FileResponse(Result<std::string> bytes, const Format& f, const std::string& name) {
  if (!bytes.ok()) return ErrorResponse(bytes.error());
  HttpResponse r;
  r.content_type = f.content_type;
  r.body = std::move(bytes).value();
  r.headers.emplace_back("Content-Disposition", "attachment; filename=\"" + name + "\"");
  r.headers.emplace_back("Cache-Control", "no-store");
  return r;
}

Result<std::string> Render(const Result<documents::OfficialDocument>& doc, const Format& f) {
  if (!doc.ok()) return doc.error();
  return f.extension == kPdf.extension ? documents::RenderPdf(*doc) : documents::RenderDocx(*doc);
}

HttpResponse DocumentHandler(Api& api, const HttpRequest& req, const Actor& actor) {
  DT_ASSIGN_OR_RETURN_RESPONSE(int64_t id, PathId(req, "id"));
  const std::string& name = req.path_params.at("name");
  DT_ASSIGN_OR_RETURN_RESPONSE(DialogueRecords records,
                               CollectDialogueRecords(api.ctx(), actor, DialogueId(id)));
  std::string file = "doi-thoai-" + std::to_string(id) + "-" + name;
  // A draft reads as if issued today (or on the day of a dialogue still to come).
  Date issue_on = std::max(api.ctx().clock.Today(), records.dialogue.held_on);
  if (name == "conclusion-draft.docx" || name == "conclusion-draft.pdf") {
    const Format& f = name.ends_with(".pdf") ? kPdf : kDocx;
    auto input = documents::ConclusionDraftInput(records, issue_on);
    return FileResponse(Render(documents::BuildConclusionNotice(input), f), f, file);
  }
  if (name == "conclusion-tasks.xlsx") {
    auto table = documents::ConclusionTasks(documents::ConclusionDraftInput(records, issue_on));
    return FileResponse(documents::RenderTaskTableXlsx(table), kXlsx, file);
  }
  if (name == "plan.docx" || name == "plan.pdf") {
    const Format& f = name.ends_with(".pdf") ? kPdf : kDocx;
    return FileResponse(Render(documents::BuildDialoguePlan(documents::PlanDraftInput(records)), f),
                        f, file);
  }
  if (name == "minutes.docx" || name == "minutes.pdf") {
    const Format& f = name.ends_with(".pdf") ? kPdf : kDocx;
    auto input = documents::MinutesDraftInput(records);
    return FileResponse(Render(documents::BuildMinutes(input), f), f, file);
  }
  // "invitation-12.docx": delegate 12's invitation.
  if (name.starts_with("invitation-") && (name.ends_with(".docx") || name.ends_with(".pdf"))) {
    const Format& f = name.ends_with(".pdf") ? kPdf : kDocx;
    std::string number = name.substr(11, name.rfind('.') - 11);
    int64_t delegate = 0;
    auto [end, ec] = std::from_chars(number.data(), number.data() + number.size(), delegate);
    if (ec != std::errc() || end != number.data() + number.size() || number.empty()) {
      return ErrorResponse(Error::NotFound("văn bản " + name));
    }
    auto input = documents::InvitationDraftInput(records, delegate);
    if (!input.ok()) return ErrorResponse(input.error());
    return FileResponse(Render(documents::BuildInvitation(*input), f), f, file);
  }
  if (name == "compiled-answers.docx" || name == "compiled-answers.pdf") {
    const Format& f = name.ends_with(".pdf") ? kPdf : kDocx;
    auto input = documents::CompiledAnswersDraftInput(records);
    return FileResponse(Render(documents::BuildCompiledAnswers(input), f), f, file);
  }
  return ErrorResponse(Error::NotFound("văn bản " + name));
}

// The decision recognising a call's initiatives (issue 15, C10), drafted for the Youth Union.
HttpResponse InitiativeDocumentHandler(Api& api, const HttpRequest& req, const Actor& actor) {
  DT_ASSIGN_OR_RETURN_RESPONSE(int64_t id, PathId(req, "id"));
  const std::string& name = req.path_params.at("name");
  if (name != "recognition.docx" && name != "recognition.pdf") {
    return ErrorResponse(Error::NotFound("văn bản " + name));
  }
  DT_ASSIGN_OR_RETURN_RESPONSE(InitiativeRecords records,
                               CollectInitiativeRecords(api.ctx(), actor, id));
  const Format& f = name.ends_with(".pdf") ? kPdf : kDocx;
  auto input = documents::RecognitionDecisionDraftInput(records, api.ctx().clock.Today());
  return FileResponse(Render(documents::BuildRecognitionDecision(input), f), f,
                      "sang-kien-" + std::to_string(id) + "-" + name);
}

}  // namespace

void RegisterDocumentRoutes(Router& r, Api& api) {
  r.Add(Method::kGet, "/api/initiative-calls/{id}/documents/{name}", Access::kStaff,
        kRunInitiativeCallsRoles, [&api](const HttpRequest& req, const Actor* actor) {
          return InitiativeDocumentHandler(api, req, *actor);
        });
  r.Add(Method::kGet, "/api/dialogues/{id}/documents/{name}", Access::kStaff,
        kHandleQuestionsRoles | kDecideAnswerRoles,
        [&api](const HttpRequest& req, const Actor* actor) {
          return DocumentHandler(api, req, *actor);
        });
}

}  // namespace doithoai::http
