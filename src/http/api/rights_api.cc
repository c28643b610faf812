// A youth's rights over their personal data (app/rights/rights.h): public routes under
// /api/my-data, each proven by the tracking code (and the contact, when one was left) in the
// POST body — never in the URL, where logs and histories would keep it — and throttled with
// every other route that takes a code. Nothing here is cached anywhere (no-store). And the
// staff log of those requests.
#include <algorithm>

#include "app/rights/rights.h"
#include "core/json_values.h"
#include "domain/access/data_request_access.h"
#include "http/api/api.h"
#include "http/json_codecs.h"
#include "http/json_input.h"

namespace doithoai::http {
namespace {

json ConsentJson(const Consent& c) {
  const ConsentText& t = ConsentTextOf(c.purpose);
  return {{"purpose", PurposeName(c.purpose)},
          {"required", t.required},
          {"granted", c.granted},
          {"in_force", c.InForce()},
          {"text_version", c.text_version},
          // The words of the version given; only one version exists so far.
          {"text", c.text_version == kConsentTextVersion ? json(t.vi) : json(nullptr)},
          {"decided_at", c.decided_at.ToIso()},
          {"withdrawn_at", InstantOrNull(c.withdrawn_at)}};
}

json DataRequestJson(const DataRequest& r) {
  return {{"id", r.id},
          {"question_id", r.question.value},
          {"kind", RequestKindName(r.kind)},
          {"received_at", r.received_at.ToIso()},
          {"due_on", r.due_on.ToIso()},
          {"answered_at", InstantOrNull(r.answered_at)},
          {"on_time", r.answered_at && r.answered_at->VietnamDate() <= r.due_on},
          {"outcome", RequestOutcomeName(r.outcome)},
          {"detail", r.detail}};
}

json MyDataJson(const MyData& m) {
  const Question& q = m.question;
  json agencies = json::array();
  for (const auto& a : m.handling_agencies)
    agencies.push_back({{"id", a.id.value}, {"name", a.name}});
  json consents = json::array();
  for (const auto& c : m.consents) consents.push_back(ConsentJson(c));
  json requests = json::array();
  for (const auto& r : m.requests) {
    json j = DataRequestJson(r);
    j.erase("question_id");
    requests.push_back(std::move(j));
  }
  json history = json::array();
  for (const auto& e : m.history) {
    history.push_back({{"at", e.at.ToIso()},
                       {"action", e.action},
                       {"by", e.by.empty() ? json(nullptr) : json(e.by)}});
  }
  return {{"tracking_code", q.tracking_code},
          {"controller", m.host_unit},
          {"dialogue", {{"id", q.dialogue.value}, {"title", m.dialogue_title}}},
          {"question",
           {{"text", q.text},
            {"text_erased", q.text.empty()},
            {"asker_name", q.asker_name},
            {"asker_contact", q.asker_contact},
            {"age", q.age ? json(*q.age) : json(nullptr)},
            {"asker_unit", m.asker_unit ? json(*m.asker_unit) : json(nullptr)},
            {"channel", ChannelName(q.channel)},
            {"submitted_at", q.submitted_at.ToIso()},
            {"screening", ScreeningName(q.screening)},
            {"status", PublicStatusName(m.status)},
            {"status_label", PublicStatusLabel(m.status)},
            {"issue_title", m.issue_title ? json(*m.issue_title) : json(nullptr)}}},
          {"handling_agencies", agencies},
          {"consents", consents},
          {"requests", requests},
          {"history", history}};
}

HttpResponse NoStore(HttpResponse res) {
  res.headers.emplace_back("Cache-Control", "no-store");
  return res;
}

// Reads the proof; the caller reads its own fields, then calls in.Finish().
Proof ReadProof(JsonInput& in) {
  Proof p;
  p.tracking_code = in.String("tracking_code", true).value_or("");
  p.contact = in.String("contact").value_or("");
  return p;
}

// The common frame of the public routes: throttle, parse, read, run, answer.
template <class Run>
HttpResponse MyDataRoute(Api& api, const HttpRequest& req, Run run) {
  if (!api.tracking_lookups().Allow(req.client)) {
    return NoStore(ErrorResponse(
        Error(ErrorCode::kRateLimited, "Bạn gửi quá nhiều yêu cầu, vui lòng thử lại sau ít phút")));
  }
  auto in = JsonInput::Parse(req);
  if (!in.ok()) return NoStore(ErrorResponse(in.error()));
  Result<MyData> r = run(*in);
  return NoStore(Respond(r, 200, MyDataJson));
}

// After a change to what may be shown, the derived copies this process holds are dropped
// (other processes follow within their own staleness bounds).
void ForgetDerivedCopies(Api& api) {
  api.search().Invalidate();
  api.text().staff_search.Invalidate();
  api.public_cache().Clear();
}

}  // namespace

void RegisterRightsRoutes(Router& r, Api& api) {
  r.Add(Method::kPost, "/api/my-data", Access::kPublic,
        [&api](const HttpRequest& req, const Actor*) {
          return MyDataRoute(api, req, [&](JsonInput& in) -> Result<MyData> {
            Proof proof = ReadProof(in);
            DT_RETURN_IF_ERROR(in.Finish());
            return SeeMyData(api.ctx(), proof, RequestKind::kAccess);
          });
        });
  r.Add(Method::kPost, "/api/my-data/export", Access::kPublic,
        [&api](const HttpRequest& req, const Actor*) {
          auto res = MyDataRoute(api, req, [&](JsonInput& in) -> Result<MyData> {
            Proof proof = ReadProof(in);
            DT_RETURN_IF_ERROR(in.Finish());
            return SeeMyData(api.ctx(), proof, RequestKind::kExport);
          });
          if (res.status == 200) {
            res.headers.emplace_back("Content-Disposition",
                                     "attachment; filename=\"du-lieu-ca-nhan.json\"");
          }
          return res;
        });
  r.Add(Method::kPost, "/api/my-data/correction", Access::kPublic,
        [&api](const HttpRequest& req, const Actor*) {
          auto res = MyDataRoute(api, req, [&](JsonInput& in) -> Result<MyData> {
            Proof proof = ReadProof(in);
            CorrectionInput c;
            c.asker_name = in.String("asker_name");
            c.asker_contact = in.String("asker_contact");
            if (auto age = in.Int("age"))
              c.age = static_cast<int>(std::clamp<int64_t>(*age, -1, 1000));
            c.text = in.String("text");
            DT_RETURN_IF_ERROR(in.Finish());
            return CorrectMyData(api.ctx(), proof, c);
          });
          if (res.status == 200) ForgetDerivedCopies(api);
          return res;
        });
  r.Add(Method::kPost, "/api/my-data/withdrawal", Access::kPublic,
        [&api](const HttpRequest& req, const Actor*) {
          auto res = MyDataRoute(api, req, [&](JsonInput& in) -> Result<MyData> {
            Proof proof = ReadProof(in);
            std::string purpose = in.String("purpose", true).value_or("");
            DT_RETURN_IF_ERROR(in.Finish());
            return WithdrawConsent(api.ctx(), proof, purpose);
          });
          if (res.status == 200) ForgetDerivedCopies(api);
          return res;
        });
  r.Add(Method::kPost, "/api/my-data/deletion", Access::kPublic,
        [&api](const HttpRequest& req, const Actor*) {
          auto res = MyDataRoute(api, req, [&](JsonInput& in) -> Result<MyData> {
            Proof proof = ReadProof(in);
            bool keep_text = in.Bool("keep_text", true).value_or(false);
            DT_RETURN_IF_ERROR(in.Finish());
            return DeleteMyData(api.ctx(), proof, keep_text);
          });
          if (res.status == 200) ForgetDerivedCopies(api);
          return res;
        });
  r.Add(Method::kGet, "/api/dialogues/{id}/data-requests", Access::kStaff, kReadDataRequestsRoles,
        [&api](const HttpRequest& req, const Actor* actor) {
          DT_ASSIGN_OR_RETURN_RESPONSE(int64_t id, PathId(req, "id"));
          DT_ASSIGN_OR_RETURN_RESPONSE(int64_t limit, QueryInt(req, "limit", 50, 1, 200));
          DT_ASSIGN_OR_RETURN_RESPONSE(int64_t offset, QueryInt(req, "offset", 0, 0, 100000000));
          return Respond(ListDataRequests(api.ctx(), *actor, DialogueId(id), limit, offset), 200,
                         [](const DataRequestPage& p) {
                           json items = json::array();
                           for (const auto& r : p.items) items.push_back(DataRequestJson(r));
                           return json{{"items", items}, {"total", p.total}};
                         });
        });
}

}  // namespace doithoai::http
