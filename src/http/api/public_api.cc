// Public routes (no sign-in): dialogues, question submission and tracking, published
// answers, units, health and the OpenAPI document.
#include <algorithm>
#include <cctype>

#include "app/admin/administration.h"
#include "app/answer/answers.h"
#include "app/dialogue/accountability.h"
#include "app/dialogue/dialogue_feeds.h"
#include "app/dialogue/dialogues.h"
#include "app/issue/issue_support.h"
#include "app/question/questions.h"
#include "core/json_values.h"
#include "http/api/api.h"
#include "http/json_codecs.h"
#include "http/json_input.h"
#include "text/topics.h"

namespace doithoai::http {

const char* OpenApiDocument();  // generated from src/http/openapi.json

namespace {

HttpResponse SubmitQuestionHandler(Api& api, const HttpRequest& req) {
  DT_ASSIGN_OR_RETURN_RESPONSE(int64_t id, PathId(req, "id"));
  if (!api.submissions().Allow(req.client)) {
    return ErrorResponse(
        Error(ErrorCode::kRateLimited, "Bạn gửi quá nhiều câu hỏi, vui lòng thử lại sau ít phút"));
  }
  DT_ASSIGN_OR_RETURN_RESPONSE(JsonInput in, JsonInput::Parse(req));
  SubmissionInput s;
  s.text = in.String("text").value_or("");
  s.age = in.Int("age");
  s.consent = in.Bool("consent").value_or(false);
  s.consent_contact = in.Bool("consent_contact").value_or(false);
  s.consent_publish_text = in.Bool("consent_publish_text").value_or(false);
  s.asker_name = in.String("asker_name").value_or("");
  s.asker_contact = in.String("asker_contact").value_or("");
  s.asker_unit = in.Int("asker_unit_id");
  if (auto st = in.Finish(); !st.ok()) return ErrorResponse(st.error());
  return Respond(SubmitQuestion(api.ctx(), DialogueId(id), s), 201, SubmittedJson);
}

// A youth's tracking page: throttled per client (codes must not be tried in bulk), never
// cached by the public cache (it is keyed by URL, and the URL holds the code; nothing calls
// Serve for it) nor by browsers or proxies.
HttpResponse TrackQuestionHandler(Api& api, const HttpRequest& req) {
  if (!api.tracking_lookups().Allow(req.client)) {
    return ErrorResponse(
        Error(ErrorCode::kRateLimited, "Bạn tra cứu quá nhiều mã, vui lòng thử lại sau ít phút"));
  }
  auto res = Respond(TrackQuestion(api.ctx(), req.path_params.at("code")), 200, TrackingJson);
  res.headers.emplace_back("Cache-Control", "no-store");
  return res;
}

// A dialogue's page: the public one from the public cache; a staff member who may see a
// dialogue not yet published gets it past the cache, uncached (issue 10).
HttpResponse DialogueHandler(Api& api, const HttpRequest& req) {
  DT_ASSIGN_OR_RETURN_RESPONSE(int64_t id, PathId(req, "id"));
  // Cached like the answers; any write or a new day rebuilds it (stats, clocks).
  uint64_t version = api.ctx().store.Version();
  auto fingerprint = [&] {
    return Result<std::string>(std::to_string(version) + "@" + api.ctx().clock.Today().ToIso());
  };
  auto build = [&] {
    auto res = Respond(GetDialogue(api.ctx(), DialogueId(id), nullptr), 200, DialogueDetailJson);
    api.AddSecurityHeaders(res);
    return res;
  };
  // Keyed by the canonical URL: a junk query string shares the entry (public_cache.h).
  auto res =
      api.public_cache().Serve("/api/dialogues/" + std::to_string(id), version, fingerprint, build);
  if (res.status != 404) return res;
  auto staff = api.SignedInActor(req);
  if (!staff) return res;
  res = Respond(GetDialogue(api.ctx(), DialogueId(id), &*staff), 200, DialogueDetailJson);
  res.headers.emplace_back("Cache-Control", "no-store");
  return res;
}

HttpResponse ListDialoguesHandler(Api& api, const HttpRequest& req) {
  auto staff = api.SignedInActor(req);
  auto res =
      Respond(ListDialogues(api.ctx(), staff ? &*staff : nullptr), 200, [](const auto& list) {
        json items = json::array();
        for (const auto& v : list) {
          items.push_back(DialogueSummaryJson(v.dialogue, v.unit, v.intake));
        }
        return json{{"items", items}, {"total", items.size()}};
      });
  if (staff) res.headers.emplace_back("Cache-Control", "no-store");
  return res;
}

// Where users reach us, for the absolute links of feeds and calendars: the configured public
// URL, else the Host the client addressed (only a host name or address and a port are taken;
// anything else falls back to localhost).
std::string BaseUrl(const Api& api, const HttpRequest& req) {
  std::string url = api.options().public_url;
  if (!url.empty()) {
    while (!url.empty() && url.back() == '/') url.pop_back();
    return url;
  }
  std::string_view host = req.host;
  bool plain =
      !host.empty() && host.size() <= 255 && std::all_of(host.begin(), host.end(), [](char c) {
        return std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '-' || c == ':' ||
               c == '[' || c == ']';
      });
  return "http://" + std::string(plain ? host : "localhost");
}

HttpResponse TextResponse(std::string body, const char* content_type, const char* filename) {
  HttpResponse res;
  res.content_type = content_type;
  res.body = std::move(body);
  res.headers.emplace_back("Cache-Control", "public, max-age=60");
  if (filename) {
    res.headers.emplace_back("Content-Disposition",
                             std::string("inline; filename=\"") + filename + "\"");
  }
  return res;
}

HttpResponse CalendarHandler(Api& api, const HttpRequest& req) {
  DT_ASSIGN_OR_RETURN_RESPONSE(int64_t id, PathId(req, "id"));
  auto cal = DialogueCalendar(api.ctx(), DialogueId(id), BaseUrl(api, req));
  if (!cal.ok()) return ErrorResponse(cal.error());
  return TextResponse(feed::WriteICalendar(*cal), "text/calendar; charset=utf-8", "doi-thoai.ics");
}

HttpResponse AnswersFeedHandler(Api& api, const HttpRequest& req) {
  DT_ASSIGN_OR_RETURN_RESPONSE(int64_t id, PathId(req, "id"));
  auto feed = DialogueAnswersFeed(api.ctx(), DialogueId(id), BaseUrl(api, req));
  if (!feed.ok()) return ErrorResponse(feed.error());
  return TextResponse(feed::WriteAtom(*feed), "application/atom+xml; charset=utf-8", nullptr);
}

std::string TopicName(const std::string& code) {
  auto i = text::TopicIndex(code);
  return i ? std::string(text::TopicCatalogue()[*i].name) : "";
}

json AccountabilityJson(const Accountability& a) {
  json counts = json::object();
  int64_t all = 0;
  for (size_t i = 0; i < kAccountStatusCount; ++i) {
    counts[AccountStatusName(static_cast<AccountStatus>(i))] = a.counts[i];
    all += a.counts[i];
  }
  counts["total"] = all;
  auto agency_name = [&](const std::optional<AgencyId>& id) -> json {
    if (!id) return nullptr;
    auto it = a.agencies.find(*id);
    return it == a.agencies.end() ? json(nullptr) : json(it->second.name);
  };
  json items = json::array();
  for (const auto& r : a.items) {
    items.push_back({{"status", AccountStatusName(r.status)},
                     {"status_label", AccountStatusLabel(r.status)},
                     {"detail", PublicStatusName(r.detail)},
                     {"text", r.shown.text},
                     {"text_public", r.shown.text_public},
                     {"closed_reason",
                      r.shown.closed_reason.empty() ? json(nullptr) : json(r.shown.closed_reason)},
                     {"issue_id", IdOrNull(r.issue)},
                     {"issue_title", r.issue ? json(r.issue_title) : json(nullptr)},
                     {"agency_id", IdOrNull(r.agency)},
                     {"agency_name", agency_name(r.agency)},
                     {"topic", r.topic.empty() ? json(nullptr) : json(r.topic)},
                     {"topic_name", r.topic.empty() ? json(nullptr) : json(TopicName(r.topic))},
                     {"issue_support", r.issue_support}});
  }
  json agencies = json::array();
  for (const auto& [id, ag] : a.agencies) agencies.push_back({{"id", id.value}, {"name", ag.name}});
  json topics = json::array();
  for (const auto& t : a.topics) topics.push_back({{"code", t}, {"name", TopicName(t)}});
  json conclusions = json::array();
  for (const auto& c : a.conclusions) {
    conclusions.push_back({{"id", c.id.value},
                           {"number_symbol", c.number_symbol},
                           {"issued_on", DateOrNull(c.issued_on)}});
  }
  json groups = json::array();
  for (const auto& g : a.task_groups) {
    json tasks = json::array();
    for (const auto& t : g.tasks) {
      tasks.push_back({{"id", t.id.value},
                       {"content", t.content},
                       {"lead", t.lead},
                       {"deadline_text", t.deadline_text},
                       {"due_on", DateOrNull(t.due_on)},
                       {"status", TaskStatusName(t.status)},
                       {"status_label", TaskStatusLabel(t.status)},
                       {"percent", t.percent},
                       {"late", t.late},
                       {"last_note", t.last_note.empty() ? json(nullptr) : json(t.last_note)},
                       {"last_report_on", DateOrNull(t.last_report_on)}});
    }
    groups.push_back({{"issue_id", IdOrNull(g.issue)},
                      {"issue_title", g.issue ? json(g.issue_title) : json(nullptr)},
                      {"tasks", tasks}});
  }
  return {{"dialogue_id", a.dialogue.value},
          {"counts", counts},
          {"total", a.total},
          {"items", items},
          {"agencies", agencies},
          {"topics", topics},
          {"conclusions", conclusions},
          {"tasks", {{"total", a.task_count}, {"groups", groups}}}};
}

// "Bạn hỏi — chúng tôi đã làm" (issue 14): public, through the public cache keyed by the
// canonical URL of the parameters read (an empty filter is no filter).
HttpResponse AccountabilityHandler(Api& api, const HttpRequest& req) {
  DT_ASSIGN_OR_RETURN_RESPONSE(int64_t id, PathId(req, "id"));
  AccountabilityQuery q;
  DT_ASSIGN_OR_RETURN_RESPONSE(q.limit, QueryInt(req, "limit", 20, 1, 200));
  DT_ASSIGN_OR_RETURN_RESPONSE(q.offset, QueryInt(req, "offset", 0, 0, 10000000));
  auto present = [&](const char* key) {
    auto v = req.Query(key);
    return v && !v->empty() ? v : std::nullopt;
  };
  q.status = present("status");
  q.topic = present("topic");
  if (present("agency")) {
    DT_ASSIGN_OR_RETURN_RESPONSE(int64_t agency, QueryInt(req, "agency", 0, 1, INT64_MAX));
    q.agency = AgencyId(agency);
  }
  // Checked before the cache, so a bad filter never reaches it as a key.
  if (q.status && !ParseAccountStatus(*q.status)) {
    return ErrorResponse(
        Error::Invalid("status", "phải là một trong received, processing, answered, closed"));
  }
  if (q.topic && !text::TopicIndex(*q.topic)) {
    return ErrorResponse(Error::Invalid("topic", "không phải mã lĩnh vực trong danh mục"));
  }
  auto fingerprint = [&] { return AccountabilityFingerprint(api.ctx(), DialogueId(id)); };
  auto build = [&] {
    auto res = Respond(GetAccountability(api.ctx(), DialogueId(id), q), 200, AccountabilityJson);
    res.headers.emplace_back("Cache-Control", "public, max-age=1");
    api.AddSecurityHeaders(res);
    return res;
  };
  std::string key = "/api/dialogues/" + std::to_string(id) +
                    "/accountability?status=" + q.status.value_or("") +
                    "&topic=" + q.topic.value_or("") +
                    "&agency=" + (q.agency ? std::to_string(q.agency->value) : "") +
                    "&limit=" + std::to_string(q.limit) + "&offset=" + std::to_string(q.offset);
  return api.public_cache().Serve(key, api.ctx().store.Version(), fingerprint, build);
}

// "Tôi cũng muốn hỏi điều này" (issue 14): rate limited like questions; the body must be a
// JSON object ({}), so a plain cross-site form cannot post it on a visitor's behalf. The
// client is counted by a keyed hash of its address (app/issue/issue_support.h).
HttpResponse SupportIssueHandler(Api& api, const HttpRequest& req) {
  DT_ASSIGN_OR_RETURN_RESPONSE(int64_t id, PathId(req, "id"));
  if (!api.submissions().Allow(req.client)) {
    return ErrorResponse(
        Error(ErrorCode::kRateLimited, "Bạn gửi quá nhiều yêu cầu, vui lòng thử lại sau ít phút"));
  }
  DT_ASSIGN_OR_RETURN_RESPONSE(JsonInput in, JsonInput::Parse(req));
  if (auto st = in.Finish(); !st.ok()) return ErrorResponse(st.error());
  auto outcome = SupportIssue(api.ctx(), api.options().unsubscribe_key, req.client, IssueId(id));
  if (!outcome.ok()) return ErrorResponse(outcome.error());
  auto res = JsonResponse(outcome->counted ? 201 : 200, {{"issue_id", outcome->issue.value},
                                                         {"counted", outcome->counted},
                                                         {"support_count", outcome->count}});
  res.headers.emplace_back("Cache-Control", "no-store");
  return res;
}

json SearchPageJson(const SearchPage& p) {
  json items = json::array();
  for (const auto& i : p.items) {
    items.push_back({{"kind", i.kind == text::DocKind::kAnswer ? "answer" : "question"},
                     {"id", i.id},
                     {"dialogue_id", i.dialogue.value},
                     {"title", i.title},
                     {"snippet", i.snippet},
                     {"score", i.score}});
  }
  return {{"items", items}, {"total", p.total}, {"relaxed", p.relaxed}};
}

}  // namespace

void RegisterPublicRoutes(Router& r, Api& api) {
  r.Add(Method::kGet, "/api/search", Access::kPublic, [&api](const HttpRequest& req, const Actor*) {
    DT_ASSIGN_OR_RETURN_RESPONSE(int64_t limit, QueryInt(req, "limit", 20, 1, 100));
    DT_ASSIGN_OR_RETURN_RESPONSE(int64_t offset, QueryInt(req, "offset", 0, 0, 1000));
    std::optional<DialogueId> dialogue;
    if (req.Query("dialogue_id")) {
      DT_ASSIGN_OR_RETURN_RESPONSE(int64_t d, QueryInt(req, "dialogue_id", 0, 1, INT64_MAX));
      dialogue = DialogueId(d);
    }
    return Respond(api.search().Search(req.Query("q").value_or(""), dialogue, limit, offset), 200,
                   SearchPageJson);
  });
  r.Add(Method::kGet, "/api/dialogues/{id}/similar", Access::kPublic,
        [&api](const HttpRequest& req, const Actor*) {
          DT_ASSIGN_OR_RETURN_RESPONSE(int64_t id, PathId(req, "id"));
          DT_ASSIGN_OR_RETURN_RESPONSE(int64_t limit, QueryInt(req, "limit", 5, 1, 20));
          return Respond(api.search().Similar(DialogueId(id), req.Query("text").value_or(""),
                                              static_cast<size_t>(limit)),
                         200, SearchPageJson);
        });
  r.Add(Method::kGet, "/api/health", Access::kPublic, [](const HttpRequest&, const Actor*) {
    return JsonResponse(200, {{"status", "ok"}});
  });
  r.Add(Method::kGet, "/api/openapi.json", Access::kPublic, [](const HttpRequest&, const Actor*) {
    HttpResponse res;
    res.body = OpenApiDocument();
    return res;
  });
  r.Add(Method::kGet, "/api/dialogues", Access::kPublic,
        [&api](const HttpRequest& req, const Actor*) { return ListDialoguesHandler(api, req); });
  r.Add(Method::kGet, "/api/dialogues/{id}", Access::kPublic,
        [&api](const HttpRequest& req, const Actor*) { return DialogueHandler(api, req); });
  r.Add(Method::kPost, "/api/dialogues/{id}/questions", Access::kPublic,
        [&api](const HttpRequest& req, const Actor*) { return SubmitQuestionHandler(api, req); });
  r.Add(Method::kGet, "/api/questions/{code}", Access::kPublic,
        [&api](const HttpRequest& req, const Actor*) { return TrackQuestionHandler(api, req); });
  r.Add(Method::kGet, "/api/dialogues/{id}/answers", Access::kPublic,
        [&api](const HttpRequest& req, const Actor*) {
          DT_ASSIGN_OR_RETURN_RESPONSE(int64_t id, PathId(req, "id"));
          DT_ASSIGN_OR_RETURN_RESPONSE(int64_t limit, QueryInt(req, "limit", 20, 1, 200));
          DT_ASSIGN_OR_RETURN_RESPONSE(int64_t offset, QueryInt(req, "offset", 0, 0, 10000000));
          auto fingerprint = [&] { return PublishedAnswersFingerprint(api.ctx(), DialogueId(id)); };
          auto build = [&] {
            auto res = Respond(ListPublishedAnswers(api.ctx(), DialogueId(id), limit, offset), 200,
                               PublishedPageJson);
            res.headers.emplace_back("Cache-Control", "public, max-age=1");
            api.AddSecurityHeaders(res);
            return res;
          };
          // Keyed by the canonical URL: a junk query string shares the entry.
          std::string key = "/api/dialogues/" + std::to_string(id) +
                            "/answers?limit=" + std::to_string(limit) +
                            "&offset=" + std::to_string(offset);
          return api.public_cache().Serve(key, api.ctx().store.Version(), fingerprint, build);
        });
  r.Add(Method::kPost, "/api/issues/{id}/support", Access::kPublic,
        [&api](const HttpRequest& req, const Actor*) { return SupportIssueHandler(api, req); });
  r.Add(Method::kGet, "/api/dialogues/{id}/accountability", Access::kPublic,
        [&api](const HttpRequest& req, const Actor*) { return AccountabilityHandler(api, req); });
  r.Add(Method::kGet, "/api/dialogues/{id}/calendar.ics", Access::kPublic,
        [&api](const HttpRequest& req, const Actor*) { return CalendarHandler(api, req); });
  r.Add(Method::kGet, "/api/dialogues/{id}/answers.atom", Access::kPublic,
        [&api](const HttpRequest& req, const Actor*) { return AnswersFeedHandler(api, req); });
  r.Add(Method::kGet, "/api/units", Access::kPublic, [&api](const HttpRequest& req, const Actor*) {
    std::optional<UnitId> parent;
    if (req.Query("parent_id")) {
      DT_ASSIGN_OR_RETURN_RESPONSE(int64_t p, QueryInt(req, "parent_id", 0, 1, INT64_MAX));
      parent = UnitId(p);
    }
    return Respond(ListUnits(api.ctx(), parent), 200, [](const auto& units) {
      json items = json::array();
      for (const auto& u : units) items.push_back(UnitJson(u));
      return json{{"items", items}, {"total", items.size()}};
    });
  });
}

}  // namespace doithoai::http
