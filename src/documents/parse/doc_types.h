// Document types and their official abbreviations (Decree 30/2020/NĐ-CP, Appendix III, as
// listed in REFERENCE.md), plus the legal-document types that appear as cited bases (Luật,
// Nghị định, Thông tư…). A công văn has no abbreviation. Internal to src/documents/parse.
#pragma once

#include <optional>
#include <string_view>

namespace doithoai::documents::parse {

struct DocumentType {
  std::string_view name;   // as written in a sentence: "Kế hoạch"
  std::string_view upper;  // as printed in a header: "KẾ HOẠCH"
  std::string_view code;   // "KH"; empty when the type has none (Luật, Công văn)
};

// The type whose header name is `upper` ("KẾ HOẠCH"), or nullopt.
std::optional<DocumentType> TypeByUpperName(std::string_view upper);

// The type whose abbreviation is `code` ("KH", "QĐ", "NĐ"), or nullopt.
std::optional<DocumentType> TypeByCode(std::string_view code);

// The longest type name that `s` starts with at a word boundary, as written in a sentence
// ("Nghị định số 13/2021/NĐ-CP" → Nghị định); nullopt if none. Case as written: "Nghị định",
// not "nghị định".
std::optional<DocumentType> TypeAtStart(std::string_view s);

// Every header type name, longest first, for scanning a header row.
const DocumentType* HeaderTypes(size_t* count);

}  // namespace doithoai::documents::parse
