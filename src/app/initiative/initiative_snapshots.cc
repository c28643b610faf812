#include "app/initiative/initiative_snapshots.h"

namespace doithoai {

nlohmann::json Snapshot(const InitiativeCall& c) {
  nlohmann::json criteria = nlohmann::json::array();
  for (const auto& k : c.criteria)
    criteria.push_back({{"name", k.name}, {"max_points", k.max_points}});
  nlohmann::json council = nlohmann::json::array();
  for (UserId u : c.council) council.push_back(u.value);
  return {{"unit_id", c.unit.value},        {"title", c.title},
          {"opens_on", c.opens_on.ToIso()}, {"closes_on", c.closes_on.ToIso()},
          {"criteria", criteria},           {"council", council},
          {"phase", CallPhaseName(c.phase)}};
}

nlohmann::json Snapshot(const Initiative& i) {
  return {{"call_id", i.call},
          {"title", i.title},
          {"field", InitiativeFieldName(i.field)},
          {"unit", i.unit},
          {"status", InitiativeStatusName(i.status)},
          {"screening_note", i.screening_note},
          {"recognition", i.recognition}};
}

nlohmann::json Snapshot(const Scorecard& s) {
  return {{"initiative_id", s.initiative}, {"points", s.points}, {"comment", s.comment}};
}

}  // namespace doithoai
