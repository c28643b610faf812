// Staff routes for issues: grouping, routing, the answer flow and the dashboard.
#include "app/answer/answers.h"
#include "app/issue/issues.h"
#include "domain/access/rule_roles.h"
#include "http/api/api.h"
#include "http/json_codecs.h"
#include "http/json_input.h"

namespace doithoai::http {
namespace {

json IssueListJson(const IssueList& list) {
  json items = json::array();
  for (const auto& v : list.items) items.push_back(IssueJson(v, list.agencies));
  return {{"items", items}, {"total", items.size()}};
}

json IssueDetailJson(const IssueList& list) {
  const IssueView& v = list.items.front();
  json out = IssueJson(v, list.agencies);
  json questions = json::array();
  for (const auto& q : v.questions) questions.push_back(StaffQuestionJson(q));
  out["questions"] = questions;
  return out;
}

json IssueCreatedJson(const Issue& i) {
  return {{"id", i.id.value}, {"dialogue_id", i.dialogue.value}, {"title", i.title}};
}

// The answer verbs share a shape: parse the issue id, run the verb, return the answer.
template <class Verb>
Handler AnswerVerb(Api& api, Verb verb) {
  return [&api, verb](const HttpRequest& req, const Actor* actor) {
    DT_ASSIGN_OR_RETURN_RESPONSE(int64_t id, PathId(req, "id"));
    return verb(api.ctx(), *actor, IssueId(id), req);
  };
}

}  // namespace

void RegisterIssueRoutes(Router& r, Api& api) {
  r.Add(Method::kGet, "/api/dialogues/{id}/issues", Access::kStaff, kViewIssueRoles,
        [&api](const HttpRequest& req, const Actor* actor) {
          DT_ASSIGN_OR_RETURN_RESPONSE(int64_t id, PathId(req, "id"));
          return Respond(ListIssues(api.ctx(), *actor, DialogueId(id)), 200, IssueListJson);
        });
  r.Add(Method::kPost, "/api/dialogues/{id}/issues", Access::kStaff, kCoordinateRoles,
        [&api](const HttpRequest& req, const Actor* actor) {
          DT_ASSIGN_OR_RETURN_RESPONSE(int64_t id, PathId(req, "id"));
          DT_ASSIGN_OR_RETURN_RESPONSE(JsonInput in, JsonInput::Parse(req));
          IssueInput i;
          i.title = in.String("title", true).value_or("");
          i.question_ids = in.IntArray("question_ids", true).value_or(std::vector<int64_t>{});
          if (auto st = in.Finish(); !st.ok()) return ErrorResponse(st.error());
          return Respond(CreateIssue(api.ctx(), *actor, DialogueId(id), i), 201, IssueCreatedJson);
        });
  r.Add(Method::kGet, "/api/issues/{id}", Access::kStaff, kViewIssueRoles,
        [&api](const HttpRequest& req, const Actor* actor) {
          DT_ASSIGN_OR_RETURN_RESPONSE(int64_t id, PathId(req, "id"));
          return Respond(GetIssue(api.ctx(), *actor, IssueId(id)), 200, IssueDetailJson);
        });
  r.Add(Method::kPost, "/api/issues/{id}/questions", Access::kStaff, kCoordinateRoles,
        [&api](const HttpRequest& req, const Actor* actor) {
          DT_ASSIGN_OR_RETURN_RESPONSE(int64_t id, PathId(req, "id"));
          DT_ASSIGN_OR_RETURN_RESPONSE(JsonInput in, JsonInput::Parse(req));
          auto ids = in.IntArray("question_ids", true);
          if (auto st = in.Finish(); !st.ok()) return ErrorResponse(st.error());
          return Respond(AddQuestionsToIssue(api.ctx(), *actor, IssueId(id), *ids), 200,
                         IssueCreatedJson);
        });
  r.Add(Method::kPost, "/api/issues/{id}/routing", Access::kStaff, kCoordinateRoles,
        [&api](const HttpRequest& req, const Actor* actor) {
          DT_ASSIGN_OR_RETURN_RESPONSE(int64_t id, PathId(req, "id"));
          DT_ASSIGN_OR_RETURN_RESPONSE(JsonInput in, JsonInput::Parse(req));
          auto lead = in.Int("lead_agency_id", true);
          auto coordinating = in.IntArray("coordinating_agency_ids");
          auto due = in.String("answer_due_on", true);
          if (auto st = in.Finish(); !st.ok()) return ErrorResponse(st.error());
          RoutingInput routing{AgencyId(*lead), {}, *due};
          for (auto a : coordinating.value_or(std::vector<int64_t>{})) {
            routing.coordinating.push_back(AgencyId(a));
          }
          return Respond(RouteIssue(api.ctx(), *actor, IssueId(id), routing), 200,
                         IssueCreatedJson);
        });
  r.Add(Method::kPut, "/api/issues/{id}/answer", Access::kStaff, kDraftAnswerRoles,
        AnswerVerb(api, [](Context& ctx, const Actor& actor, IssueId id, const HttpRequest& req) {
          DT_ASSIGN_OR_RETURN_RESPONSE(JsonInput in, JsonInput::Parse(req));
          DraftInput d;
          d.body = in.String("body", true).value_or("");
          d.timing = in.String("timing").value_or("written");
          if (auto st = in.Finish(); !st.ok()) return ErrorResponse(st.error());
          return Respond(SaveAnswerDraft(ctx, actor, id, d), 200, AnswerJson);
        }));
  r.Add(Method::kPost, "/api/issues/{id}/answer/submit", Access::kStaff, kDraftAnswerRoles,
        AnswerVerb(api, [](Context& ctx, const Actor& actor, IssueId id, const HttpRequest&) {
          return Respond(SubmitAnswer(ctx, actor, id), 200, AnswerJson);
        }));
  r.Add(Method::kPost, "/api/issues/{id}/answer/approve", Access::kStaff, kDecideAnswerRoles,
        AnswerVerb(api, [](Context& ctx, const Actor& actor, IssueId id, const HttpRequest&) {
          return Respond(ApproveAnswer(ctx, actor, id), 200, AnswerJson);
        }));
  r.Add(Method::kPost, "/api/issues/{id}/answer/return", Access::kStaff, kDecideAnswerRoles,
        AnswerVerb(api, [](Context& ctx, const Actor& actor, IssueId id, const HttpRequest& req) {
          DT_ASSIGN_OR_RETURN_RESPONSE(JsonInput in, JsonInput::Parse(req));
          auto reason = in.String("reason", true);
          if (auto st = in.Finish(); !st.ok()) return ErrorResponse(st.error());
          return Respond(ReturnAnswer(ctx, actor, id, *reason), 200, AnswerJson);
        }));
  r.Add(Method::kGet, "/api/issues/{id}/suggestions", Access::kStaff, kCoordinateRoles,
        [&api](const HttpRequest& req, const Actor* actor) {
          DT_ASSIGN_OR_RETURN_RESPONSE(int64_t id, PathId(req, "id"));
          return Respond(
              api.routing_advisor().Advise(*actor, IssueId(id)), 200, [](const RoutingAdvice& a) {
                json topics = json::array(), agencies = json::array();
                for (const auto& t : a.topics) {
                  auto index = text::TopicIndex(t.code);
                  topics.push_back({{"code", std::string(t.code)},
                                    {"name", std::string(text::TopicCatalogue()[*index].name)},
                                    {"score", t.score},
                                    // "chưa chắc" below the threshold chosen on real questions
                                    {"sure", t.score >= text::TopicClassifier::kSureFrom}});
                }
                for (const auto& c : a.agencies) {
                  agencies.push_back(
                      {{"id", c.agency.id.value}, {"name", c.agency.name}, {"score", c.score}});
                }
                return json{{"topics", topics}, {"agencies", agencies}};
              });
        });
  r.Add(Method::kGet, "/api/dialogues/{id}/dashboard", Access::kStaff, kDecideAnswerRoles,
        [&api](const HttpRequest& req, const Actor* actor) {
          DT_ASSIGN_OR_RETURN_RESPONSE(int64_t id, PathId(req, "id"));
          return Respond(GetDashboard(api.ctx(), *actor, DialogueId(id)), 200, DashboardJson);
        });
}

}  // namespace doithoai::http
