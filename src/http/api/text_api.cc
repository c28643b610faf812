// Staff routes for text intelligence (issue 5): grouping proposals and the coordinator's
// decisions on them, staff search, and each unit's routing table.
#include "app/text/routing_table.h"
#include "app/text/text_services.h"
#include "domain/access/rule_roles.h"
#include "http/api/api.h"
#include "http/json_codecs.h"
#include "http/json_input.h"
#include "text/topics.h"

namespace doithoai::http {
namespace {

json IssueRefJson(const std::optional<ProposalIssue>& i) {
  if (!i) return nullptr;
  return {{"id", i->id.value},
          {"dialogue_id", i->dialogue.value},
          {"year", i->year},
          {"title", i->title},
          {"answered", i->answered}};
}

// Question texts only: a proposal never shows who asked.
// One page of them: `offset`, `limit`.
json ProposalsJson(const GroupingProposals& p, size_t offset, size_t limit) {
  json items = json::array();
  for (size_t i = offset; i < p.items.size() && i < offset + limit; ++i) {
    const GroupingProposal& g = p.items[i];
    json members = json::array(), ids = json::array();
    for (const auto& q : g.members) {
      ids.push_back(q.id.value);
      members.push_back({{"id", q.id.value},
                         {"tracking_code", q.tracking_code},
                         {"text", q.text},
                         {"screening", ScreeningName(q.screening)}});
    }
    items.push_back({{"question_ids", ids},
                     {"questions", members},
                     {"confidence", g.confidence},
                     {"suggested_title", g.suggested_title},
                     {"issue", IssueRefJson(g.issue)},
                     {"last_year_issue", IssueRefJson(g.last_year)}});
  }
  return {{"dialogue_id", p.dialogue.value},
          {"last_year_dialogue_id", p.last_year ? json(p.last_year->value) : json(nullptr)},
          {"ungrouped", p.ungrouped},
          {"stale", p.stale},
          {"items", items},
          {"total", p.items.size()}};
}

json DecisionJson(const GroupingDecision& d) {
  return {{"id", d.id},
          {"verdict", GroupingVerdictName(d.verdict)},
          {"question_ids", d.members},
          {"parts", d.parts}};
}

json IssueCreatedJson(const Issue& i) {
  return {{"id", i.id.value}, {"dialogue_id", i.dialogue.value}, {"title", i.title}};
}

const char* KindName(text::DocKind k) {
  switch (k) {
    case text::DocKind::kQuestion:
      return "question";
    case text::DocKind::kAnswer:
      return "answer";
    case text::DocKind::kDocument:
      return "document";
    case text::DocKind::kTask:
      return "task";
  }
  return "question";
}

json StaffSearchJson(const StaffSearchPage& p) {
  json items = json::array();
  for (const auto& i : p.items) {
    items.push_back({{"kind", KindName(i.kind)},
                     {"id", i.id},
                     {"dialogue_id", i.dialogue.value},
                     {"issue_id", i.issue ? json(i.issue->value) : json(nullptr)},
                     {"document_id", i.document ? json(*i.document) : json(nullptr)},
                     {"title", i.title},
                     {"tracking_code", i.tracking_code},
                     {"status", i.status},
                     {"snippet", i.snippet},
                     {"score", i.score}});
  }
  return {{"items", items}, {"total", p.total}, {"relaxed", p.relaxed}};
}

json RoutingTableJson(const RoutingTableView& v) {
  json rows = json::array();
  for (const auto& r : v.rows) {
    auto index = text::TopicIndex(r.topic);
    json agencies = json::array();
    for (const auto& a : r.agencies) agencies.push_back({{"id", a.id.value}, {"name", a.name}});
    rows.push_back({{"topic", r.topic},
                    {"name", std::string(text::TopicCatalogue()[*index].name)},
                    {"agencies", agencies}});
  }
  return {{"unit", {{"id", v.unit.id.value}, {"name", v.unit.name}}},
          {"source", v.source},
          {"rows", rows}};
}

// A POST on /api/dialogues/{id}/grouping-proposals/…: the dialogue id and the body.
template <class Verb>
Handler ProposalVerb(Api& api, Verb verb) {
  return [&api, verb](const HttpRequest& req, const Actor* actor) {
    DT_ASSIGN_OR_RETURN_RESPONSE(int64_t id, PathId(req, "id"));
    DT_ASSIGN_OR_RETURN_RESPONSE(JsonInput in, JsonInput::Parse(req));
    return verb(api.ctx(), *actor, DialogueId(id), in);
  };
}

std::vector<int64_t> Ids(std::optional<std::vector<int64_t>> v) {
  return v.value_or(std::vector<int64_t>{});
}

// {"rules": [{"topic": "viec-lam", "agency_ids": [3, 5]}, …]}; type mistakes name the field.
Result<std::vector<RoutingRuleInput>> ParseRules(const HttpRequest& req) {
  DT_ASSIGN_OR_RETURN(JsonInput in, JsonInput::Parse(req));  // limits, UTF-8, depth, shape
  const json& body = in.Raw();
  if (!body.contains("rules")) return Error::Invalid("rules", "bắt buộc");
  const json& rules = body["rules"];
  std::vector<FieldError> wrong;
  std::vector<RoutingRuleInput> out;
  if (!rules.is_array()) {
    wrong.push_back({"rules", "phải là một mảng"});
  } else {
    for (size_t i = 0; i < rules.size(); ++i) {
      std::string f = "rules[" + std::to_string(i) + "]";
      const json& r = rules[i];
      RoutingRuleInput rule;
      if (!r.is_object()) {
        wrong.push_back({f, "phải là một đối tượng"});
        continue;
      }
      if (!r.contains("topic") || !r["topic"].is_string())
        wrong.push_back({f + ".topic", "phải là chuỗi"});
      else
        rule.topic = r["topic"].get<std::string>();
      if (!r.contains("agency_ids") || !r["agency_ids"].is_array()) {
        wrong.push_back({f + ".agency_ids", "phải là mảng số nguyên"});
      } else {
        for (size_t j = 0; j < r["agency_ids"].size(); ++j) {
          const json& a = r["agency_ids"][j];
          if (!a.is_number_integer())
            wrong.push_back({f + ".agency_ids[" + std::to_string(j) + "]", "phải là số nguyên"});
          else
            rule.agency_ids.push_back(a.get<int64_t>());
        }
      }
      out.push_back(std::move(rule));
    }
  }
  if (!wrong.empty())
    return Error(ErrorCode::kMalformed, "Sai kiểu dữ liệu: " + wrong.front().field, wrong);
  return out;
}

}  // namespace

void RegisterTextRoutes(Router& r, Api& api) {
  r.Add(Method::kGet, "/api/dialogues/{id}/grouping-proposals", Access::kStaff, kCoordinateRoles,
        [&api](const HttpRequest& req, const Actor* actor) {
          DT_ASSIGN_OR_RETURN_RESPONSE(int64_t id, PathId(req, "id"));
          DT_ASSIGN_OR_RETURN_RESPONSE(int64_t limit, QueryInt(req, "limit", 50, 1, 200));
          DT_ASSIGN_OR_RETURN_RESPONSE(int64_t offset, QueryInt(req, "offset", 0, 0, 10000000));
          return Respond(api.text().proposer.Propose(*actor, DialogueId(id)), 200,
                         [&](const GroupingProposals& p) {
                           return ProposalsJson(p, static_cast<size_t>(offset),
                                                static_cast<size_t>(limit));
                         });
        });
  r.Add(Method::kPost, "/api/dialogues/{id}/grouping-proposals/accept", Access::kStaff,
        kCoordinateRoles,
        ProposalVerb(api, [](Context& ctx, const Actor& actor, DialogueId d, JsonInput& in) {
          AcceptProposalInput a;
          a.question_ids = Ids(in.IntArray("question_ids", true));
          a.title = in.String("title").value_or("");
          a.issue_id = in.Int("issue_id");
          if (auto st = in.Finish(); !st.ok()) return ErrorResponse(st.error());
          return Respond(AcceptProposal(ctx, actor, d, a), 201, IssueCreatedJson);
        }));
  r.Add(Method::kPost, "/api/dialogues/{id}/grouping-proposals/reject", Access::kStaff,
        kCoordinateRoles,
        ProposalVerb(api, [](Context& ctx, const Actor& actor, DialogueId d, JsonInput& in) {
          auto ids = Ids(in.IntArray("question_ids", true));
          if (auto st = in.Finish(); !st.ok()) return ErrorResponse(st.error());
          return Respond(RejectProposal(ctx, actor, d, ids), 201, DecisionJson);
        }));
  r.Add(Method::kPost, "/api/dialogues/{id}/grouping-proposals/split", Access::kStaff,
        kCoordinateRoles,
        ProposalVerb(api, [](Context& ctx, const Actor& actor, DialogueId d, JsonInput& in) {
          auto ids = Ids(in.IntArray("question_ids", true));
          auto remove = Ids(in.IntArray("remove_ids", true));
          if (auto st = in.Finish(); !st.ok()) return ErrorResponse(st.error());
          return Respond(SplitProposal(ctx, actor, d, ids, remove), 201, DecisionJson);
        }));
  r.Add(Method::kPost, "/api/dialogues/{id}/grouping-proposals/merge", Access::kStaff,
        kCoordinateRoles,
        ProposalVerb(api, [](Context& ctx, const Actor& actor, DialogueId d, JsonInput& in) {
          auto ids = Ids(in.IntArray("question_ids", true));
          auto other = Ids(in.IntArray("other_question_ids", true));
          if (auto st = in.Finish(); !st.ok()) return ErrorResponse(st.error());
          return Respond(MergeProposals(ctx, actor, d, ids, other), 201, DecisionJson);
        }));
  r.Add(Method::kGet, "/api/staff/search", Access::kStaff,
        [&api](const HttpRequest& req, const Actor* actor) {
          StaffSearchInput in;
          in.q = req.Query("q").value_or("");
          DT_ASSIGN_OR_RETURN_RESPONSE(int64_t limit, QueryInt(req, "limit", 20, 1, 100));
          DT_ASSIGN_OR_RETURN_RESPONSE(int64_t offset, QueryInt(req, "offset", 0, 0, 1000));
          in.limit = static_cast<size_t>(limit);
          in.offset = static_cast<size_t>(offset);
          if (req.Query("dialogue_id")) {
            DT_ASSIGN_OR_RETURN_RESPONSE(int64_t d, QueryInt(req, "dialogue_id", 0, 1, INT64_MAX));
            in.dialogue = DialogueId(d);
          }
          if (req.Query("agency_id")) {
            DT_ASSIGN_OR_RETURN_RESPONSE(int64_t a, QueryInt(req, "agency_id", 0, 1, INT64_MAX));
            in.agency = AgencyId(a);
          }
          if (auto kind = req.Query("kind")) {
            for (auto k : {text::DocKind::kQuestion, text::DocKind::kAnswer,
                           text::DocKind::kDocument, text::DocKind::kTask}) {
              if (*kind == KindName(k)) in.kind = k;
            }
            if (!in.kind)
              return ErrorResponse(
                  Error::Invalid("kind", "chỉ nhận question, answer, document hoặc task"));
          }
          if (auto s = req.Query("status")) in.status = std::string(*s);
          if (auto s = req.Query("from")) in.from = std::string(*s);
          if (auto s = req.Query("to")) in.to = std::string(*s);
          return Respond(api.text().staff_search.Search(*actor, in), 200, StaffSearchJson);
        });
  r.Add(Method::kGet, "/api/units/{id}/routing-table", Access::kStaff,
        kCoordinateRoles | kAdministerRoles, [&api](const HttpRequest& req, const Actor* actor) {
          DT_ASSIGN_OR_RETURN_RESPONSE(int64_t id, PathId(req, "id"));
          return Respond(GetRoutingTable(api.ctx(), *actor, UnitId(id)), 200, RoutingTableJson);
        });
  r.Add(Method::kPut, "/api/units/{id}/routing-table", Access::kStaff,
        kCoordinateRoles | kAdministerRoles, [&api](const HttpRequest& req, const Actor* actor) {
          DT_ASSIGN_OR_RETURN_RESPONSE(int64_t id, PathId(req, "id"));
          DT_ASSIGN_OR_RETURN_RESPONSE(auto rules, ParseRules(req));
          return Respond(SetRoutingTable(api.ctx(), *actor, UnitId(id), rules), 200,
                         RoutingTableJson);
        });
}

}  // namespace doithoai::http
