// The document importer (SYSTEM.md C8, issue 3 "Import"): an official document given as
// plain text — copied out of a PDF or Word file, with lines broken anywhere, stray spaces and
// the two-column header flattened — read into a ParsedDocument for a person to confirm.
//
// Pipeline: source_lines (check and clean the bytes) → header (up to the body) → footer
// (addressees, "Nơi nhận", signature) → paragraphs of the body → bases (its opening "Căn
// cứ …") → tasks (its assignments).
#pragma once

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

}  // namespace doithoai::documents
