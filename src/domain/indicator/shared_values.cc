#include "domain/indicator/shared_values.h"

#include <algorithm>

#include "domain/unit/unit.h"

namespace doithoai {

void ValidateValuesFrom(const Indicator& own, std::string_view own_unit_path,
                        const Indicator& source, std::string_view source_unit_path,
                        FieldErrors& errors) {
  if (own_unit_path == source_unit_path || !IsWithin(own_unit_path, source_unit_path)) {
    errors.Add("values_from_id", "phải là chỉ tiêu của chương trình cấp trên");
  } else if (source.values_from) {
    errors.Add("values_from_id", "chỉ tiêu nguồn cũng lấy số liệu từ nơi khác");
  } else if (source.kind != own.kind || source.measure != own.measure) {
    errors.Add("values_from_id",
               "chỉ tiêu nguồn phải cùng loại và đơn vị tính (" + source.measure + ")");
  } else if (source.reporting_level != own.reporting_level) {
    errors.Add("values_from_id", "chỉ tiêu nguồn phải do cùng cấp báo cáo");
  }
}

std::vector<IndicatorValue> ReadThrough(const Indicator& own, const Round& round,
                                        const std::vector<IndicatorValue>& source_values) {
  std::vector<IndicatorValue> out;
  for (const auto& v : source_values) {
    if (!std::binary_search(round.units.begin(), round.units.end(), v.unit)) continue;
    IndicatorValue mine = v;
    mine.indicator = own.id;
    mine.round = round.id;
    out.push_back(std::move(mine));
  }
  return out;
}

}  // namespace doithoai
