#include "domain/indicator/indicator.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <set>

namespace doithoai {

const char* IndicatorKindName(IndicatorKind k) {
  return k == IndicatorKind::kCount ? "count" : "ratio";
}

std::optional<IndicatorKind> ParseIndicatorKind(std::string_view s) {
  if (s == "count") return IndicatorKind::kCount;
  if (s == "ratio") return IndicatorKind::kRatio;
  return std::nullopt;
}

const char* DirectionName(Direction d) {
  switch (d) {
    case Direction::kAtLeast:
      return "at_least";
    case Direction::kAtMost:
      return "at_most";
    case Direction::kEqual:
      return "equal";
  }
  return "at_least";
}

std::optional<Direction> ParseDirection(std::string_view s) {
  if (s == "at_least") return Direction::kAtLeast;
  if (s == "at_most") return Direction::kAtMost;
  if (s == "equal") return Direction::kEqual;
  return std::nullopt;
}

const char* DirectionSymbol(Direction d) {
  switch (d) {
    case Direction::kAtLeast:
      return "≥";
    case Direction::kAtMost:
      return "≤";
    case Direction::kEqual:
      return "=";
  }
  return "≥";
}

bool IsPercent(const Indicator& ind) { return ind.measure == "%" || ind.measure == "phần trăm"; }

double RatioScale(const Indicator& ind) { return IsPercent(ind) ? 100.0 : 1.0; }

std::optional<double> TargetFor(const Indicator& ind, int year) {
  for (const auto& t : ind.targets) {
    if (t.year == year) return t.value;
  }
  return std::nullopt;
}

std::optional<YearTarget> FinalTarget(const Indicator& ind) {
  if (ind.targets.empty()) return std::nullopt;
  return *std::max_element(
      ind.targets.begin(), ind.targets.end(),
      [](const YearTarget& a, const YearTarget& b) { return a.year < b.year; });
}

std::string FormatNumber(double v) {
  if (!std::isfinite(v)) return "—";
  double rounded = std::round(v * 100) / 100;
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.2f", rounded);
  std::string s = buf;
  while (s.back() == '0') s.pop_back();
  if (s.back() == '.') s.pop_back();
  if (s == "-0") s = "0";
  for (char& c : s) {
    if (c == '.') c = ',';
  }
  return s;
}

bool Meets(Direction d, double value, double target) {
  constexpr double kTolerance = 1e-9;
  switch (d) {
    case Direction::kAtLeast:
      return value >= target - kTolerance;
    case Direction::kAtMost:
      return value <= target + kTolerance;
    case Direction::kEqual:
      return std::fabs(value - target) <= kTolerance;
  }
  return false;
}

bool IsAtLeastAsStrict(Direction d, double own, double floor) {
  switch (d) {
    case Direction::kAtLeast:
      return own >= floor;
    case Direction::kAtMost:
      return own <= floor;
    case Direction::kEqual:
      return own == floor;
  }
  return false;
}

void ValidateProgramme(const Programme& p, FieldErrors& errors) {
  if (p.title.empty()) errors.Add("title", "bắt buộc");
  if (p.title.size() > 500) errors.Add("title", "tối đa 500 byte");
  if (p.start_year < kEarliestYear || p.start_year > kHorizonYear) {
    errors.Add("start_year", "phải trong khoảng " + std::to_string(kEarliestYear) + "–" +
                                 std::to_string(kHorizonYear));
  }
  if (p.end_year < p.start_year || p.end_year > kHorizonYear) {
    errors.Add("end_year", "phải từ năm bắt đầu đến " + std::to_string(kHorizonYear));
  }
}

namespace {

void CheckMeasureValue(const Indicator& ind, double v, const std::string& field,
                       FieldErrors& errors) {
  if (!std::isfinite(v)) {
    errors.Add(field, "phải là một số");
  } else if (IsPercent(ind) && (v < 0 || v > 100)) {
    errors.Add(field, "tỷ lệ phần trăm phải trong khoảng 0–100");
  } else if (v < 0) {
    errors.Add(field, "không được âm");
  }
}

}  // namespace

void ValidateIndicator(const Indicator& ind, const Programme& p, std::string_view prefix,
                       FieldErrors& errors) {
  std::string pre(prefix);
  if (ind.code.empty()) errors.Add(pre + "code", "bắt buộc");
  if (ind.code.size() > 20) errors.Add(pre + "code", "tối đa 20 ký tự");
  if (ind.name.empty()) errors.Add(pre + "name", "bắt buộc");
  if (ind.name.size() > 1000) errors.Add(pre + "name", "tối đa 1000 byte");
  if (ind.measure.empty()) errors.Add(pre + "measure", "bắt buộc (%, người, câu lạc bộ…)");
  if (ind.kind == IndicatorKind::kCount && IsPercent(ind)) {
    errors.Add(pre + "kind",
               "chỉ tiêu tỷ lệ % phải là ratio (tử số/mẫu số) để cộng dồn đúng, không lấy trung "
               "bình các tỷ lệ");
  }
  if (ind.baseline_year < kEarliestYear || ind.baseline_year > p.end_year) {
    errors.Add(pre + "baseline_year", "phải trong khoảng " + std::to_string(kEarliestYear) + "–" +
                                          std::to_string(p.end_year));
  }
  if (ind.baseline_value)
    CheckMeasureValue(ind, *ind.baseline_value, pre + "baseline_value", errors);
  std::set<int> years;
  for (size_t i = 0; i < ind.targets.size(); ++i) {
    const auto& t = ind.targets[i];
    std::string f = pre + "targets[" + std::to_string(i) + "]";
    if (t.year < p.start_year || t.year > p.end_year) {
      errors.Add(f + ".year", "phải trong thời gian của chương trình (" +
                                  std::to_string(p.start_year) + "–" + std::to_string(p.end_year) +
                                  ")");
    }
    if (!years.insert(t.year).second) errors.Add(f + ".year", "năm bị trùng");
    CheckMeasureValue(ind, t.value, f + ".value", errors);
  }
}

}  // namespace doithoai
