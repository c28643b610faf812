// Decree 30/2020/NĐ-CP, Appendix III: administrative document types and the abbreviations
// used in their symbols. A công văn has no abbreviation ("CV" is not official): its symbol is
// "<issuer>-<drafting unit>", e.g. 12/UBND-VX.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace doithoai {

struct DocumentType {
  std::string_view code;  // "TB"; empty for công văn
  std::string_view name;  // "Thông báo"
};

// Every type of Decree 30 plus công văn, in the order of its appendix.
const std::vector<DocumentType>& DocumentTypes();

std::optional<DocumentType> DocumentTypeByCode(std::string_view code);
// Case- and accent-insensitive: "THÔNG BÁO", "thong bao" → Thông báo.
std::optional<DocumentType> DocumentTypeByName(std::string_view name);

inline constexpr std::string_view kCongVan = "Công văn";

// A document recorded from outside may be of a type outside Decree 30's list (issue 11): the
// Decree 30 types, legal normative documents (Nghị định NĐ, Thông tư TT, Thông tư liên tịch
// TTLT, Nghị quyết liên tịch NQLT) and the Party's and Youth Union's (Kết luận KL, Công văn
// CV, Chương trình hành động CTr as Chương trình).
std::optional<DocumentType> ImportedDocumentTypeByCode(std::string_view code);

}  // namespace doithoai
