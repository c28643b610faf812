#include "documents/render/issuance.h"

namespace doithoai::documents {

void CheckIssuance(const Issuance& issuance, FieldErrors& errors) {
  if (issuance.issuer.empty()) errors.Add("issuance.issuer", "thiếu tên cơ quan ban hành");
  if (issuance.issuer_code.empty()) {
    errors.Add("issuance.issuer_code", "thiếu chữ viết tắt tên cơ quan ban hành");
  }
  if (issuance.place.empty()) errors.Add("issuance.place", "thiếu địa danh");
  if (!issuance.date && issuance.year <= 0) {
    errors.Add("issuance.year", "văn bản chưa ghi ngày phải có năm");
  }
  if (issuance.signer.position.empty()) {
    errors.Add("issuance.signer.position", "thiếu chức vụ người ký");
  }
}

OfficialDocument FromIssuance(const Issuance& issuance) {
  OfficialDocument doc;
  doc.header = issuance.header;
  doc.parent_issuer = issuance.parent_issuer;
  doc.issuer = issuance.issuer;
  doc.number = issuance.number;
  doc.place = issuance.place;
  doc.date = issuance.date;
  doc.year = IssuanceYear(issuance);
  doc.signer = issuance.signer;
  doc.copies = issuance.copies;
  doc.archive = issuance.archive;
  return doc;
}

int IssuanceYear(const Issuance& issuance) {
  return issuance.date ? issuance.date->year() : issuance.year;
}

std::string LongDate(Date date) {
  return "ngày " + std::to_string(date.day()) + " tháng " + std::to_string(date.month()) + " năm " +
         std::to_string(date.year());
}

std::string JoinVietnamese(const std::vector<std::string>& items) {
  std::string out;
  for (size_t i = 0; i < items.size(); ++i) {
    if (i > 0) out += i + 1 == items.size() ? " và " : ", ";
    out += items[i];
  }
  return out;
}

}  // namespace doithoai::documents
