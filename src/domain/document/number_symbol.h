// How each family of documents writes its number and symbol (issue 11; docs/documents.md,
// "Document families"):
//  - state administrative documents (Decree 30/2020, Appendix I): "36/KH-UBND", a công văn
//    "12/UBND-VX" — number, "/", then groups joined by "-";
//  - legal normative documents: the year between number and symbol, "18/2014/TT-BNV",
//    "57/2020/QH14", a joint circular "17/2003/TTLT/BLĐTBXH-TƯĐTNCSHCM";
//  - a joint state document without a year writes its issuers after a second '/', its type
//    code ending in PH (phối hợp) or LT (liên tịch): "01/QCPH/UBND-UBMTTQ";
//  - Party documents (Hướng dẫn 36-HD/VPTW): number, "-", type, "/", issuer, "15-CV/ĐU",
//    "36-HD/VPTW", "07-QĐi/TW";
//  - Youth Union documents, as the Party's: "367-QĐ/TWĐTN-VP", "411-KH/TWĐTN-BTC".
// A draft leaves the number blank: "/UBND-KSTTHC".
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/result.h"

namespace doithoai {

struct DocumentNumberSymbol {
  std::optional<int64_t> number;  // nullopt when left blank
  std::optional<int> year;        // legal documents only
  std::string symbol;             // without number and year: "KH-UBND", "TT-BNV", "CV/ĐU"
  char joint = '/';               // '/' (state, legal) or '-' (Party, Youth Union)
};

// A symbol as any family writes it: groups of letters, digits, "&" or "." joined by "-" or
// "/", no spaces, at most 60 bytes, not starting or ending with a joint ("KH-UBND",
// "CV/ĐU", "QĐ/TWĐTN-VP", "2014/TT-BNV" with its year). Field "symbol", Vietnamese reason.
Status CheckDocumentSymbol(std::string_view symbol);

// Reads a number and symbol written in one of the families' forms. Field "number_symbol".
Result<DocumentNumberSymbol> ParseDocumentNumberSymbol(std::string_view written);

// The number and symbol as the family writes them: "36/KH-UBND", "18/2014/TT-BNV",
// "15-CV/ĐU"; "/KH-UBND" without a number.
std::string FormatDocumentNumberSymbol(const DocumentNumberSymbol& parts);

// The joint a symbol takes when only number and symbol are known: "-" for a Party or Youth
// Union symbol ("CV/ĐU": a type, "/", an issuer), "/" otherwise (including a symbol that
// starts with the year of a legal document, "2014/TT-BNV").
char JointForSymbol(std::string_view symbol);

}  // namespace doithoai
