#include "app/indicator/indicator_json.h"

#include "core/json_values.h"
#include "domain/indicator/round_schedule.h"

namespace doithoai {

using nlohmann::json;

json OptNumber(const std::optional<double>& v) { return v ? json(*v) : json(nullptr); }

namespace {
json OptBool(const std::optional<bool>& v) { return v ? json(*v) : json(nullptr); }
}  // namespace

json ProgrammeJson(const Programme& p) {
  return {{"id", p.id.value},
          {"unit_id", p.unit.value},
          {"title", p.title},
          {"basis", p.basis},
          {"start_year", p.start_year},
          {"end_year", p.end_year},
          {"adopts_id", IdOrNull(p.adopts)},
          {"round_schedule",
           p.schedule.IsSet()
               ? json{{"opens_on", MonthDayText(p.schedule.opens_month, p.schedule.opens_day)},
                      {"due_on", MonthDayText(p.schedule.due_month, p.schedule.due_day)}}
               : json(nullptr)},
          {"created_at", p.created_at.ToIso()}};
}

json IndicatorJson(const Indicator& i) {
  json targets = json::array();
  for (const auto& t : i.targets) targets.push_back({{"year", t.year}, {"value", t.value}});
  return {{"id", i.id.value},
          {"programme_id", i.programme.value},
          {"code", i.code},
          {"name", i.name},
          {"group", i.group},
          {"measure", i.measure},
          {"kind", IndicatorKindName(i.kind)},
          {"direction", DirectionName(i.direction)},
          {"baseline_year", i.baseline_year},
          {"baseline_value", OptNumber(i.baseline_value)},
          {"targets", targets},
          {"responsible_agency_id", IdOrNull(i.responsible)},
          {"reporting_level", UnitLevelName(i.reporting_level)},
          {"is_public", i.is_public},
          {"adopted_from_id", IdOrNull(i.adopted_from)},
          {"values_from_id", IdOrNull(i.values_from)},
          {"position", i.position}};
}

json RoundJson(const Round& r) {
  return {{"id", r.id.value},
          {"programme_id", r.programme.value},
          {"period_year", r.period_year},
          {"opens_on", r.opens_on.ToIso()},
          {"due_on", r.due_on.ToIso()},
          {"reopened_until", DateOrNull(r.reopened_until)},
          {"unit_count", r.units.size()}};
}

json ExceptionJson(const RoundException& e) {
  return {{"round_id", e.round.value},
          {"unit_id", e.unit.value},
          {"until", e.until.ToIso()},
          {"reason", e.reason},
          {"granted_by", IdOrNull(e.granted_by)}};
}

json ValueJson(const IndicatorValue& v, const Round& r) {
  return {{"indicator_id", v.indicator.value},
          {"unit_id", v.unit.value},
          {"numerator", v.numerator},
          {"denominator", OptNumber(v.denominator)},
          {"comment", v.comment},
          {"entered_on", v.entered_on.ToIso()},
          {"late", !IsOnTime(r, v.entered_on)}};
}

json ProgressJson(const Progress& p) {
  json fin = p.final_target ? json{{"year", p.final_target->year}, {"value", p.final_target->value}}
                            : json(nullptr);
  return {{"year", p.year},
          {"value", OptNumber(p.value)},
          {"target", OptNumber(p.target)},
          {"meets_target", OptBool(p.meets_target)},
          {"final_target", fin},
          {"meets_final", OptBool(p.meets_final)},
          {"share_of_way", OptNumber(p.share_of_way)},
          {"expected_on_path", OptNumber(p.expected_on_path)},
          {"on_track", OptBool(p.on_track)},
          {"needed_per_year", OptNumber(p.needed_per_year)}};
}

}  // namespace doithoai
