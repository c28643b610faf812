// The header of a document (Decree 30/2020, Appendix I): parent and issuing body, "Số: …",
// national title and motto, place and date, type name and summary, or a công văn's "V/v …".
//
// A PDF or Word copy flattens the two header columns in any order: one part per line (the
// seeds), the two columns row by row ("ỦY BAN NHÂN DÂN   CỘNG HÒA XÃ HỘI…"), or everything
// in one row. So each line is cut into segments around the national title and motto, and
// each segment is recognised by its own shape: "Số" and a number/symbol, "<place>, ngày …",
// "V/v", a type name in capitals, an all-capitals body name before the number. The header
// ends at the first line that opens the body ("Kính gửi", "Căn cứ", "Thực hiện", a numbered
// or bulleted line, "Ngày 28/3/2025, …"), looked for within the first kMaxHeaderLines.
// Internal to src/documents/parse.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/date.h"

namespace doithoai::documents::parse {

inline constexpr size_t kMaxHeaderLines = 40;
// A copy from a web page may put the page's title, menus and the portal's metadata ("Số
// hiệu:", "Ngày ban hành:") before the header; the header is looked for in this many lines.
inline constexpr size_t kMaxPreambleLines = 80;

struct HeaderFields {
  std::optional<std::string> type_name;  // "Kế hoạch" when a type line is printed
  std::optional<std::string> type_code;  // its abbreviation, when it has one
  bool letter = false;                   // a "V/v" summary: a công văn
  std::optional<std::string> number;
  std::optional<std::string> symbol;
  std::optional<std::string> number_symbol;
  std::string symbol_type_code;  // the type abbreviation the symbol starts with
  std::optional<std::string> issuer;
  std::optional<std::string> parent_issuer;
  std::optional<std::string> place;
  std::optional<Date> date;
  std::optional<std::string> summary;
  size_t body_start = 0;  // index of the first line of the body
};

HeaderFields ParseHeader(const std::vector<std::string>& lines);

// True if `line` opens the body rather than belonging to a header.
bool OpensBody(std::string_view line);

}  // namespace doithoai::documents::parse
