// `doithoai document parse FILE`: reads a document as it arrives — plain text (.txt, .md), a
// DOCX, a PDF with a text layer or scanned, a PNG or JPEG photo (ReadDocumentBytes, sniffed
// from the bytes) — and prints the JSON of ParseDocument (document_json.h) for a person to
// confirm, plus "source": {"kind", "pages", "partial", "warnings", "confidence"}.
#pragma once

#include <ostream>
#include <string>

namespace doithoai::documents {

// Reads `file` (refusing, before reading, one over ReadLimits::max_file_bytes), parses it and
// writes pretty JSON (2-space indent, UTF-8 as is, not \u-escaped) and a newline to `out`. Returns
// 0; on failure writes "lỗi: <message>" and one "  - <field>: <reason>" line per field to `err` and
// returns 1 for bad input, 2 when the file cannot be read.
int RunParseCommand(const std::string& file, std::ostream& out, std::ostream& err);

}  // namespace doithoai::documents
