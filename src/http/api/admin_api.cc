// Staff routes for planning dialogues and administering units, agencies, users; the audit log.
#include "app/admin/administration.h"
#include "app/audit_queries.h"
#include "app/dialogue/dialogues.h"
#include "domain/access/rule_roles.h"
#include "http/api/api.h"
#include "http/json_codecs.h"
#include "http/json_input.h"

namespace doithoai::http {
namespace {

DialogueFields ReadDialogueFields(JsonInput& in) {
  DialogueFields f;
  f.unit_id = in.Int("unit_id");
  f.coordinator_agency_id = in.Int("coordinator_agency_id");
  if (auto y = in.Int("year")) f.year = static_cast<int>(*y);
  f.title = in.String("title");
  f.theme = in.String("theme");
  f.summary = in.String("summary");
  f.chair = in.String("chair");
  f.form = in.String("form");
  f.venue = in.String("venue");
  f.held_on = in.String("held_on");
  f.plan_published_on = in.String("plan_published_on");
  f.conclusion_issued_on = in.String("conclusion_issued_on");
  f.clear_plan_published_on = in.IsNull("plan_published_on");
  f.clear_conclusion_issued_on = in.IsNull("conclusion_issued_on");
  f.intake_closes_on = in.String("intake_closes_on");
  f.clear_intake_closes_on = in.IsNull("intake_closes_on");
  f.complex = in.Bool("complex");
  f.intake_open = in.Bool("intake_open");
  return f;
}

Result<std::vector<GrantInput>> ReadGrants(const JsonInput& in) {
  const nlohmann::json& body = in.Raw();
  std::vector<GrantInput> out;
  const auto& g = body["grants"];
  if (!g.is_array()) return BadRequest("grants", "phải là một mảng");
  for (size_t i = 0; i < g.size(); ++i) {
    std::string f = "grants[" + std::to_string(i) + "]";
    const auto& x = g[i];
    if (!x.is_object() || !x.contains("role") || !x["role"].is_string() || !x.contains("unit_id") ||
        !x["unit_id"].is_number_integer() ||
        (x.contains("agency_id") && !x["agency_id"].is_null() &&
         !x["agency_id"].is_number_integer())) {
      return BadRequest(f, "cần {role: chuỗi, unit_id: số nguyên, agency_id?: số nguyên}");
    }
    GrantInput gi{x["role"].get<std::string>(), x["unit_id"].get<int64_t>(), std::nullopt};
    if (x.contains("agency_id") && x["agency_id"].is_number_integer()) {
      gi.agency_id = x["agency_id"].get<int64_t>();
    }
    out.push_back(std::move(gi));
  }
  return out;
}

json UsersJson(const std::vector<UserView>& users) {
  json items = json::array();
  for (const auto& u : users) items.push_back(UserJson(u));
  return {{"items", items}, {"total", items.size()}};
}

json DialogueJson(const Dialogue& d) {
  return {{"id", d.id.value}, {"title", d.title}, {"held_on", d.held_on.ToIso()}};
}

}  // namespace

void RegisterAdminRoutes(Router& r, Api& api) {
  r.Add(Method::kPost, "/api/dialogues", Access::kStaff, kPlanDialogueRoles,
        [&api](const HttpRequest& req, const Actor* actor) {
          DT_ASSIGN_OR_RETURN_RESPONSE(JsonInput in, JsonInput::Parse(req));
          auto f = ReadDialogueFields(in);
          in.Int("unit_id", true);
          in.String("title", true);
          in.String("held_on", true);
          in.Int("year", true);
          if (auto st = in.Finish(); !st.ok()) return ErrorResponse(st.error());
          return Respond(CreateDialogue(api.ctx(), *actor, f), 201, DialogueJson);
        });
  r.Add(Method::kPatch, "/api/dialogues/{id}", Access::kStaff, kPlanDialogueRoles,
        [&api](const HttpRequest& req, const Actor* actor) {
          DT_ASSIGN_OR_RETURN_RESPONSE(int64_t id, PathId(req, "id"));
          DT_ASSIGN_OR_RETURN_RESPONSE(JsonInput in, JsonInput::Parse(req));
          auto f = ReadDialogueFields(in);
          if (auto st = in.Finish(); !st.ok()) return ErrorResponse(st.error());
          return Respond(UpdateDialogue(api.ctx(), *actor, DialogueId(id), f), 200, DialogueJson);
        });
  r.Add(Method::kPost, "/api/dialogues/{id}/milestones", Access::kStaff, kPlanDialogueRoles,
        [&api](const HttpRequest& req, const Actor* actor) {
          DT_ASSIGN_OR_RETURN_RESPONSE(int64_t id, PathId(req, "id"));
          DT_ASSIGN_OR_RETURN_RESPONSE(JsonInput in, JsonInput::Parse(req));
          MilestoneInput m;
          m.title = in.String("title", true).value_or("");
          m.due_on = in.String("due_on", true).value_or("");
          m.agency_id = in.Int("agency_id");
          if (auto st = in.Finish(); !st.ok()) return ErrorResponse(st.error());
          return Respond(AddMilestone(api.ctx(), *actor, DialogueId(id), m), 201,
                         [](const Milestone& x) { return MilestoneJson(x, {}); });
        });
  r.Add(Method::kPatch, "/api/dialogues/{id}/milestones/{milestone_id}", Access::kStaff,
        kPlanDialogueRoles, [&api](const HttpRequest& req, const Actor* actor) {
          DT_ASSIGN_OR_RETURN_RESPONSE(int64_t id, PathId(req, "id"));
          DT_ASSIGN_OR_RETURN_RESPONSE(int64_t mid, PathId(req, "milestone_id"));
          DT_ASSIGN_OR_RETURN_RESPONSE(JsonInput in, JsonInput::Parse(req));
          if (!in.Has("done_on"))
            return ErrorResponse(Error::Invalid("done_on", "bắt buộc (ngày hoặc null)"));
          auto done = in.String("done_on");
          if (auto st = in.Finish(); !st.ok()) return ErrorResponse(st.error());
          return Respond(
              SetMilestoneDone(api.ctx(), *actor, DialogueId(id), MilestoneId(mid), done), 200,
              [](const Milestone& x) { return MilestoneJson(x, {}); });
        });
  r.Add(Method::kGet, "/api/agencies", Access::kStaff,
        [&api](const HttpRequest& req, const Actor*) {
          DT_ASSIGN_OR_RETURN_RESPONSE(int64_t unit, QueryInt(req, "unit_id", 0, 1, INT64_MAX));
          if (unit == 0) return ErrorResponse(BadRequest("unit_id", "bắt buộc"));
          return Respond(ListAgencies(api.ctx(), UnitId(unit)), 200, [](const auto& list) {
            json items = json::array();
            for (const auto& a : list) items.push_back(AgencyJson(a));
            return json{{"items", items}, {"total", items.size()}};
          });
        });
  r.Add(Method::kPost, "/api/agencies", Access::kStaff, kAdministerRoles,
        [&api](const HttpRequest& req, const Actor* actor) {
          DT_ASSIGN_OR_RETURN_RESPONSE(JsonInput in, JsonInput::Parse(req));
          AgencyInput a;
          a.unit_id = in.Int("unit_id", true).value_or(0);
          a.code = in.String("code", true).value_or("");
          a.name = in.String("name", true).value_or("");
          if (auto st = in.Finish(); !st.ok()) return ErrorResponse(st.error());
          return Respond(CreateAgency(api.ctx(), *actor, a), 201, AgencyJson);
        });
  r.Add(Method::kPost, "/api/units", Access::kStaff, kAdministerRoles,
        [&api](const HttpRequest& req, const Actor* actor) {
          DT_ASSIGN_OR_RETURN_RESPONSE(JsonInput in, JsonInput::Parse(req));
          UnitInput u;
          u.parent_id = in.Int("parent_id", true);
          u.code = in.String("code", true).value_or("");
          u.name = in.String("name", true).value_or("");
          u.kind = in.String("kind", true).value_or("");
          u.level = in.String("level", true).value_or("");
          if (auto st = in.Finish(); !st.ok()) return ErrorResponse(st.error());
          return Respond(CreateUnit(api.ctx(), *actor, u), 201, UnitJson);
        });
  r.Add(Method::kGet, "/api/users", Access::kStaff, kAdministerRoles,
        [&api](const HttpRequest&, const Actor* actor) {
          return Respond(ListUsers(api.ctx(), *actor), 200, UsersJson);
        });
  r.Add(Method::kPost, "/api/users", Access::kStaff, kAdministerRoles,
        [&api](const HttpRequest& req, const Actor* actor) {
          DT_ASSIGN_OR_RETURN_RESPONSE(JsonInput in, JsonInput::Parse(req));
          UserInput u;
          u.username = in.String("username", true).value_or("");
          u.display_name = in.String("display_name", true).value_or("");
          u.password = in.String("password", true).value_or("");
          if (auto st = in.Finish(); !st.ok()) return ErrorResponse(st.error());
          if (in.Has("grants")) {
            DT_ASSIGN_OR_RETURN_RESPONSE(u.grants, ReadGrants(in));
          }
          return Respond(CreateUser(api.ctx(), *actor, u), 201, UserJson);
        });
  r.Add(Method::kPatch, "/api/users/{id}", Access::kStaff, kAdministerRoles,
        [&api](const HttpRequest& req, const Actor* actor) {
          DT_ASSIGN_OR_RETURN_RESPONSE(int64_t id, PathId(req, "id"));
          DT_ASSIGN_OR_RETURN_RESPONSE(JsonInput in, JsonInput::Parse(req));
          UserPatch p;
          p.display_name = in.String("display_name");
          p.password = in.String("password");
          p.active = in.Bool("active");
          if (auto st = in.Finish(); !st.ok()) return ErrorResponse(st.error());
          if (in.Has("grants")) {
            DT_ASSIGN_OR_RETURN_RESPONSE(p.grants, ReadGrants(in));
          }
          return Respond(UpdateUser(api.ctx(), *actor, UserId(id), p), 200, UserJson);
        });
  r.Add(Method::kGet, "/api/audit", Access::kStaff, kReadAuditRoles,
        [&api](const HttpRequest& req, const Actor* actor) {
          DT_ASSIGN_OR_RETURN_RESPONSE(int64_t entity_id,
                                       QueryInt(req, "entity_id", 0, 0, INT64_MAX));
          DT_ASSIGN_OR_RETURN_RESPONSE(int64_t limit, QueryInt(req, "limit", 100, 1, 1000));
          return Respond(
              ListAudit(api.ctx(), *actor, req.Query("entity").value_or(""), entity_id, limit), 200,
              [](const std::vector<AuditEntry>& entries) {
                json items = json::array();
                for (const auto& e : entries) items.push_back(AuditJson(e));
                return json{{"items", items}, {"total", items.size()}};
              });
        });
}

}  // namespace doithoai::http
