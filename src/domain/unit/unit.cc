#include "domain/unit/unit.h"

namespace doithoai {

const char* UnitLevelName(UnitLevel level) {
  switch (level) {
    case UnitLevel::kNation:
      return "nation";
    case UnitLevel::kProvince:
      return "province";
    case UnitLevel::kCommune:
      return "commune";
    case UnitLevel::kResidentialGroup:
      return "residential_group";
  }
  return "nation";
}

std::optional<UnitLevel> ParseUnitLevel(std::string_view name) {
  for (auto level : {UnitLevel::kNation, UnitLevel::kProvince, UnitLevel::kCommune,
                     UnitLevel::kResidentialGroup}) {
    if (name == UnitLevelName(level)) return level;
  }
  return std::nullopt;
}

}  // namespace doithoai
