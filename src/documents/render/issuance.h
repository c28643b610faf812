// What every generated document shares, whichever builder makes it: who issues it, under
// which number, where and when, who signs, and who gets a copy. Builders turn it into the
// header, signature block and "Nơi nhận:" of an OfficialDocument.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/date.h"
#include "core/error.h"
#include "documents/render/official_document.h"

namespace doithoai::documents {

struct Issuance {
  HeaderStyle header;         // the family's: state by default
  std::string parent_issuer;  // "ỦY BAN NHÂN DÂN TỈNH HƯNG YÊN"; empty if none
  std::string issuer;         // "ỦY BAN NHÂN DÂN\nTỈNH HƯNG YÊN", "VĂN PHÒNG"
  std::string issuer_code;    // the issuer's part of the symbol: "UBND", "VP"
  std::string number;         // empty: a draft, numbered by the clerk on issue
  std::string place;          // "Hưng Yên"
  std::optional<Date> date;   // nullopt: a draft, dated on issue
  int year = 0;               // printed in a blank date; REQUIRES: > 0 when !date
  Signer signer;
  std::vector<std::string> copies;  // "Nơi nhận:" before "Lưu"
  std::string archive = "VT";       // "VT, VX": the archive line "- Lưu: VT, VX."
};

// Adds a FieldError per missing part, named "issuance.<field>".
void CheckIssuance(const Issuance& issuance, FieldErrors& errors);

// A document with the header, signer, copies and archive of `issuance` filled in.
OfficialDocument FromIssuance(const Issuance& issuance);

// The year of the document: its date's, else the blank date's.
int IssuanceYear(const Issuance& issuance);

// Date in running text: "ngày 25 tháng 3 năm 2025".
std::string LongDate(Date date);

// "A, B và C"; "A" alone; empty for none.
std::string JoinVietnamese(const std::vector<std::string>& items);

}  // namespace doithoai::documents
