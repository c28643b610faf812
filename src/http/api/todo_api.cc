// GET /api/me/todo: the signed-in user's "Việc cần làm" (issue 13) and where their staff app
// starts (the to-do list, or the national task board).
#include "app/todo/todo_list.h"
#include "domain/access/rule_roles.h"
#include "http/api/api.h"

namespace doithoai::http {
namespace {

using json = nlohmann::json;

json TodoJson(const TodoList& list) {
  json items = json::array();
  for (const auto& i : list.items) {
    items.push_back({{"kind", TodoKindName(i.kind)},
                     {"title", i.title},
                     {"detail", i.detail},
                     {"count", i.count},
                     {"late", i.late},
                     {"due_on", i.due_on ? json(i.due_on->ToIso()) : json(nullptr)},
                     {"urgency", UrgencyName(i.urgency)},
                     {"dialogue_id", i.dialogue ? json(i.dialogue->value) : json(nullptr)},
                     {"view", i.view}});
  }
  return {{"landing", LandingName(list.landing)},
          {"today", list.today.ToIso()},
          {"items", items},
          {"total", items.size()}};
}

}  // namespace

void RegisterTodoRoutes(Router& r, Api& api) {
  r.Add(Method::kGet, "/api/me/todo", Access::kStaff, kTodoRoles,
        [&api](const HttpRequest&, const Actor* actor) {
          return Respond(GetTodoList(api.ctx(), *actor), 200, TodoJson);
        });
}

}  // namespace doithoai::http
