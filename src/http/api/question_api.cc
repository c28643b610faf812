// Staff routes for questions: the screening list, screening decisions, the asker's contact,
// batch import.
#include "app/question/questions.h"
#include "domain/access/asker_access.h"
#include "domain/access/rule_roles.h"
#include "http/api/api.h"
#include "http/json_codecs.h"
#include "http/json_input.h"
#include "import/question_sheet.h"

namespace doithoai::http {
namespace {

Result<QuestionFilter> FilterOf(const HttpRequest& req) {
  QuestionFilter f;
  if (auto s = req.Query("screening")) {
    f.screening = ParseScreening(*s);
    if (!f.screening)
      return BadRequest("screening", "phải là new, accepted, duplicate hoặc out_of_scope");
  }
  if (auto g = req.Query("grouped")) {
    if (*g != "true" && *g != "false") return BadRequest("grouped", "phải là true hoặc false");
    f.grouped = *g == "true";
  }
  DT_ASSIGN_OR_RETURN(f.limit, QueryInt(req, "limit", 50, 1, 200));
  DT_ASSIGN_OR_RETURN(f.offset, QueryInt(req, "offset", 0, 0, 100000000));
  return f;
}

HttpResponse ImportHandler(Api& api, const HttpRequest& req, const Actor& actor) {
  DT_ASSIGN_OR_RETURN_RESPONSE(int64_t id, PathId(req, "id"));
  if (req.body.size() > api.options().upload_limit_bytes) {
    return ErrorResponse(Error::TooLarge(
        "file", "tệp vượt quá giới hạn " + std::to_string(api.options().upload_limit_bytes >> 20) +
                    " MiB"));
  }
  auto filename = req.Query("filename");
  if (!filename || filename->empty()) return ErrorResponse(BadRequest("filename", "bắt buộc"));
  import::ReadLimits limits;
  limits.max_bytes = api.options().upload_limit_bytes;
  DT_ASSIGN_OR_RETURN_RESPONSE(auto rows, import::ReadQuestionSheet(req.body, *filename, limits));
  std::vector<BatchRow> batch;
  batch.reserve(rows.size());
  for (auto& r : rows) batch.push_back({r.row_number, std::move(r.input)});
  return Respond(ImportQuestions(api.ctx(), actor, DialogueId(id), *filename, batch), 201,
                 [](const Imported& i) {
                   return json{{"batch_id", i.batch.value}, {"imported", i.imported}};
                 });
}

}  // namespace

void RegisterQuestionRoutes(Router& r, Api& api) {
  r.Add(Method::kGet, "/api/dialogues/{id}/questions", Access::kStaff, kHandleQuestionsRoles,
        [&api](const HttpRequest& req, const Actor* actor) {
          DT_ASSIGN_OR_RETURN_RESPONSE(int64_t id, PathId(req, "id"));
          DT_ASSIGN_OR_RETURN_RESPONSE(QuestionFilter f, FilterOf(req));
          return Respond(ListQuestions(api.ctx(), *actor, DialogueId(id), f), 200,
                         [](const QuestionPage& p) {
                           json items = json::array();
                           for (const auto& q : p.items) items.push_back(StaffQuestionJson(q));
                           return json{{"items", items}, {"total", p.total}};
                         });
        });
  r.Add(Method::kPost, "/api/questions/{id}/screening", Access::kStaff, kCoordinateRoles,
        [&api](const HttpRequest& req, const Actor* actor) {
          DT_ASSIGN_OR_RETURN_RESPONSE(int64_t id, PathId(req, "id"));
          DT_ASSIGN_OR_RETURN_RESPONSE(JsonInput in, JsonInput::Parse(req));
          ScreeningInput s;
          s.screening = in.String("screening", true).value_or("");
          s.duplicate_of = in.Int("duplicate_of");
          s.note = in.String("note").value_or("");
          if (auto st = in.Finish(); !st.ok()) return ErrorResponse(st.error());
          return Respond(ScreenQuestion(api.ctx(), *actor, QuestionId(id), s), 200,
                         StaffQuestionJson);
        });
  // The asker's name and contact, one question at a time, logged (asker_access.h).
  r.Add(Method::kGet, "/api/questions/{id}/contact", Access::kStaff, kSeeAskersRoles,
        [&api](const HttpRequest& req, const Actor* actor) {
          DT_ASSIGN_OR_RETURN_RESPONSE(int64_t id, PathId(req, "id"));
          return Respond(RevealContact(api.ctx(), *actor, QuestionId(id)), 200, AskerContactJson);
        });
  r.Add(Method::kPost, "/api/dialogues/{id}/imports", Access::kStaff, kImportQuestionsRoles,
        [&api](const HttpRequest& req, const Actor* actor) {
          return ImportHandler(api, req, *actor);
        });
}

}  // namespace doithoai::http
