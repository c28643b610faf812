// Staff routes for mail (issue 14): an account's e-mail address and preference, and the outbox
// as delivery left it (counts, failed mail with the server's answer, requeue).
#include "app/mail/mail_admin.h"
#include "domain/access/rule_roles.h"
#include "http/api/api.h"
#include "http/json_codecs.h"
#include "http/json_input.h"

namespace doithoai::http {
namespace {

json AccountMailJson(const AccountMail& m) {
  return {{"user_id", m.user.value},
          {"email", m.email},
          {"preference", MailPreferenceName(m.preference)}};
}

json OutboxEntryJson(const OutboxEntry& e) {
  return {{"id", e.mail.id},
          {"to", e.mail.to},
          {"subject", e.mail.subject},
          {"created_at", e.mail.created_at.ToIso()},
          {"attempts", e.attempts},
          {"failed_at", e.failed_at ? json(e.failed_at->ToIso()) : json(nullptr)},
          {"last_error", e.last_error}};
}

json OutboxReportJson(const OutboxReport& r) {
  json failed = json::array();
  for (const auto& e : r.failed) failed.push_back(OutboxEntryJson(e));
  return {{"queued", r.counts.queued},
          {"sent", r.counts.sent},
          {"failed", r.counts.failed},
          {"failed_mail", failed}};
}

}  // namespace

void RegisterMailRoutes(Router& r, Api& api) {
  r.Add(Method::kGet, "/api/users/{id}/mail", Access::kStaff, kAdministerRoles,
        [&api](const HttpRequest& req, const Actor* actor) {
          DT_ASSIGN_OR_RETURN_RESPONSE(int64_t id, PathId(req, "id"));
          return Respond(GetAccountMail(api.ctx(), *actor, UserId(id)), 200, AccountMailJson);
        });
  r.Add(Method::kPut, "/api/users/{id}/mail", Access::kStaff, kAdministerRoles,
        [&api](const HttpRequest& req, const Actor* actor) {
          DT_ASSIGN_OR_RETURN_RESPONSE(int64_t id, PathId(req, "id"));
          DT_ASSIGN_OR_RETURN_RESPONSE(JsonInput in, JsonInput::Parse(req));
          AccountMailInput m;
          m.email = in.String("email", true).value_or("");
          m.preference = in.String("preference").value_or("immediate");
          if (auto st = in.Finish(); !st.ok()) return ErrorResponse(st.error());
          return Respond(SetAccountMail(api.ctx(), *actor, UserId(id), m), 200, AccountMailJson);
        });
  r.Add(Method::kGet, "/api/mail/outbox", Access::kStaff, kWatchMailRoles,
        [&api](const HttpRequest& req, const Actor* actor) {
          DT_ASSIGN_OR_RETURN_RESPONSE(int64_t limit, QueryInt(req, "limit", 100, 1, 1000));
          return Respond(ReadOutbox(api.ctx(), *actor, limit), 200, OutboxReportJson);
        });
  r.Add(Method::kPost, "/api/mail/outbox/{id}/requeue", Access::kStaff, kWatchMailRoles,
        [&api](const HttpRequest& req, const Actor* actor) {
          DT_ASSIGN_OR_RETURN_RESPONSE(int64_t id, PathId(req, "id"));
          auto done = RequeueMail(api.ctx(), *actor, id);
          if (!done.ok()) return ErrorResponse(done.error());
          return JsonResponse(200, json{{"id", id}, {"requeued", true}});
        });
}

}  // namespace doithoai::http
