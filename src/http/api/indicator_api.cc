// Routes of youth-development indicators (C9): programmes and their indicators, reporting
// rounds (open, re-open, exceptions), values by form and by XLSX upload, the values
// template, the round dashboard, one indicator rolled up per unit, and the public progress.
// Handlers parse, call one use case, serialise.
#include "app/indicator/indicator_json.h"
#include "app/indicator/indicators.h"
#include "core/json_values.h"
#include "documents/render/indicator_xlsx.h"
#include "domain/access/rule_roles.h"
#include "http/api/api.h"
#include "http/api/indicator_report_routes.h"
#include "http/json_input.h"
#include "import/indicator_sheet.h"

namespace doithoai::http {
namespace {

using nlohmann::json;

json CompletenessJson(const Completeness& c) {
  return {{"expected", c.expected}, {"reported", c.reported}, {"on_time", c.on_time}};
}

json PointsJson(const std::vector<YearTarget>& points) {
  json out = json::array();
  for (const auto& p : points) out.push_back({{"year", p.year}, {"value", p.value}});
  return out;
}

json SeriesJson(const IndicatorSeries& s) {
  return {{"indicator", IndicatorJson(s.indicator)},
          {"value", OptNumber(s.value)},
          {"numerator", s.aggregate.numerator},
          {"denominator", s.aggregate.denominator},
          {"reporting_units", s.aggregate.reporting_units},
          {"progress", ProgressJson(s.progress)},
          {"history", PointsJson(s.history)},
          {"trajectory", PointsJson(s.trajectory)}};
}

json UnitBrief(const Unit& u) {
  return {{"id", u.id.value},
          {"code", u.code},
          {"name", u.name},
          {"level", UnitLevelName(u.level)},
          {"parent_id", IdOrNull(u.parent)}};
}

json DashboardJson(const RoundDashboardView& d, Date today) {
  json round = RoundJson(d.round);
  round["phase"] = RoundPhaseName(d.phase);
  json levels = json::array();
  for (int l = 0; l < 4; ++l) {
    if (d.by_level[l].expected == 0 && d.by_level[l].reported == 0) continue;
    json c = CompletenessJson(d.by_level[l]);
    c["level"] = UnitLevelName(static_cast<UnitLevel>(l));
    levels.push_back(c);
  }
  json units = json::array();
  for (const auto& u : d.units) {
    json j = UnitBrief(u.unit);
    j["own"] = CompletenessJson(u.own);
    j["subtree"] = CompletenessJson(u.subtree);
    units.push_back(j);
  }
  json indicators = json::array();
  for (const auto& s : d.indicators) indicators.push_back(SeriesJson(s));
  json exceptions = json::array();
  for (const auto& e : d.exceptions) exceptions.push_back(ExceptionJson(e));
  return {{"programme", ProgrammeJson(d.programme)},
          {"round", round},
          {"today", today.ToIso()},
          {"by_level", levels},
          {"units", units},
          {"indicators", indicators},
          {"exceptions", exceptions}};
}

// An Appendix II task beside its indicator; `percent` is the latest report's (0 without one).
json IndicatorTaskJson(const IndicatorTask& t) {
  const Task& task = t.task;
  return {{"id", task.id.value},
          {"content", task.content},
          {"lead", {{"agency_id", IdOrNull(task.lead.agency)}, {"name", task.lead.name}}},
          {"deadline_text", task.deadline.text},
          {"status", TaskStatusName(t.status)},
          {"status_label", TaskStatusLabel(t.status)},
          {"percent", task.progress.empty() ? 0 : task.progress.back().percent},
          {"document_id", task.document.value},
          {"number_symbol", t.number_symbol}};
}

json ProgrammeViewJson(const ProgrammeView& v) {
  json inds = json::array();
  for (const auto& i : v.indicators) {
    json j = IndicatorJson(i);
    json ids = json::array();
    json tasks = json::array();
    if (auto it = v.tasks.find(i.id); it != v.tasks.end()) {
      for (const auto& t : it->second) {
        ids.push_back(t.task.id.value);
        tasks.push_back(IndicatorTaskJson(t));
      }
    }
    j["task_ids"] = ids;
    j["tasks"] = tasks;
    json national = nullptr;
    if (auto it = v.adopted.find(i.id); it != v.adopted.end()) {
      auto own = FinalTarget(i), floor = FinalTarget(it->second);
      national = {
          {"id", it->second.id.value},
          {"code", it->second.code},
          {"final_target", floor ? json(floor->value) : json(nullptr)},
          {"stricter", own && floor ? json(IsAtLeastAsStrict(i.direction, own->value, floor->value))
                                    : json(nullptr)}};
    }
    j["national"] = national;
    inds.push_back(j);
  }
  json rounds = json::array();
  for (const auto& r : v.rounds) rounds.push_back(RoundJson(r));
  json p = ProgrammeJson(v.programme);
  p["unit"] = {{"id", v.unit.id.value}, {"name", v.unit.name}};
  p["indicators"] = inds;
  p["rounds"] = rounds;
  return p;
}

Result<std::optional<double>> OptionalNumber(const json& o, const char* key,
                                             const std::string& field) {
  if (!o.contains(key) || o[key].is_null()) return std::optional<double>();
  if (!o[key].is_number()) return BadRequest(field, "phải là số");
  return std::optional<double>(o[key].get<double>());
}

Result<int64_t> RequiredInt(const json& o, const char* key, const std::string& field) {
  if (!o.contains(key)) return Error::Invalid(field, "bắt buộc");
  if (!o[key].is_number_integer()) return BadRequest(field, "phải là số nguyên");
  return o[key].get<int64_t>();
}

Result<std::vector<YearTarget>> TargetsOf(const json& body) {
  std::vector<YearTarget> out;
  if (!body.contains("targets")) return out;
  if (!body["targets"].is_array()) return BadRequest("targets", "phải là mảng");
  for (size_t i = 0; i < body["targets"].size(); ++i) {
    const json& t = body["targets"][i];
    std::string f = "targets[" + std::to_string(i) + "]";
    if (!t.is_object()) return BadRequest(f, "phải là đối tượng {year, value}");
    DT_ASSIGN_OR_RETURN(int64_t year, RequiredInt(t, "year", f + ".year"));
    DT_ASSIGN_OR_RETURN(auto value, OptionalNumber(t, "value", f + ".value"));
    if (!value) return Error::Invalid(f + ".value", "bắt buộc");
    out.push_back({static_cast<int>(year), *value});
  }
  return out;
}

Result<std::vector<ValueInput>> ValuesOf(const json& body) {
  if (!body.contains("values")) return Error::Invalid("values", "bắt buộc");
  if (!body["values"].is_array()) return BadRequest("values", "phải là mảng");
  std::vector<ValueInput> out;
  for (size_t i = 0; i < body["values"].size(); ++i) {
    const json& v = body["values"][i];
    std::string f = "values[" + std::to_string(i) + "]";
    if (!v.is_object()) return BadRequest(f, "phải là đối tượng");
    ValueInput in;
    DT_ASSIGN_OR_RETURN(in.indicator_id, RequiredInt(v, "indicator_id", f + ".indicator_id"));
    DT_ASSIGN_OR_RETURN(in.unit_id, RequiredInt(v, "unit_id", f + ".unit_id"));
    DT_ASSIGN_OR_RETURN(in.numerator, OptionalNumber(v, "numerator", f + ".numerator"));
    DT_ASSIGN_OR_RETURN(in.denominator, OptionalNumber(v, "denominator", f + ".denominator"));
    if (v.contains("comment") && !v["comment"].is_null()) {
      if (!v["comment"].is_string()) return BadRequest(f + ".comment", "phải là chuỗi");
      in.comment = v["comment"].get<std::string>();
    }
    out.push_back(std::move(in));
  }
  return out;
}

HttpResponse DefineProgrammeHandler(Api& api, const HttpRequest& req, const Actor& actor) {
  DT_ASSIGN_OR_RETURN_RESPONSE(JsonInput in, JsonInput::Parse(req));
  ProgrammeInput p;
  p.unit_id = in.Int("unit_id", true).value_or(0);
  p.title = in.String("title", true).value_or("");
  p.basis = in.String("basis").value_or("");
  p.start_year = static_cast<int>(in.Int("start_year").value_or(2025));
  p.end_year = static_cast<int>(in.Int("end_year").value_or(kHorizonYear));
  p.adopts_id = in.Int("adopts_id");
  p.round_opens_on = in.String("round_opens_on");
  p.round_due_on = in.String("round_due_on");
  if (auto s = in.Finish(); !s.ok()) return ErrorResponse(s.error());
  return Respond(DefineProgramme(api.ctx(), actor, p), 201, ProgrammeJson);
}

Result<IndicatorInput> IndicatorInputOf(const HttpRequest& req) {
  DT_ASSIGN_OR_RETURN(JsonInput in, JsonInput::Parse(req));
  IndicatorInput i;
  i.code = in.String("code", true).value_or("");
  i.name = in.String("name", true).value_or("");
  i.group = in.String("group").value_or("");
  i.measure = in.String("measure", true).value_or("");
  i.kind = in.String("kind").value_or("ratio");
  i.direction = in.String("direction").value_or("at_least");
  i.baseline_year = static_cast<int>(in.Int("baseline_year").value_or(2024));
  i.responsible_agency_id = in.Int("responsible_agency_id");
  i.reporting_level = in.String("reporting_level").value_or("commune");
  i.is_public = in.Bool("is_public").value_or(false);
  i.adopted_from_id = in.Int("adopted_from_id");
  i.values_from_id = in.Int("values_from_id");
  DT_RETURN_IF_ERROR(in.Finish());
  const json& body = in.Raw();
  DT_ASSIGN_OR_RETURN(i.baseline_value, OptionalNumber(body, "baseline_value", "baseline_value"));
  DT_ASSIGN_OR_RETURN(i.targets, TargetsOf(body));
  return i;
}

HttpResponse AddIndicatorHandler(Api& api, const HttpRequest& req, const Actor& actor) {
  DT_ASSIGN_OR_RETURN_RESPONSE(int64_t id, PathId(req, "id"));
  DT_ASSIGN_OR_RETURN_RESPONSE(IndicatorInput i, IndicatorInputOf(req));
  return Respond(AddIndicator(api.ctx(), actor, ProgrammeId(id), i), 201, IndicatorJson);
}

HttpResponse EditIndicatorHandler(Api& api, const HttpRequest& req, const Actor& actor) {
  DT_ASSIGN_OR_RETURN_RESPONSE(int64_t id, PathId(req, "id"));
  DT_ASSIGN_OR_RETURN_RESPONSE(IndicatorInput i, IndicatorInputOf(req));
  return Respond(EditIndicator(api.ctx(), actor, IndicatorId(id), i), 200, IndicatorJson);
}

HttpResponse OpenRoundHandler(Api& api, const HttpRequest& req, const Actor& actor) {
  DT_ASSIGN_OR_RETURN_RESPONSE(int64_t id, PathId(req, "id"));
  DT_ASSIGN_OR_RETURN_RESPONSE(JsonInput in, JsonInput::Parse(req));
  RoundInput r;
  r.period_year = static_cast<int>(in.Int("period_year", true).value_or(0));
  r.opens_on = in.String("opens_on", true).value_or("");
  r.due_on = in.String("due_on", true).value_or("");
  r.unit_ids = in.IntArray("unit_ids").value_or(std::vector<int64_t>{});
  if (auto s = in.Finish(); !s.ok()) return ErrorResponse(s.error());
  return Respond(OpenRound(api.ctx(), actor, ProgrammeId(id), r), 201, RoundJson);
}

HttpResponse ImportHandler(Api& api, const HttpRequest& req, const Actor& actor) {
  DT_ASSIGN_OR_RETURN_RESPONSE(int64_t id, PathId(req, "id"));
  if (req.body.size() > api.options().upload_limit_bytes) {
    return ErrorResponse(Error::TooLarge(
        "file", "tệp vượt quá giới hạn " + std::to_string(api.options().upload_limit_bytes >> 20) +
                    " MiB"));
  }
  auto filename = req.Query("filename");
  if (!filename || filename->empty()) return ErrorResponse(BadRequest("filename", "bắt buộc"));
  import::ReadLimits limits;
  limits.max_bytes = api.options().upload_limit_bytes;
  limits.max_columns = 200;  // 30 ratio indicators take 60 columns
  DT_ASSIGN_OR_RETURN_RESPONSE(auto cells, import::ReadIndicatorSheet(req.body, *filename, limits));
  std::vector<ValueInput> values;
  values.reserve(cells.size());
  for (auto& c : cells) {
    ValueInput v;
    v.indicator_code = c.indicator_code;
    v.unit_code = c.unit_code;
    v.numerator = c.numerator;
    v.denominator = c.denominator;
    v.comment = c.comment;
    v.fields = {c.numerator_cell, c.unit_cell, c.numerator_cell,
                c.denominator_cell.empty() ? c.numerator_cell : c.denominator_cell, c.comment_cell};
    values.push_back(std::move(v));
  }
  return Respond(
      ReportValues(api.ctx(), actor, RoundId(id), std::move(values), "xlsx:" + *filename), 201,
      [](const ReportOutcome& o) {
        return json{{"saved", o.saved}, {"late", o.late}};
      });
}

HttpResponse TemplateHandler(Api& api, const HttpRequest& req, const Actor& actor) {
  DT_ASSIGN_OR_RETURN_RESPONSE(int64_t id, PathId(req, "id"));
  DT_ASSIGN_OR_RETURN_RESPONSE(RoundSheet s, RoundSheetFor(api.ctx(), actor, RoundId(id)));
  documents::ValueTemplate t;
  t.programme_title = s.programme.title;
  t.period_year = s.round.period_year;
  t.due_on = s.round.due_on.ToVietnamese();
  t.indicators = s.indicators;
  std::map<UnitId, size_t> at;
  for (const auto& u : s.units) {
    at[u.id] = t.units.size();
    t.units.push_back({u.code, u.name, {}});
  }
  for (const auto& v : s.values) {
    if (auto it = at.find(v.unit); it != at.end()) t.units[it->second].values[v.indicator] = v;
  }
  DT_ASSIGN_OR_RETURN_RESPONSE(std::string bytes,
                               documents::RenderSheetsXlsx({documents::ValueTemplateSheet(t)}));
  return FileDownload(std::move(bytes), kXlsxType,
                      "mau-so-lieu-" + std::to_string(s.round.period_year) + ".xlsx");
}

}  // namespace

void RegisterIndicatorRoutes(Router& r, Api& api) {
  auto staff = [&r, &api](Method m, const char* pattern, Roles roles,
                          HttpResponse (*h)(Api&, const HttpRequest&, const Actor&)) {
    r.Add(m, pattern, Access::kStaff, roles,
          [&api, h](const HttpRequest& req, const Actor* actor) { return h(api, req, *actor); });
  };
  r.Add(Method::kGet, "/api/indicator-programmes", Access::kStaff, kViewIndicatorsRoles,
        [&api](const HttpRequest&, const Actor* actor) {
          json items = json::array();
          for (const auto& p : ListProgrammes(api.ctx(), *actor)) items.push_back(ProgrammeJson(p));
          return JsonResponse(200, json{{"items", items}, {"total", items.size()}});
        });
  staff(Method::kPost, "/api/indicator-programmes", kManageIndicatorsRoles, DefineProgrammeHandler);
  r.Add(Method::kGet, "/api/indicator-programmes/{id}", Access::kStaff, kViewIndicatorsRoles,
        [&api](const HttpRequest& req, const Actor* actor) {
          DT_ASSIGN_OR_RETURN_RESPONSE(int64_t id, PathId(req, "id"));
          return Respond(GetProgramme(api.ctx(), *actor, ProgrammeId(id)), 200, ProgrammeViewJson);
        });
  staff(Method::kPost, "/api/indicator-programmes/{id}/indicators", kManageIndicatorsRoles,
        AddIndicatorHandler);
  staff(Method::kPost, "/api/indicator-programmes/{id}/rounds", kManageIndicatorsRoles,
        OpenRoundHandler);
  staff(Method::kPut, "/api/indicators/{id}", kManageIndicatorsRoles, EditIndicatorHandler);
  r.Add(Method::kPost, "/api/indicators/{id}/tasks", Access::kStaff, kManageIndicatorsRoles,
        [&api](const HttpRequest& req, const Actor* actor) {
          DT_ASSIGN_OR_RETURN_RESPONSE(int64_t id, PathId(req, "id"));
          DT_ASSIGN_OR_RETURN_RESPONSE(JsonInput in, JsonInput::Parse(req));
          int64_t task = in.Int("task_id", true).value_or(0);
          if (auto s = in.Finish(); !s.ok()) return ErrorResponse(s.error());
          auto s = LinkIndicatorTask(api.ctx(), *actor, IndicatorId(id), TaskId(task));
          if (!s.ok()) return ErrorResponse(s.error());
          return JsonResponse(201, json{{"indicator_id", id}, {"task_id", task}});
        });
  r.Add(Method::kDelete, "/api/indicators/{id}/tasks/{task_id}", Access::kStaff,
        kManageIndicatorsRoles, [&api](const HttpRequest& req, const Actor* actor) {
          DT_ASSIGN_OR_RETURN_RESPONSE(int64_t id, PathId(req, "id"));
          DT_ASSIGN_OR_RETURN_RESPONSE(int64_t task, PathId(req, "task_id"));
          auto s = UnlinkIndicatorTask(api.ctx(), *actor, IndicatorId(id), TaskId(task));
          if (!s.ok()) return ErrorResponse(s.error());
          return JsonResponse(200, json{{"indicator_id", id}, {"task_id", task}});
        });
  r.Add(Method::kGet, "/api/indicator-rounds/{id}", Access::kStaff, kViewIndicatorsRoles,
        [&api](const HttpRequest& req, const Actor* actor) {
          DT_ASSIGN_OR_RETURN_RESPONSE(int64_t id, PathId(req, "id"));
          Date today = api.ctx().clock.Today();
          return Respond(RoundDashboard(api.ctx(), *actor, RoundId(id)), 200,
                         [today](const RoundDashboardView& d) { return DashboardJson(d, today); });
        });
  r.Add(Method::kPost, "/api/indicator-rounds/{id}/reopen", Access::kStaff, kManageIndicatorsRoles,
        [&api](const HttpRequest& req, const Actor* actor) {
          DT_ASSIGN_OR_RETURN_RESPONSE(int64_t id, PathId(req, "id"));
          DT_ASSIGN_OR_RETURN_RESPONSE(JsonInput in, JsonInput::Parse(req));
          std::string until = in.String("until", true).value_or("");
          if (auto s = in.Finish(); !s.ok()) return ErrorResponse(s.error());
          return Respond(ReopenRound(api.ctx(), *actor, RoundId(id), until), 200, RoundJson);
        });
  r.Add(Method::kPost, "/api/indicator-rounds/{id}/exceptions", Access::kStaff,
        kManageIndicatorsRoles, [&api](const HttpRequest& req, const Actor* actor) {
          DT_ASSIGN_OR_RETURN_RESPONSE(int64_t id, PathId(req, "id"));
          DT_ASSIGN_OR_RETURN_RESPONSE(JsonInput in, JsonInput::Parse(req));
          ExceptionInput e;
          e.unit_id = in.Int("unit_id", true).value_or(0);
          e.until = in.String("until", true).value_or("");
          e.reason = in.String("reason", true).value_or("");
          if (auto s = in.Finish(); !s.ok()) return ErrorResponse(s.error());
          return Respond(GrantException(api.ctx(), *actor, RoundId(id), e), 201, ExceptionJson);
        });
  r.Add(Method::kPost, "/api/indicator-rounds/{id}/values", Access::kStaff, kReportIndicatorsRoles,
        [&api](const HttpRequest& req, const Actor* actor) {
          DT_ASSIGN_OR_RETURN_RESPONSE(int64_t id, PathId(req, "id"));
          DT_ASSIGN_OR_RETURN_RESPONSE(JsonInput in, JsonInput::Parse(req));
          DT_ASSIGN_OR_RETURN_RESPONSE(auto values, ValuesOf(in.Raw()));
          return Respond(ReportValues(api.ctx(), *actor, RoundId(id), std::move(values), "form"),
                         201, [](const ReportOutcome& o) {
                           return json{{"saved", o.saved}, {"late", o.late}};
                         });
        });
  staff(Method::kPost, "/api/indicator-rounds/{id}/imports", kReportIndicatorsRoles, ImportHandler);
  staff(Method::kGet, "/api/indicator-rounds/{id}/template.xlsx", kViewIndicatorsRoles,
        TemplateHandler);
  r.Add(Method::kGet, "/api/indicator-rounds/{id}/indicators/{indicator_id}", Access::kStaff,
        kViewIndicatorsRoles, [&api](const HttpRequest& req, const Actor* actor) {
          DT_ASSIGN_OR_RETURN_RESPONSE(int64_t id, PathId(req, "id"));
          DT_ASSIGN_OR_RETURN_RESPONSE(int64_t ind, PathId(req, "indicator_id"));
          return Respond(IndicatorRollUpView(api.ctx(), *actor, RoundId(id), IndicatorId(ind)), 200,
                         [](const RollUpView& v) {
                           json units = json::array();
                           for (const auto& u : v.units) {
                             json j = UnitBrief(u.unit);
                             j["value"] = OptNumber(u.value);
                             j["numerator"] = u.aggregate.numerator;
                             j["denominator"] = u.aggregate.denominator;
                             j["reporting_units"] = u.aggregate.reporting_units;
                             j["own"] = u.own ? ValueJson(*u.own, v.round) : json(nullptr);
                             units.push_back(j);
                           }
                           return json{{"indicator", IndicatorJson(v.indicator)},
                                       {"round", RoundJson(v.round)},
                                       {"units", units}};
                         });
        });
  r.Add(Method::kGet, "/api/public/indicators", Access::kPublic,
        [&api](const HttpRequest&, const Actor*) {
          return Respond(PublicIndicators(api.ctx()), 200,
                         [](const std::vector<PublicProgramme>& ps) {
                           json items = json::array();
                           for (const auto& p : ps) {
                             json inds = json::array();
                             for (const auto& s : p.indicators) inds.push_back(SeriesJson(s));
                             items.push_back({{"programme", ProgrammeJson(p.programme)},
                                              {"unit_name", p.unit_name},
                                              {"indicators", inds}});
                           }
                           return json{{"items", items}};
                         });
        });
  RegisterIndicatorReportRoutes(r, api);
}

}  // namespace doithoai::http
