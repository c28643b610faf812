// POST /api/agencies/match: the bodies a document names, matched to a unit's agencies for the
// import preview (issue 11, item 3; app/document/match_agencies.h).
#include "app/document/match_agencies.h"
#include "domain/access/rule_roles.h"
#include "http/api/api.h"
#include "http/json_input.h"

namespace doithoai::http {

using json = nlohmann::json;
namespace {

// kMaxMatchNames names of kMaxMatchNameLength characters, up to 3 bytes each, as JSON.
constexpr size_t kMatchBodyLimit = size_t{256} << 10;

json CandidateJson(const MatchCandidate& c) {
  return {{"agency_id", c.agency.id.value},
          {"unit_id", c.agency.unit.value},
          {"name", c.agency.name},
          {"score", c.score}};
}

json NamedMatchJson(const NamedAgencyMatch& n) {
  const AgencyMatch& m = n.match;
  json out = {{"written", n.name}, {"reason", m.reason}};
  json candidates = json::array();
  for (const auto& c : m.candidates) candidates.push_back(CandidateJson(c));
  switch (m.kind) {
    case AgencyMatch::Kind::kMatched:
      out["agency_id"] = m.candidates[0].agency.id.value;
      out["unit_id"] = m.candidates[0].agency.unit.value;
      out["name"] = m.candidates[0].agency.name;
      out["score"] = m.score;
      break;
    case AgencyMatch::Kind::kGroup:
      out["group"] = true;
      out["choose"] = m.choose;
      out["candidates"] = candidates;
      break;
    case AgencyMatch::Kind::kUnsure:
      out["unsure"] = true;
      out["candidates"] = candidates;
      break;
  }
  return out;
}

HttpResponse MatchHandler(Api& api, const HttpRequest& req, const Actor& actor) {
  DT_ASSIGN_OR_RETURN_RESPONSE(JsonInput in, JsonInput::Parse(req, kMatchBodyLimit));
  auto unit = in.Int("unit_id", true);
  auto names = in.StringArray("names", true);
  if (auto st = in.Finish(); !st.ok()) return ErrorResponse(st.error());
  return Respond(MatchAgencyNames(api.ctx(), actor, UnitId(*unit), *names), 200,
                 [](const std::vector<NamedAgencyMatch>& list) {
                   json items = json::array();
                   for (const auto& n : list) items.push_back(NamedMatchJson(n));
                   return json{{"items", items}};
                 });
}

}  // namespace

void RegisterAgencyMatchRoutes(Router& r, Api& api) {
  r.Add(Method::kPost, "/api/agencies/match", Access::kStaff, kRecordDocumentRoles,
        [&api](const HttpRequest& req, const Actor* actor) {
          return MatchHandler(api, req, *actor);
        });
}

}  // namespace doithoai::http
