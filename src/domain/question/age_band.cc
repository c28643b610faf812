#include "domain/question/age_band.h"

namespace doithoai {

std::optional<std::string_view> AgeBand(std::optional<int> age) {
  if (!age || *age < 16 || *age > 30) return std::nullopt;
  if (*age <= 17) return "16–17";
  if (*age <= 24) return "18–24";
  return "25–30";
}

}  // namespace doithoai
