// Youth initiatives (issue 15, SYSTEM.md C10). Public: the calls and their published results,
// sending an initiative, following it by its code. Staff: the Youth Union opens a call, screens,
// hands it to the council and publishes the results; council members score.
#include <limits>

#include "app/initiative/initiatives.h"
#include "domain/access/rule_roles.h"
#include "http/api/api.h"
#include "http/json_input.h"

namespace doithoai::http {
namespace {

using nlohmann::json;

json CallJson(const InitiativeCall& c) {
  json criteria = json::array();
  for (const auto& k : c.criteria) {
    criteria.push_back({{"name", k.name}, {"max_points", k.max_points}});
  }
  json council = json::array();
  for (UserId u : c.council) council.push_back(u.value);
  return {{"id", c.id},
          {"unit_id", c.unit.value},
          {"title", c.title},
          {"description", c.description},
          {"opens_on", c.opens_on.ToIso()},
          {"closes_on", c.closes_on.ToIso()},
          {"criteria", std::move(criteria)},
          {"max_total", MaxTotal(c)},
          {"council", std::move(council)},
          {"phase", CallPhaseName(c.phase)},
          {"phase_label", CallPhasePrinted(c.phase)},
          {"published_on", c.published_on ? json(c.published_on->ToIso()) : json(nullptr)},
          {"decision_document_id", c.decision ? json(c.decision->value) : json(nullptr)}};
}

// What anyone may read of an initiative: never its contact.
json PublicInitiativeJson(const Initiative& i) {
  return {{"id", i.id},
          {"call_id", i.call},
          {"title", i.title},
          {"problem", i.problem},
          {"solution", i.solution},
          {"field", InitiativeFieldName(i.field)},
          {"field_label", InitiativeFieldPrinted(i.field)},
          {"team", i.team},
          {"unit", i.unit},
          {"status", InitiativeStatusName(i.status)},
          {"status_label", InitiativeStatusPrinted(i.status)},
          {"recognition", i.recognition},
          {"submitted_at", i.submitted_at.ToIso()}};
}

json SummaryJson(const ScoreSummary& s) {
  return {
      {"cards", s.cards},         {"council", s.council}, {"mean", s.mean},
      {"lowest", s.lowest},       {"highest", s.highest}, {"spread", s.spread},
      {"max_total", s.max_total}, {"wide", s.wide},       {"criterion_means", s.criterion_means}};
}

json SupportJson(const std::vector<SupportProgress>& support) {
  json out = json::array();
  for (const auto& s : support) {
    out.push_back({{"task_id", s.task.value},
                   {"lead", s.lead},
                   {"due_on", s.deadline.date ? json(s.deadline.date->ToIso()) : json(nullptr)},
                   {"status", TaskStatusName(s.status)},
                   {"status_label", TaskStatusLabel(s.status)},
                   {"percent", s.percent}});
  }
  return out;
}

json CardJson(const Scorecard& c) {
  return {{"member", c.member.value},
          {"points", c.points},
          {"total", Total(c)},
          {"comment", c.comment},
          {"scored_at", c.scored_at.ToIso()}};
}

json PublicCallJson(const PublicCallView& v) {
  json results = json::array();
  for (const auto& r : v.results) {
    json row = PublicInitiativeJson(r.initiative);
    row["score"] = {
        {"mean", r.summary.mean}, {"cards", r.summary.cards}, {"max_total", r.summary.max_total}};
    row["support"] = SupportJson(r.support);
    results.push_back(std::move(row));
  }
  json call = CallJson(v.call);
  call.erase("council");
  return {{"call", std::move(call)},
          {"unit_name", v.unit_name},
          {"received", v.received},
          {"results", std::move(results)}};
}

json PublicCallsJson(const std::vector<PublicCallView>& views) {
  json items = json::array();
  for (const auto& v : views) items.push_back(PublicCallJson(v));
  return {{"items", std::move(items)}};
}

json StaffCallJson(const StaffCallView& v) {
  json rows = json::array();
  for (const auto& r : v.rows) {
    json row = PublicInitiativeJson(r.initiative);
    row["screening_note"] = r.initiative.screening_note;
    if (v.can_run) {
      row["contact_name"] = r.initiative.contact_name;
      row["contact_email"] = r.initiative.contact_email;
      json cards = json::array();
      for (const auto& c : r.cards) cards.push_back(CardJson(c));
      row["cards"] = std::move(cards);
    }
    row["my_card"] = r.my_card ? CardJson(*r.my_card) : json(nullptr);
    row["summary"] = r.summary ? SummaryJson(*r.summary) : json(nullptr);
    row["support"] = SupportJson(r.support);
    rows.push_back(std::move(row));
  }
  json council = json::array();
  for (const auto& m : v.council) {
    council.push_back(
        {{"id", m.id.value}, {"username", m.username}, {"display_name", m.display_name}});
  }
  return {{"call", CallJson(v.call)},
          {"can_run", v.can_run},
          {"is_member", v.is_member},
          {"council", std::move(council)},
          {"initiatives", std::move(rows)}};
}

json StaffCallsJson(const std::vector<InitiativeCall>& calls) {
  json items = json::array();
  for (const auto& c : calls) items.push_back(CallJson(c));
  return {{"items", std::move(items)}};
}

// Points are small integers; anything outside int fails the criterion's range check.
std::vector<int> Points(const std::vector<int64_t>& in) {
  std::vector<int> out;
  out.reserve(in.size());
  for (int64_t v : in) {
    out.push_back(v < 0 || v > std::numeric_limits<int>::max() ? -1 : static_cast<int>(v));
  }
  return out;
}

HttpResponse CreateCallHandler(Api& api, const HttpRequest& req, const Actor& actor) {
  DT_ASSIGN_OR_RETURN_RESPONSE(JsonInput in, JsonInput::Parse(req));
  int64_t unit = in.Int("unit_id", true).value_or(0);
  CallInput c;
  c.title = in.String("title", true).value_or("");
  c.description = in.String("description").value_or("");
  c.opens_on = in.String("opens_on", true).value_or("");
  c.closes_on = in.String("closes_on", true).value_or("");
  if (auto criteria = in.Objects("criteria", true, kCriteriaMax)) {
    for (JsonInput& k : *criteria) {
      Criterion criterion;
      criterion.name = k.String("name", true).value_or("");
      int64_t max = k.Int("max_points", true).value_or(0);
      criterion.max_points = max < 0 || max > kCriterionMaxPoints ? -1 : static_cast<int>(max);
      in.Absorb(k);
      c.criteria.push_back(std::move(criterion));
    }
  }
  c.council = in.StringArray("council", true).value_or(std::vector<std::string>{});
  if (auto st = in.Finish(); !st.ok()) return ErrorResponse(st.error());
  return Respond(CreateCall(api.ctx(), actor, UnitId(unit), c), 201, CallJson);
}

HttpResponse SubmitInitiativeHandler(Api& api, const HttpRequest& req) {
  DT_ASSIGN_OR_RETURN_RESPONSE(int64_t id, PathId(req, "id"));
  if (!api.submissions().Allow(req.client)) {
    return ErrorResponse(
        Error(ErrorCode::kRateLimited, "Bạn gửi quá nhiều lần, vui lòng thử lại sau ít phút"));
  }
  DT_ASSIGN_OR_RETURN_RESPONSE(JsonInput in, JsonInput::Parse(req));
  InitiativeInput i;
  i.title = in.String("title").value_or("");
  i.problem = in.String("problem").value_or("");
  i.solution = in.String("solution").value_or("");
  i.field = in.String("field").value_or("other");
  i.team = in.String("team").value_or("");
  i.unit = in.String("unit").value_or("");
  i.contact_name = in.String("contact_name").value_or("");
  i.contact_email = in.String("contact_email").value_or("");
  if (auto st = in.Finish(); !st.ok()) return ErrorResponse(st.error());
  return Respond(SubmitInitiative(api.ctx(), id, i), 201, [](const SentInitiative& s) {
    return json{{"id", s.id},
                {"tracking_code", s.tracking_code},
                {"status", InitiativeStatusName(s.status)},
                {"status_label", InitiativeStatusPrinted(s.status)},
                {"submitted_at", s.submitted_at.ToIso()}};
  });
}

// Throttled like a question's tracking page and never cached (the URL holds the code).
HttpResponse TrackInitiativeHandler(Api& api, const HttpRequest& req) {
  if (!api.tracking_lookups().Allow(req.client)) {
    return ErrorResponse(
        Error(ErrorCode::kRateLimited, "Bạn tra cứu quá nhiều mã, vui lòng thử lại sau ít phút"));
  }
  auto res = Respond(TrackInitiative(api.ctx(), req.path_params.at("code")), 200,
                     [](const InitiativeTracking& t) {
                       json body = PublicInitiativeJson(t.initiative);
                       body["tracking_code"] = t.initiative.tracking_code;
                       body["screening_note"] = t.initiative.screening_note;
                       body["call"] = {{"id", t.call.id},
                                       {"title", t.call.title},
                                       {"phase", CallPhaseName(t.call.phase)},
                                       {"phase_label", CallPhasePrinted(t.call.phase)},
                                       {"closes_on", t.call.closes_on.ToIso()}};
                       return body;
                     });
  res.headers.emplace_back("Cache-Control", "no-store");
  return res;
}

// The public pages of calls, from the public cache: any write or a new day (the support tasks'
// status reads today) rebuilds them.
template <class Build>
HttpResponse CachedPublic(Api& api, const std::string& key, Build build) {
  uint64_t version = api.ctx().store.Version();
  auto fingerprint = [&] {
    return Result<std::string>(std::to_string(version) + "@" + api.ctx().clock.Today().ToIso());
  };
  auto make = [&] {
    HttpResponse res = build();
    api.AddSecurityHeaders(res);
    return res;
  };
  return api.public_cache().Serve(key, version, fingerprint, make);
}

}  // namespace

void RegisterInitiativeRoutes(Router& r, Api& api) {
  r.Add(Method::kGet, "/api/initiative-calls", Access::kPublic,
        [&api](const HttpRequest&, const Actor*) {
          return CachedPublic(api, "/api/initiative-calls", [&] {
            return Respond(ListPublicCalls(api.ctx()), 200, PublicCallsJson);
          });
        });
  r.Add(Method::kPost, "/api/initiative-calls", Access::kStaff, kRunInitiativeCallsRoles,
        [&api](const HttpRequest& req, const Actor* actor) {
          return CreateCallHandler(api, req, *actor);
        });
  r.Add(Method::kGet, "/api/initiative-calls/{id}", Access::kPublic,
        [&api](const HttpRequest& req, const Actor*) {
          DT_ASSIGN_OR_RETURN_RESPONSE(int64_t id, PathId(req, "id"));
          // Keyed by the canonical URL: a junk query string shares the entry.
          return CachedPublic(api, "/api/initiative-calls/" + std::to_string(id), [&] {
            return Respond(ReadPublicCall(api.ctx(), id), 200, PublicCallJson);
          });
        });
  r.Add(Method::kPost, "/api/initiative-calls/{id}/initiatives", Access::kPublic,
        [&api](const HttpRequest& req, const Actor*) { return SubmitInitiativeHandler(api, req); });
  r.Add(Method::kGet, "/api/initiative-calls/{id}/initiatives", Access::kStaff,
        kScoreInitiativesRoles, [&api](const HttpRequest& req, const Actor* actor) {
          DT_ASSIGN_OR_RETURN_RESPONSE(int64_t id, PathId(req, "id"));
          return Respond(ReadStaffCall(api.ctx(), *actor, id), 200, StaffCallJson);
        });
  r.Add(Method::kGet, "/api/staff/initiative-calls", Access::kStaff, kScoreInitiativesRoles,
        [&api](const HttpRequest&, const Actor* actor) {
          return Respond(ListStaffCalls(api.ctx(), *actor), 200, StaffCallsJson);
        });
  r.Add(Method::kPost, "/api/initiative-calls/{id}/review", Access::kStaff,
        kRunInitiativeCallsRoles, [&api](const HttpRequest& req, const Actor* actor) {
          DT_ASSIGN_OR_RETURN_RESPONSE(int64_t id, PathId(req, "id"));
          return Respond(StartReview(api.ctx(), *actor, id), 200, CallJson);
        });
  r.Add(Method::kPost, "/api/initiative-calls/{id}/results", Access::kStaff,
        kRunInitiativeCallsRoles, [&api](const HttpRequest& req, const Actor* actor) {
          DT_ASSIGN_OR_RETURN_RESPONSE(int64_t id, PathId(req, "id"));
          DT_ASSIGN_OR_RETURN_RESPONSE(JsonInput in, JsonInput::Parse(req));
          auto selected = in.IntArray("selected", true).value_or(std::vector<int64_t>{});
          if (auto st = in.Finish(); !st.ok()) return ErrorResponse(st.error());
          return Respond(PublishResults(api.ctx(), *actor, id, selected), 200, CallJson);
        });
  r.Add(Method::kGet, "/api/initiative-tracking/{code}", Access::kPublic,
        [&api](const HttpRequest& req, const Actor*) { return TrackInitiativeHandler(api, req); });
  r.Add(Method::kPost, "/api/initiatives/{id}/screening", Access::kStaff, kRunInitiativeCallsRoles,
        [&api](const HttpRequest& req, const Actor* actor) {
          DT_ASSIGN_OR_RETURN_RESPONSE(int64_t id, PathId(req, "id"));
          DT_ASSIGN_OR_RETURN_RESPONSE(JsonInput in, JsonInput::Parse(req));
          bool admit = in.Bool("admit", true).value_or(false);
          std::string note = in.String("note").value_or("");
          if (auto st = in.Finish(); !st.ok()) return ErrorResponse(st.error());
          return Respond(ScreenInitiative(api.ctx(), *actor, id, admit, note), 200,
                         PublicInitiativeJson);
        });
  r.Add(Method::kPut, "/api/initiatives/{id}/scorecard", Access::kStaff, kScoreInitiativesRoles,
        [&api](const HttpRequest& req, const Actor* actor) {
          DT_ASSIGN_OR_RETURN_RESPONSE(int64_t id, PathId(req, "id"));
          DT_ASSIGN_OR_RETURN_RESPONSE(JsonInput in, JsonInput::Parse(req));
          ScorecardInput card;
          card.points = Points(in.IntArray("points", true).value_or(std::vector<int64_t>{}));
          card.comment = in.String("comment").value_or("");
          if (auto st = in.Finish(); !st.ok()) return ErrorResponse(st.error());
          return Respond(ScoreInitiative(api.ctx(), *actor, id, card), 200, CardJson);
        });
  r.Add(Method::kPost, "/api/initiatives/{id}/recognition", Access::kStaff,
        kRunInitiativeCallsRoles, [&api](const HttpRequest& req, const Actor* actor) {
          DT_ASSIGN_OR_RETURN_RESPONSE(int64_t id, PathId(req, "id"));
          DT_ASSIGN_OR_RETURN_RESPONSE(JsonInput in, JsonInput::Parse(req));
          std::string recognition = in.String("recognition", true).value_or("");
          if (auto st = in.Finish(); !st.ok()) return ErrorResponse(st.error());
          return Respond(RecogniseInitiative(api.ctx(), *actor, id, recognition), 200,
                         PublicInitiativeJson);
        });
}

}  // namespace doithoai::http
