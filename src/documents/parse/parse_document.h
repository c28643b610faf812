// The document importer (SYSTEM.md C8, issue 3 "Import"): an official document given as
// plain text — copied out of a PDF or Word file, with lines broken anywhere, stray spaces and
// the two-column header flattened — read into a ParsedDocument for a person to confirm.
//
// Pipeline: source_lines (check and clean the bytes) → header (up to the body) → footer
// (addressees, "Nơi nhận", signature) → paragraphs of the body → bases (its opening "Căn
// cứ …") → tasks (its assignments).
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/result.h"
#include "documents/parse/document.h"

namespace doithoai::documents {

// The largest text ParseDocument reads. A long plan with its appendices is under 200 KB of
// text; 2 MiB leaves room and bounds the work done on an upload.
inline constexpr size_t kMaxDocumentBytes = 2 * 1024 * 1024;

// Reads `text` (the bytes of a .txt or .md file).
//
// Errors, each with field "file" and a Vietnamese reason:
//  - ErrorCode::kTooLarge: more than kMaxDocumentBytes;
//  - ErrorCode::kInvalid: empty (or only spaces), binary, UTF-16, not UTF-8, or no part of an
//    administrative document recognised (no type, number, issuer, date, summary, basis,
//    recipient, signer or task).
Result<ParsedDocument> ParseDocument(std::string_view text);

namespace parse {

// The family of a document (document.h) from its heading (the header lines, any case), its
// number and symbol as written and its type, checked in this order: Youth Union ("ĐOÀN TNCS
// HỒ CHÍ MINH", "HỘI ĐỒNG ĐỘI", a symbol naming "…ĐTN…" or "HĐĐ…"); Party ("ĐẢNG CỘNG SẢN
// VIỆT NAM", or a number joined to its symbol by a hyphen: "15-CV/ĐU"); legal (a year after the
// number: "18/2014/TT-BNV"; without a number, a Luật, Nghị định, Thông tư…); administrative
// (the national title, a number or a type). nullopt when nothing tells.
std::optional<DocumentFamily> DocumentFamilyOf(std::string_view heading,
                                               const std::optional<std::string>& number_symbol,
                                               const std::optional<std::string>& type);

}  // namespace parse

}  // namespace doithoai::documents
