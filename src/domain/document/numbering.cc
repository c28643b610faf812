#include "domain/document/numbering.h"

#include <cstdio>

namespace doithoai {
namespace {

bool IsSymbolPart(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (c == ' ' || c == '/' || c == '\t' || c == '\n') return false;
  }
  return true;
}

}  // namespace

std::string FormatDocumentNumber(int64_t number) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%02lld", static_cast<long long>(number));
  return buf;
}

Result<std::string> FormatSymbol(int64_t number, std::string_view type_code,
                                 std::string_view issuer, std::string_view drafting_unit) {
  FieldErrors errors;
  if (number < 1) errors.Add("number", "số văn bản bắt đầu từ 01");
  if (!IsSymbolPart(issuer))
    errors.Add("issuer_code", "viết tắt tên cơ quan ban hành không hợp lệ");
  if (type_code.empty() && !IsSymbolPart(drafting_unit)) {
    errors.Add("drafting_unit", "công văn cần viết tắt đơn vị soạn thảo hoặc lĩnh vực");
  }
  if (!errors.empty()) return errors.ToError();
  std::string out = FormatDocumentNumber(number) + "/";
  if (type_code.empty()) return out + std::string(issuer) + "-" + std::string(drafting_unit);
  out += std::string(type_code) + "-" + std::string(issuer);
  if (!drafting_unit.empty()) out += "-" + std::string(drafting_unit);
  return out;
}

std::string NumberSeriesKey(int64_t issuer_agency_id, Date issued_on) {
  return "docnum:" + std::to_string(issuer_agency_id) + ":" + std::to_string(issued_on.year());
}

std::string FormatPlaceAndDate(std::string_view place, Date date) {
  char buf[64];
  std::snprintf(buf, sizeof buf, ", ngày %02u tháng %02u năm %d", date.day(), date.month(),
                date.year());
  return std::string(place) + buf;
}

}  // namespace doithoai
