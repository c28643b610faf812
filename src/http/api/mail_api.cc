// Staff routes for mail (issue 14): an account's e-mail address and preference, and the outbox
// as delivery left it (counts, failed mail with the server's answer, requeue). And the public
// one-click unsubscribe of youth mail (RFC 8058): GET shows a button, only POST unsubscribes
// (mail scanners follow links).
#include "app/issue/issue_follow.h"
#include "app/mail/mail_admin.h"
#include "app/mail/unsubscribe_token.h"
#include "app/mail/youth_mail.h"
#include "domain/access/rule_roles.h"
#include "http/api/api.h"
#include "http/json_codecs.h"
#include "http/json_input.h"
#include "text/snippet.h"

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

// A small page in the site's style: a heading, a line, and the button when `action` is set.
HttpResponse UnsubscribePage(const std::string& heading, const std::string& line,
                             const std::string& action,
                             const std::string& button = "Ngừng nhận thư") {
  using text::search::EscapeHtml;
  std::string html =
      "<!doctype html>\n<html lang=\"vi\"><head><meta charset=\"utf-8\">"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
      "<title>" +
      EscapeHtml(heading) +
      "</title><link rel=\"stylesheet\" href=\"/assets/app.css\"></head><body><main>"
      "<h1>" +
      EscapeHtml(heading) + "</h1><p>" + EscapeHtml(line) + "</p>";
  if (!action.empty()) {
    html += "<form method=\"post\" action=\"" + EscapeHtml(action) +
            "\"><input type=\"hidden\" name=\"List-Unsubscribe\" value=\"One-Click\">"
            "<button type=\"submit\">" +
            EscapeHtml(button) + "</button></form>";
  }
  html += "<p><a href=\"/\">Trang chủ</a></p></main></body></html>\n";
  HttpResponse res;
  res.content_type = "text/html; charset=utf-8";
  res.body = std::move(html);
  res.headers.emplace_back("Cache-Control", "no-store");
  return res;
}

// Following an issue by e-mail (issue 14, app/issue/issue_follow.h): the same answer whether
// a mail was queued or not (confirmed already, or sent within the hour), so the route does not
// tell who follows what. Limited per client (the submissions' limiter) and per address.
HttpResponse FollowIssueHandler(Api& api, const HttpRequest& req) {
  DT_ASSIGN_OR_RETURN_RESPONSE(int64_t id, PathId(req, "id"));
  if (!api.submissions().Allow(req.client)) {
    return ErrorResponse(
        Error(ErrorCode::kRateLimited, "Bạn gửi quá nhiều yêu cầu, vui lòng thử lại sau ít phút"));
  }
  DT_ASSIGN_OR_RETURN_RESPONSE(JsonInput in, JsonInput::Parse(req));
  std::string email = in.String("email").value_or("");
  if (auto st = in.Finish(); !st.ok()) return ErrorResponse(st.error());
  auto outcome = RequestIssueFollow(api.ctx(), IssueId(id), email);
  if (!outcome.ok()) return ErrorResponse(outcome.error());
  auto res =
      JsonResponse(202, {{"issue_id", id},
                         {"message",
                          "Nếu địa chỉ đúng, bạn sẽ nhận thư xác nhận; hãy mở đường dẫn trong thư "
                          "để bắt đầu theo dõi."}});
  res.headers.emplace_back("Cache-Control", "no-store");
  return res;
}

json FollowConfirmationJson(const FollowConfirmation& c) {
  return {{"issue_id", c.follow.issue.value},
          {"issue_title", c.issue_title},
          {"dialogue_id", c.dialogue.value},
          {"confirmed", c.follow.confirmed_at.has_value()}};
}

}  // namespace

void RegisterMailRoutes(Router& r, Api& api) {
  r.Add(Method::kPost, "/api/issues/{id}/follow", Access::kPublic,
        [&api](const HttpRequest& req, const Actor*) { return FollowIssueHandler(api, req); });
  // GET never confirms (mail scanners follow links): it shows the button that POSTs.
  r.Add(Method::kGet, "/api/follow/confirm", Access::kPublic,
        [&api](const HttpRequest& req, const Actor*) {
          std::string token = req.Query("token").value_or("");
          auto seen = CheckFollowToken(api.ctx(), api.options().unsubscribe_key, token);
          if (!seen.ok()) return ErrorResponse(seen.error());
          return UnsubscribePage(
              "Xác nhận theo dõi", "Nhận thư khi có câu trả lời cho vấn đề: " + seen->issue_title,
              "/api/follow/confirm?format=html&token=" + token, "Xác nhận theo dõi");
        });
  r.Add(Method::kPost, "/api/follow/confirm", Access::kPublic,
        [&api](const HttpRequest& req, const Actor*) {
          auto done = ConfirmIssueFollow(api.ctx(), api.options().unsubscribe_key,
                                         req.Query("token").value_or(""));
          if (!done.ok()) return ErrorResponse(done.error());
          if (req.Query("format") == "html") {
            return UnsubscribePage(
                "Đã xác nhận theo dõi",
                "Bạn sẽ nhận thư khi có câu trả lời cho vấn đề: " + done->issue_title, "");
          }
          auto res = JsonResponse(200, FollowConfirmationJson(*done));
          res.headers.emplace_back("Cache-Control", "no-store");
          return res;
        });
  // GET never unsubscribes: it checks the token and shows the button that POSTs.
  r.Add(Method::kGet, "/api/unsubscribe", Access::kPublic,
        [&api](const HttpRequest& req, const Actor*) {
          std::string token = req.Query("token").value_or("");
          auto address = VerifyUnsubscribeToken(api.options().unsubscribe_key, token);
          if (!address.ok()) return ErrorResponse(address.error());
          return UnsubscribePage(
              "Ngừng nhận thư thông báo",
              "Địa chỉ " + *address +
                  " sẽ không nhận thư về câu hỏi đã gửi nữa. Bấm nút để xác nhận.",
              "/api/unsubscribe?format=html&token=" + token);
        });
  // RFC 8058: the mail client POSTs "List-Unsubscribe=One-Click" to the header's URL.
  r.Add(Method::kPost, "/api/unsubscribe", Access::kPublic,
        [&api](const HttpRequest& req, const Actor*) {
          auto address = UnsubscribeWithToken(api.ctx(), api.options().unsubscribe_key,
                                              req.Query("token").value_or(""));
          if (!address.ok()) return ErrorResponse(address.error());
          // The GET page's button asks for a page back; a mail client gets JSON (and ignores it).
          if (req.Query("format") == "html") {
            return UnsubscribePage("Đã ngừng nhận thư",
                                   "Địa chỉ " + *address + " sẽ không nhận thư thông báo nữa.", "");
          }
          return JsonResponse(200, json{{"address", *address}, {"unsubscribed", true}});
        });
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
