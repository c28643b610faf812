#include "domain/indicator/indicator_roll_up.h"

namespace doithoai {

Result<std::vector<Aggregate>> RollUpIndicator(const UnitTree& tree,
                                               const std::vector<Reported>& values) {
  std::vector<Aggregate> agg(tree.size());
  for (size_t i = 0; i < values.size(); ++i) {
    auto at = tree.IndexOf(values[i].unit);
    auto field = [i] { return "values[" + std::to_string(i) + "].unit"; };
    if (!at) return Error::Invalid(field(), "đơn vị không thuộc cây báo cáo");
    Aggregate& a = agg[*at];
    if (a.reporting_units != 0) return Error::Invalid(field(), "đơn vị báo cáo hai lần");
    a.numerator = values[i].numerator;
    a.denominator = values[i].denominator;
    a.reporting_units = 1;
  }
  for (size_t i : tree.bottom_up()) {
    size_t p = tree.parent_index(i);
    if (p == SIZE_MAX) continue;
    agg[p].numerator += agg[i].numerator;
    agg[p].denominator += agg[i].denominator;
    agg[p].reporting_units += agg[i].reporting_units;
  }
  return agg;
}

std::optional<double> AggregateValue(const Indicator& ind, const Aggregate& a) {
  if (a.reporting_units == 0) return std::nullopt;
  if (ind.kind == IndicatorKind::kCount) return a.numerator;
  if (a.denominator == 0) return std::nullopt;
  return a.numerator / a.denominator * RatioScale(ind);
}

}  // namespace doithoai
