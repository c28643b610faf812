#include "domain/indicator/completeness.h"

#include <unordered_map>
#include <unordered_set>

namespace doithoai {

CompletenessView ComputeCompleteness(const UnitTree& tree, const std::vector<UnitId>& round_units,
                                     const std::vector<Indicator>& indicators,
                                     const std::vector<EnteredReport>& reports, Date due_on) {
  CompletenessView v;
  v.own.assign(tree.size(), {});
  std::array<int, 4> per_level{};  // expected indicators for a unit of each level
  std::unordered_map<IndicatorId, UnitLevel> level_of;
  for (const auto& ind : indicators) {
    per_level[static_cast<int>(ind.reporting_level)]++;
    level_of[ind.id] = ind.reporting_level;
  }
  std::vector<char> in_round(tree.size(), 0);
  for (UnitId u : round_units) {
    auto i = tree.IndexOf(u);
    if (!i || in_round[*i]) continue;
    in_round[*i] = 1;
    v.own[*i].expected = per_level[static_cast<int>(tree.unit(*i).level)];
  }
  for (const auto& r : reports) {
    auto i = tree.IndexOf(r.unit);
    auto level = level_of.find(r.indicator);
    if (!i || !in_round[*i] || level == level_of.end() || level->second != tree.unit(*i).level) {
      continue;
    }
    v.own[*i].reported++;
    if (r.entered_on <= due_on) v.own[*i].on_time++;
  }
  v.subtree = v.own;
  for (size_t i : tree.bottom_up()) {
    v.by_level[static_cast<int>(tree.unit(i).level)] += v.own[i];
    if (size_t p = tree.parent_index(i); p != SIZE_MAX) v.subtree[p] += v.subtree[i];
  }
  return v;
}

}  // namespace doithoai
