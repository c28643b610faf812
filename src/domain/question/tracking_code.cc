#include "domain/question/tracking_code.h"

#include <cstdio>

namespace doithoai {

std::string FormatTrackingCode(Date day, int64_t sequence) {
  char buf[48];
  std::snprintf(buf, sizeof buf, "%.*s.%04d%02u%02u.%04lld",
                static_cast<int>(kTrackingPrefix.size()), kTrackingPrefix.data(), day.year(),
                day.month(), day.day(), static_cast<long long>(sequence));
  return buf;
}

bool LooksLikeTrackingCode(std::string_view code) {
  if (code.size() < 16 || code.size() > 24) return false;
  if (code.substr(0, 3) != "DT.") return false;
  if (code[11] != '.') return false;
  for (size_t i = 3; i < code.size(); ++i) {
    if (i == 11) continue;
    if (code[i] < '0' || code[i] > '9') return false;
  }
  return Date::Parse(std::string(code.substr(3, 4)) + "-" + std::string(code.substr(7, 2)) + "-" +
                     std::string(code.substr(9, 2)))
      .has_value();
}

}  // namespace doithoai
