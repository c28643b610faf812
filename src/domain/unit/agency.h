// An agency (cơ quan, đơn vị) belongs to one unit: its People's Committee, a department, the
// Youth Union, the police… Questions are routed to agencies; people act on behalf of them.
#pragma once

#include <string>

#include "core/ids.h"

namespace doithoai {

struct Agency {
  AgencyId id;
  UnitId unit;
  std::string code;  // unique within the unit: "so-noi-vu", "thanh-doan"
  std::string name;  // "Sở Nội vụ"
  bool active = true;
};

}  // namespace doithoai
