#include "app/text/routing_table.h"

#include <algorithm>
#include <set>

#include "app/audit_trail.h"
#include "domain/access/permissions.h"
#include "text/topics.h"

namespace doithoai {
namespace {

Result<Unit> ManagedUnit(Tx& tx, const Actor& actor, UnitId id) {
  auto unit = tx.units().Find(id);
  if (!unit) return Error::NotFound("đơn vị");
  if (!CanCoordinate(actor, unit->path) && !CanAdminister(actor, unit->path))
    return Error::Forbidden();
  return *unit;
}

RoutingTableView ViewOf(Tx& tx, const Unit& unit) {
  RoutingTableView view;
  view.unit = unit;
  auto rules = EffectiveRoutingTable(tx, unit, &view.source);
  for (const text::Topic& t : text::TopicCatalogue()) {
    RoutingTableRow row{std::string(t.code), {}};
    for (const auto& r : rules) {
      if (r.topic != t.code) continue;
      for (AgencyId a : r.agencies) {
        if (auto agency = tx.agencies().Find(a)) row.agencies.push_back(*agency);
      }
    }
    view.rows.push_back(std::move(row));
  }
  return view;
}

nlohmann::json RulesJson(const std::vector<RoutingRule>& rules) {
  nlohmann::json out = nlohmann::json::array();
  for (const auto& r : rules) {
    nlohmann::json ids = nlohmann::json::array();
    for (AgencyId a : r.agencies) ids.push_back(a.value);
    out.push_back({{"topic", r.topic}, {"agency_ids", ids}});
  }
  return out;
}

}  // namespace

std::vector<RoutingRule> EffectiveRoutingTable(Tx& tx, const Unit& unit, std::string* source) {
  auto stored = tx.text().RoutingTable(unit.id);
  if (!stored.empty()) {
    if (source) *source = "stored";
    return stored;
  }
  std::vector<RoutingRule> out;
  if (unit.code == "hai-phong") {
    for (const auto& [topic, codes] : text::HaiPhongRoutingTable()) {
      RoutingRule rule{topic, {}};
      for (const auto& code : codes) {
        if (auto a = tx.agencies().FindByCode(unit.id, code)) rule.agencies.push_back(a->id);
      }
      if (!rule.agencies.empty()) out.push_back(std::move(rule));
    }
  }
  if (source) *source = out.empty() ? "none" : "demo";
  return out;
}

Result<RoutingTableView> GetRoutingTable(Context& ctx, const Actor& actor, UnitId id) {
  return ReadValue<RoutingTableView>(ctx.store, [&](Tx& tx) -> Result<RoutingTableView> {
    DT_ASSIGN_OR_RETURN(Unit unit, ManagedUnit(tx, actor, id));
    return ViewOf(tx, unit);
  });
}

Result<RoutingTableView> SetRoutingTable(Context& ctx, const Actor& actor, UnitId id,
                                         const std::vector<RoutingRuleInput>& rules) {
  Instant now = ctx.clock.Now();
  return WriteValue<RoutingTableView>(ctx.store, [&](Tx& tx) -> Result<RoutingTableView> {
    DT_ASSIGN_OR_RETURN(Unit unit, ManagedUnit(tx, actor, id));
    FieldErrors errors;
    if (rules.size() > text::kTopicCount) errors.Add("rules", "quá nhiều dòng");
    std::set<std::string> topics;
    std::vector<RoutingRule> out;
    for (size_t i = 0; i < rules.size() && i < text::kTopicCount; ++i) {
      std::string f = "rules[" + std::to_string(i) + "]";
      const auto& in = rules[i];
      if (!text::TopicIndex(in.topic))
        errors.Add(f + ".topic", "không phải mã chủ đề trong danh mục");
      else if (!topics.insert(in.topic).second)
        errors.Add(f + ".topic", "chủ đề bị lặp");
      if (in.agency_ids.empty() || in.agency_ids.size() > kRoutingRuleMaxAgencies) {
        errors.Add(f + ".agency_ids",
                   "chọn từ 1 đến " + std::to_string(kRoutingRuleMaxAgencies) + " cơ quan");
      }
      RoutingRule rule{in.topic, {}};
      std::set<int64_t> seen;
      for (size_t j = 0; j < in.agency_ids.size() && j < kRoutingRuleMaxAgencies; ++j) {
        std::string fj = f + ".agency_ids[" + std::to_string(j) + "]";
        auto a = tx.agencies().Find(AgencyId(in.agency_ids[j]));
        if (!a || a->unit != unit.id || !a->active) {
          errors.Add(fj, "không phải cơ quan đang hoạt động của đơn vị này");
        } else if (!seen.insert(a->id.value).second) {
          errors.Add(fj, "cơ quan bị lặp");
        } else {
          rule.agencies.push_back(a->id);
        }
      }
      out.push_back(std::move(rule));
    }
    if (!errors.empty()) return errors.ToError();
    auto before = RulesJson(tx.text().RoutingTable(unit.id));
    DT_RETURN_IF_ERROR(tx.text().SetRoutingTable(unit.id, out));
    DT_RETURN_IF_ERROR(Record(tx, now, actor.user, "routing_table.updated", "unit", unit.id.value,
                              before, RulesJson(out)));
    return ViewOf(tx, unit);
  });
}

}  // namespace doithoai
