#include "app/indicator/round_values.h"

#include "domain/indicator/shared_values.h"

namespace doithoai {

std::optional<ValuesSource> SourceOf(Tx& tx, const Indicator& ind, int period) {
  if (!ind.values_from) return std::nullopt;
  auto source = tx.indicators().FindIndicator(*ind.values_from);
  if (!source) return std::nullopt;
  for (auto& r : tx.indicators().ListRounds(source->programme)) {
    if (r.period_year == period) return ValuesSource{std::move(*source), std::move(r)};
  }
  return std::nullopt;
}

std::vector<IndicatorValue> ReadThroughValues(Tx& tx, const Round& round, const Indicator& ind) {
  auto source = SourceOf(tx, ind, round.period_year);
  if (!source) return {};
  return ReadThrough(ind, round, tx.indicators().ValuesOf(source->round.id, source->indicator.id));
}

}  // namespace doithoai
