#include "domain/indicator/indicator_value.h"

#include <cmath>

namespace doithoai {
namespace {

bool IsWhole(double v) { return std::isfinite(v) && std::floor(v) == v; }

// Counts of people and things are whole numbers; money and other measures may not be.
bool NeedsWholeNumbers(const Indicator& ind) {
  return ind.kind == IndicatorKind::kRatio || ind.measure != "VND";
}

}  // namespace

std::optional<double> MeasuredValue(const Indicator& ind, double numerator,
                                    std::optional<double> denominator) {
  if (ind.kind == IndicatorKind::kCount) return numerator;
  if (!denominator || *denominator == 0) return std::nullopt;
  return numerator / *denominator * RatioScale(ind);
}

bool IsFarFromLastYear(const Indicator& ind, double value, double last_year) {
  if (IsPercent(ind)) return std::fabs(value - last_year) > kFarFromLastYearPoints;
  if (last_year == 0) return value != 0;
  return std::fabs(value - last_year) / std::fabs(last_year) > kFarFromLastYearRelative;
}

void ValidateValue(const Indicator& ind, const IndicatorValue& v, std::optional<double> last_year,
                   std::string_view prefix, FieldErrors& errors) {
  std::string pre(prefix);
  size_t before = errors.list().size();
  const char* what = ind.kind == IndicatorKind::kCount ? "số lượng" : "tử số";
  if (!std::isfinite(v.numerator)) {
    errors.Add(pre + "numerator", "phải là một số");
  } else if (v.numerator < 0) {
    errors.Add(pre + "numerator", std::string(what) + " không được âm");
  } else if (NeedsWholeNumbers(ind) && !IsWhole(v.numerator)) {
    errors.Add(pre + "numerator", std::string(what) + " phải là số nguyên");
  }
  if (ind.kind == IndicatorKind::kCount) {
    if (v.denominator) errors.Add(pre + "denominator", "chỉ tiêu đếm số lượng không có mẫu số");
  } else if (!v.denominator) {
    errors.Add(pre + "denominator", "bắt buộc với chỉ tiêu tỷ lệ");
  } else if (!std::isfinite(*v.denominator) || !IsWhole(*v.denominator)) {
    errors.Add(pre + "denominator", "mẫu số phải là số nguyên");
  } else if (*v.denominator <= 0) {
    errors.Add(pre + "denominator", "mẫu số phải lớn hơn 0");
  } else if (v.numerator > *v.denominator) {
    errors.Add(pre + "numerator", "tử số không được lớn hơn mẫu số");
  }
  if (v.comment.size() > 2000) errors.Add(pre + "comment", "tối đa 2000 byte");
  if (errors.list().size() != before || !last_year) return;
  auto value = MeasuredValue(ind, v.numerator, v.denominator);
  if (value && IsFarFromLastYear(ind, *value, *last_year) && v.comment.empty()) {
    errors.Add(pre + "comment", "giá trị chênh lệch nhiều so với năm trước (" +
                                    FormatNumber(*last_year) + "): cần ghi chú giải thích");
  }
}

}  // namespace doithoai
