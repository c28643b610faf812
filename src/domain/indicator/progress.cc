#include "domain/indicator/progress.h"

#include <algorithm>
#include <cmath>

namespace doithoai {

Progress ComputeProgress(const Indicator& ind, int year, std::optional<double> value) {
  Progress p;
  p.year = year;
  p.value = value;
  p.target = TargetFor(ind, year);
  p.final_target = FinalTarget(ind);
  if (value && p.target) p.meets_target = Meets(ind.direction, *value, *p.target);
  if (!p.final_target) return p;
  const YearTarget& fin = *p.final_target;
  if (value) p.meets_final = Meets(ind.direction, *value, fin.value);
  if (ind.baseline_value && fin.year > ind.baseline_year) {
    double base = *ind.baseline_value;
    double span = fin.value - base;
    double t = std::clamp(static_cast<double>(year - ind.baseline_year) /
                              static_cast<double>(fin.year - ind.baseline_year),
                          0.0, 1.0);
    p.expected_on_path = base + span * t;
    if (value) {
      if (span != 0) p.share_of_way = (*value - base) / span;
      switch (ind.direction) {
        case Direction::kAtLeast:
          p.on_track = *value >= *p.expected_on_path - 1e-9;
          break;
        case Direction::kAtMost:
          p.on_track = *value <= *p.expected_on_path + 1e-9;
          break;
        case Direction::kEqual:
          p.on_track = std::fabs(*value - fin.value) <= std::fabs(*p.expected_on_path - fin.value);
          break;
      }
    }
  }
  if (value && fin.year > year) p.needed_per_year = (fin.value - *value) / (fin.year - year);
  if (value && fin.year == year) p.needed_per_year = 0;
  return p;
}

std::vector<YearTarget> NeededTrajectory(const Indicator& ind, int year, double value) {
  auto fin = FinalTarget(ind);
  if (!fin || fin->year <= year) return {};
  std::vector<YearTarget> out;
  double step = (fin->value - value) / (fin->year - year);
  for (int y = year; y <= fin->year; ++y) out.push_back({y, value + step * (y - year)});
  return out;
}

}  // namespace doithoai
